/// One property a QOM type defines, read statically from the tree: a qdev property
/// (`DEFINE_PROP_*` in a `Property` array attached by a class_init), a class or instance
/// property added by code (`object_class_property_add*`, `object_property_add*`), or an x86 CPU
/// feature name (each feature word's name table).
public struct DeviceProperty: Hashable, Sendable, Codable, Comparable {
    /// How the property is defined.
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// `DEFINE_PROP_*` (or a `Property` element) in an array the type's class_init attaches.
        case qdev
        /// `object_class_property_add*` in the type's class_init.
        case classProperty = "class"
        /// `object_property_add*` in the type's instance_init.
        case instanceProperty = "instance"
        /// A CPU feature name of a feature-word table: a boolean property of the CPU type whose
        /// default depends on the CPU model.
        case cpuFeature = "cpu-feature"
    }

    /// The QOM type that defines it (subtypes inherit it).
    public var type: String
    /// The property name (`x-ats-page-aligned`).
    public var name: String
    /// How it is defined.
    public var origin: Origin
    /// Its value type: the qdev property info without `qdev_prop_` (`bool`, `uint32`, `on_off_auto`,
    /// `bit`), or the `object_*property_add` suffix (`bool`, `str`, `uint8_ptr`).
    public var valueType: String
    /// The default, normalised (`true`/`false` for booleans and bits, decimal integers — an
    /// unsigned type's modulo its width, as QEMU stores it —, `on`/`off`/`auto` for
    /// on-off-auto); nil when the property has none statically (strings, links, code-added
    /// properties, CPU features) or the source names a constant the reader does not resolve.
    public var defaultValue: String?
    /// Where it is defined (`hw/net/e1000.c:1612`).
    public var location: SourceLocation?

    /// Creates a property.
    public init(type: String, name: String, origin: Origin, valueType: String, defaultValue: String? = nil, location: SourceLocation? = nil) {
        self.type = type
        self.name = name
        self.origin = origin
        self.valueType = valueType
        self.defaultValue = defaultValue
        self.location = location
    }

    public static func < (lhs: DeviceProperty, rhs: DeviceProperty) -> Bool {
        (lhs.type, lhs.name, lhs.origin.rawValue) < (rhs.type, rhs.name, rhs.origin.rawValue)
    }

    /// A value as written in a compat entry or a default, normalised so equal settings compare
    /// equal: `on`/`yes`/`true` → `true`, `off`/`no`/`false` → `false` (for boolean types),
    /// integers (decimal, hex) → decimal; anything else as written, unquoted.
    public static func normalise(_ value: String, valueType: String? = nil) -> String {
        var text = Substring(value)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = text.dropFirst().dropLast() }
        let lower = text.lowercased()
        let boolean = valueType.map { ["bool", "bit", "bit64", "cpu-feature"].contains($0) } ?? true
        if boolean {
            if ["on", "yes", "true"].contains(lower) { return "true" }
            if ["off", "no", "false"].contains(lower) { return "false" }
        }
        if lower.hasPrefix("0x"), let number = UInt64(lower.dropFirst(2), radix: 16) { return String(number) }
        if let number = Int64(lower) { return String(number) }
        if let number = UInt64(lower) { return String(number) }
        return String(text)
    }
}
