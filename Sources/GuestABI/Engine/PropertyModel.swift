/// The device properties of one release (``DeviceProperty``), by the QOM type that defines
/// them; with the release's ``QOMHierarchy`` it says which properties an instance of a type has
/// (its own and its ancestors') and with which default.
///
/// Serialised compactly (docs/registry-schema.md): each type maps to a list of
/// `name|origin|valueType|default|file:line` strings.
public struct PropertyModel: Hashable, Sendable, Codable {
    /// Each type's properties as their canonical lines (`name|origin|valueType|default|file:line`,
    /// one definition per name and origin, sorted), parsed only when a type is asked for: a
    /// verdict reads two releases' models and looks at a handful of types.
    private var lines: [String: [String]]

    /// A model of `properties`.
    public init(_ properties: [DeviceProperty]) {
        var byType: [String: [DeviceProperty]] = [:]
        for property in properties { byType[property.type, default: []].append(property) }
        self.lines = byType.mapValues { Self.oneDefinitionEach($0).map(Self.line) }
    }

    /// One definition per (name, origin), in a total order so a model always serialises the
    /// same way. A property defined twice with different defaults (one per `#ifdef` branch, e.g.
    /// user-mode vs system emulation) keeps no default: which one the binary has depends on its
    /// build configuration, so a verdict that needs it stays `unknown` instead of guessing.
    private static func oneDefinitionEach(_ list: [DeviceProperty]) -> [DeviceProperty] {
        var groups: [String: [DeviceProperty]] = [:]
        for property in list { groups["\(property.name)|\(property.origin.rawValue)", default: []].append(property) }
        return groups.values.map { definitions in
            // Nearly every property is defined once: nothing to order or reconcile.
            guard definitions.count > 1 else { return definitions[0] }
            let ordered = definitions.sorted { ($0.location?.description ?? "") < ($1.location?.description ?? "") }
            var chosen = ordered[0]
            if Set(ordered.map(\.defaultValue)).count > 1 { chosen.defaultValue = nil }
            if Set(ordered.map(\.valueType)).count > 1 { chosen.valueType = "" }
            return chosen
        }.sorted()
    }

    /// No properties known (a registry read without them).
    public static let empty = PropertyModel([])

    /// True when nothing is recorded.
    public var isEmpty: Bool { lines.isEmpty }

    /// True when `type` defines properties of its own.
    public func defines(_ type: String) -> Bool { lines[type] != nil }

    /// The properties `type` defines itself, sorted by name; nil when it defines none.
    public func properties(of type: String) -> [DeviceProperty]? {
        lines[type].map { $0.compactMap { Self.property($0, of: type) } }
    }

    /// `type`'s own definition of `name`, if any (only that line is parsed).
    public func property(_ name: String, of type: String) -> DeviceProperty? {
        guard let list = lines[type] else { return nil }
        for line in list where Self.isLine(line, named: name) { return Self.property(line, of: type) }
        return nil
    }

    /// Each property name and the types that define it (names read as bytes, lines not parsed).
    public func definers() -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (type, list) in lines {
            for line in list {
                let name = Self.key(of: line).name
                result[String(Substring(name)), default: []].append(type)
            }
        }
        return result.mapValues { $0.sorted() }
    }

    /// True when `line` defines `name` (`name|…`), compared as bytes.
    private static func isLine(_ line: String, named name: String) -> Bool {
        let bytes = line.utf8
        let wanted = name.utf8
        guard bytes.count > wanted.count, bytes.starts(with: wanted) else { return false }
        return bytes[bytes.index(bytes.startIndex, offsetBy: wanted.count)] == UInt8(ascii: "|")
    }

    /// Every property, sorted by type and name.
    public var all: [DeviceProperty] { lines.keys.sorted().flatMap { properties(of: $0) ?? [] } }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let encoded = try container.decode([String: [String]].self)
        var lines = encoded
        for (type, list) in encoded {
            // Every line is checked now (five fields, a known origin), so a damaged file fails
            // where it is read, not at a later look-up.
            for line in list where !Self.isWellFormed(line) {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "property `\(line)` of \(type) is not name|origin|valueType|default|file:line")
            }
            // What `encode` wrote is canonical already; a file edited by hand is normalised.
            if !Self.isCanonical(list) {
                lines[type] = Self.oneDefinitionEach(list.compactMap { Self.property($0, of: type) }).map(Self.line)
            }
        }
        self.lines = lines
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(lines)
    }

    // MARK: - Lines

    private static func line(_ property: DeviceProperty) -> String {
        "\(property.name)|\(property.origin.rawValue)|\(property.valueType)|\(property.defaultValue ?? "")|\(property.location?.description ?? "")"
    }

    private static func property(_ line: String, of type: String) -> DeviceProperty? {
        let parts = line.split(separator: "|", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let origin = DeviceProperty.Origin(rawValue: String(parts[1])) else { return nil }
        return DeviceProperty(
            type: type, name: String(parts[0]), origin: origin, valueType: String(parts[2]),
            defaultValue: parts[3].isEmpty ? nil : String(parts[3]), location: SourceLocation(compact: String(parts[4])))
    }

    /// The name and origin fields of a line as bytes, and how many `|` it has (a byte scan:
    /// every line of both releases is checked at each load).
    private static func key(of line: String) -> (name: Substring.UTF8View, origin: Substring.UTF8View, separators: Int) {
        let bytes = line.utf8
        var separators = 0
        var first = bytes.endIndex
        var second = bytes.endIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "|") {
                separators += 1
                if separators == 1 { first = index } else if separators == 2 { second = index }
            }
            bytes.formIndex(after: &index)
        }
        let originStart = first == bytes.endIndex ? first : bytes.index(after: first)
        return (line[..<first].utf8, line[originStart..<second].utf8, separators)
    }

    private static let origins = DeviceProperty.Origin.allCases.map { Array($0.rawValue.utf8) }

    private static func isWellFormed(_ line: String) -> Bool {
        let key = key(of: line)
        return key.separators >= 4 && origins.contains { $0.elementsEqual(key.origin) }
    }

    /// True when the lines are strictly increasing by (name, origin), the order of
    /// ``DeviceProperty`` (compared as UTF-8 bytes, which orders as the strings do).
    private static func isCanonical(_ list: [String]) -> Bool {
        var previous: (name: Substring.UTF8View, origin: Substring.UTF8View, separators: Int)?
        for line in list {
            let key = key(of: line)
            if let previous {
                let ordered =
                    previous.name.lexicographicallyPrecedes(key.name)
                    || (previous.name.elementsEqual(key.name) && previous.origin.lexicographicallyPrecedes(key.origin))
                guard ordered else { return false }
            }
            previous = key
        }
        return true
    }
}

/// Property look-ups of one release: a ``PropertyModel`` read through its ``QOMHierarchy``.
public struct PropertyLookup: Sendable {
    /// The model.
    public let model: PropertyModel
    /// The hierarchy.
    public let hierarchy: QOMHierarchy
    /// Property name → the types that define it, sorted.
    private let definers: [String: [String]]

    /// The look-ups of `model` in `hierarchy`.
    public init(model: PropertyModel, hierarchy: QOMHierarchy) {
        self.model = model
        self.hierarchy = hierarchy
        definers = model.definers()
    }

    /// The look-ups of a release's registry (nil when it has no property model).
    public init?(_ registry: ReleaseRegistry) {
        guard !registry.properties.isEmpty else { return nil }
        self.init(model: registry.properties, hierarchy: QOMHierarchy(parents: registry.qomParents))
    }

    /// True when nothing can be looked up.
    public var isEmpty: Bool { model.isEmpty }

    /// `driver`'s lineage; a type the sources do not declare but whose name is a declared type's
    /// name after a `-` (CPU models registered at run time, `Haswell-x86_64-cpu`) is taken as
    /// that type's subtype, as QEMU's CPU type-name macros build them.
    public func lineage(of driver: String) -> [String] {
        if hierarchy.parents[driver] != nil || model.defines(driver) { return hierarchy.lineage(of: driver) }
        var index = driver.firstIndex(of: "-")
        while let dash = index {
            let rest = String(driver[driver.index(after: dash)...])
            if hierarchy.parents[rest] != nil || model.defines(rest) { return [driver] + hierarchy.lineage(of: rest) }
            index = rest.isEmpty ? nil : driver[driver.index(after: dash)...].firstIndex(of: "-")
        }
        return [driver]
    }

    /// The definition an instance of `driver` has for `property`: the type's own or the nearest
    /// ancestor's.
    public func definition(of property: String, on driver: String) -> DeviceProperty? {
        guard let types = definers[property] else { return nil }
        for type in lineage(of: driver) where types.contains(type) {
            if let found = model.property(property, of: type) { return found }
        }
        return nil
    }

    /// A definition of `property` on `driver`, an ancestor, or a type below it (a compat entry
    /// on an abstract type reaches the properties of its subtypes).
    public func anyDefinition(of property: String, reachedFrom driver: String) -> DeviceProperty? {
        if let found = definition(of: property, on: driver) { return found }
        // A type below the driver: one whose lineage passes through it (first by name).
        for type in definers[property] ?? [] where type != driver && hierarchy.lineage(of: type).contains(driver) {
            if let found = model.property(property, of: type) { return found }
        }
        return nil
    }
}
