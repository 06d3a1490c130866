/// The device properties of one release (``DeviceProperty``), by the QOM type that defines
/// them; with the release's ``QOMHierarchy`` it says which properties an instance of a type has
/// (its own and its ancestors') and with which default.
///
/// Serialised compactly (docs/registry-schema.md): each type maps to a list of
/// `name|origin|valueType|default|file:line` strings.
public struct PropertyModel: Hashable, Sendable, Codable {
    /// The properties each type defines, sorted by name.
    public private(set) var byType: [String: [DeviceProperty]]

    /// A model of `properties`.
    public init(_ properties: [DeviceProperty]) {
        var byType: [String: [DeviceProperty]] = [:]
        for property in properties { byType[property.type, default: []].append(property) }
        self.byType = byType.mapValues(Self.oneDefinitionEach)
    }

    /// One definition per (name, origin), in a total order so a model always serialises the
    /// same way. A property defined twice with different defaults (one per `#ifdef` branch, e.g.
    /// user-mode vs system emulation) keeps no default: which one the binary has depends on its
    /// build configuration, so a verdict that needs it stays `unknown` instead of guessing.
    private static func oneDefinitionEach(_ list: [DeviceProperty]) -> [DeviceProperty] {
        var groups: [String: [DeviceProperty]] = [:]
        for property in list { groups["\(property.name)|\(property.origin.rawValue)", default: []].append(property) }
        return groups.values.map { definitions in
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
    public var isEmpty: Bool { byType.isEmpty }

    /// Every property, sorted by type and name.
    public var all: [DeviceProperty] { byType.keys.sorted().flatMap { byType[$0] ?? [] } }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let encoded = try container.decode([String: [String]].self)
        var properties: [DeviceProperty] = []
        for (type, list) in encoded {
            for text in list {
                let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 5, let origin = DeviceProperty.Origin(rawValue: parts[1]) else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "property `\(text)` of \(type) is not name|origin|valueType|default|file:line")
                }
                properties.append(
                    DeviceProperty(
                        type: type, name: parts[0], origin: origin, valueType: parts[2], defaultValue: parts[3].isEmpty ? nil : parts[3],
                        location: SourceLocation(compact: parts[4])))
            }
        }
        self.init(properties)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(
            byType.mapValues { list in
                list.map { "\($0.name)|\($0.origin.rawValue)|\($0.valueType)|\($0.defaultValue ?? "")|\($0.location?.description ?? "")" }
            })
    }
}

/// Property look-ups of one release: a ``PropertyModel`` read through its ``QOMHierarchy``.
public struct PropertyLookup: Sendable {
    /// The model.
    public let model: PropertyModel
    /// The hierarchy.
    public let hierarchy: QOMHierarchy
    private let children: [String: [String]]

    /// The look-ups of `model` in `hierarchy`.
    public init(model: PropertyModel, hierarchy: QOMHierarchy) {
        self.model = model
        self.hierarchy = hierarchy
        var children: [String: [String]] = [:]
        for (child, parent) in hierarchy.parents { children[parent, default: []].append(child) }
        self.children = children
    }

    /// True when nothing can be looked up.
    public var isEmpty: Bool { model.isEmpty }

    /// `driver`'s lineage; a type the sources do not declare but whose name is a declared type's
    /// name after a `-` (CPU models registered at run time, `Haswell-x86_64-cpu`) is taken as
    /// that type's subtype, as QEMU's CPU type-name macros build them.
    public func lineage(of driver: String) -> [String] {
        if hierarchy.parents[driver] != nil || model.byType[driver] != nil { return hierarchy.lineage(of: driver) }
        var index = driver.firstIndex(of: "-")
        while let dash = index {
            let rest = String(driver[driver.index(after: dash)...])
            if hierarchy.parents[rest] != nil || model.byType[rest] != nil { return [driver] + hierarchy.lineage(of: rest) }
            index = rest.isEmpty ? nil : driver[driver.index(after: dash)...].firstIndex(of: "-")
        }
        return [driver]
    }

    /// The definition an instance of `driver` has for `property`: the type's own or the nearest
    /// ancestor's.
    public func definition(of property: String, on driver: String) -> DeviceProperty? {
        for type in lineage(of: driver) {
            if let found = model.byType[type]?.first(where: { $0.name == property }) { return found }
        }
        return nil
    }

    /// A definition of `property` on `driver`, an ancestor, or a type below it (a compat entry
    /// on an abstract type reaches the properties of its subtypes).
    public func anyDefinition(of property: String, reachedFrom driver: String) -> DeviceProperty? {
        if let found = definition(of: property, on: driver) { return found }
        var queue = children[driver] ?? []
        var seen: Set<String> = [driver]
        while let type = queue.popLast() {
            guard seen.insert(type).inserted else { continue }
            if let found = model.byType[type]?.first(where: { $0.name == property }) { return found }
            queue += children[type] ?? []
        }
        return nil
    }
}
