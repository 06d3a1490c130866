/// Where a compat entry or class fact came from: the array or function that holds it, and the
/// line in the tree. Diff reports cite it so that a reader can go straight to the code.
public struct Provenance: Hashable, Sendable, CustomStringConvertible {
    /// The `GlobalProperty` array (`hw_compat_10_0`) or options function
    /// (`pc_q35_machine_4_0_options`) that holds the entry.
    public var origin: String
    /// The line of the entry itself, when known.
    public var location: SourceLocation?

    /// Creates a provenance.
    public init(origin: String, location: SourceLocation? = nil) {
        self.origin = origin
        self.location = location
    }

    /// `hw_compat_10_0 (hw/core/machine.c:40)`.
    public var description: String {
        location.map { "\(origin) (\($0))" } ?? origin
    }
}

/// One compat property: a global default that a machine type applies to every device of a
/// driver (and of its QOM subtypes), so that the device keeps an older guest ABI.
///
/// In QEMU this is one `GlobalProperty` entry, `{ "virtio-net-pci", "x-foo", "off" }`, or one
/// `{ TYPE_FOO, "bar", "on", .optional = true }`.
public struct CompatProperty: Hashable, Sendable, CustomStringConvertible {
    /// The QOM type the property is set on (`virtio-net-pci`, `virtio-device`).
    public var driver: String
    /// The property name.
    public var property: String
    /// The value, as QEMU's property parser reads it (`"off"`, `"48"`).
    public var value: String
    /// True when the entry is skipped for devices that lack the property.
    public var optional: Bool
    /// The array or function that holds it.
    public var source: Provenance

    /// Creates a compat property.
    public init(driver: String, property: String, value: String, optional: Bool = false, source: Provenance) {
        self.driver = driver
        self.property = property
        self.value = value
        self.optional = optional
        self.source = source
    }

    /// The `driver.property` pair that identifies what the entry sets; for one key the last
    /// entry applied wins.
    public var key: String { "\(driver).\(property)" }

    /// `virtio-net-pci.x-foo=off`.
    public var description: String { "\(key)=\(value)" + (optional ? " (optional)" : "") }
}

/// One class fact: a machine-class field set along a machine's options chain, such as
/// `m->default_kernel_irqchip_split = true` or `pcmc->pci_root_uid = 0`. Much of a machine
/// type's guest ABI lives in these fields rather than in compat properties.
public struct ClassFact: Hashable, Sendable, CustomStringConvertible {
    /// The field, as written after the class pointer (`default_kernel_irqchip_split`,
    /// `smbios_memory_device_size`); nested fields keep their dots.
    public var field: String
    /// The assigned value, as written in C with whitespace normalised (`true`, `2047 * TiB`).
    public var value: String
    /// The function that sets it.
    public var source: Provenance

    /// Creates a class fact.
    public init(field: String, value: String, source: Provenance) {
        self.field = field
        self.value = value
        self.source = source
    }

    /// `default_kernel_irqchip_split = true`.
    public var description: String { "\(field) = \(value)" }
}
