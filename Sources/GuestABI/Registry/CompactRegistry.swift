/// The compact form of a ``ReleaseRegistry`` that guestabi ships embedded: every distinct
/// compat entry and class fact is stored once, and each machine lists the indices of its own,
/// in application order. The full registry repeats the shared arrays in every machine (each
/// older machine carries all newer arrays), so this form is about ten times smaller and loads
/// that much faster.
public struct CompactRegistry: Hashable, Sendable, Codable {
    /// The name that marks a JSON file as this form.
    public static let formatName = "guestabi-compact-registry"

    /// One distinct compat entry.
    public struct Entry: Hashable, Sendable, Codable {
        /// Driver, property, value.
        public var d: String, p: String, v: String
        /// Optional; absent when false.
        public var o: Bool?
        /// The array or function, and the `file:line`.
        public var s: String, l: String?
    }

    /// One distinct class fact.
    public struct Fact: Hashable, Sendable, Codable {
        /// Field, value.
        public var f: String, v: String
        /// The function, and the `file:line`.
        public var s: String, l: String?
    }

    /// A machine whose compat list and class facts are indices into the shared tables.
    public struct Machine: Hashable, Sendable, Codable {
        public var target: Target
        public var name: String
        public var family: MachineFamily
        public var version: MachineVersion
        public var alias: String?
        public var isDefault: Bool
        public var registered: Bool
        public var deprecated: Bool
        public var summary: String?
        public var condition: String?
        public var location: String?
        public var compat: IndexList
        public var classFacts: IndexList
    }

    /// A list of table indices, stored as one string of space-separated numbers (`"0 4 17"`):
    /// a JSON decoder reads one string far faster than an array of numbers, and loading is
    /// what a `guestabi check` on the embedded registry spends its time on.
    public struct IndexList: Hashable, Sendable, Codable, ExpressibleByArrayLiteral {
        /// The indices.
        public var indices: [Int]

        /// A list.
        public init(_ indices: [Int]) { self.indices = indices }

        public init(arrayLiteral elements: Int...) { indices = elements }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            var indices: [Int] = []
            indices.reserveCapacity(text.utf8.count / 3)
            var current = -1
            for byte in text.utf8 {
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    guard current < 100_000_000 else {
                        throw DecodingError.dataCorrupted(
                            .init(codingPath: decoder.codingPath, debugDescription: "an index list holds indices below 1000000000"))
                    }
                    current = (current < 0 ? 0 : current * 10) + Int(byte - UInt8(ascii: "0"))
                } else if byte == UInt8(ascii: " ") {
                    if current >= 0 { indices.append(current) }
                    current = -1
                } else {
                    throw DecodingError.dataCorrupted(
                        .init(codingPath: decoder.codingPath, debugDescription: "an index list holds numbers separated by spaces"))
                }
            }
            if current >= 0 { indices.append(current) }
            self.indices = indices
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(indices.map(String.init).joined(separator: " "))
        }
    }

    /// Always ``formatName``.
    public var format: String
    /// The registry schema this was made from.
    public var schema: Int
    public var qemuVersion: QEMUVersion
    public var origin: String?
    public var lifecycleRule: LifecycleRule
    public var complete: Bool
    public var diagnostics: [SourceDiagnostic]
    public var qomParents: [String: String]
    /// How the release compares machine names on migration (``ReleaseRegistry/nameCheck``).
    public var nameCheck: MachineNameCheck?
    /// Where the tree reads each class field (``ReleaseRegistry/classFieldUses``); absent when
    /// not read.
    public var classFieldUses: [ClassFieldUse]?
    /// The device property model (``ReleaseRegistry/properties``); absent when not read.
    public var properties: PropertyModel?
    /// The distinct compat entries, in order of first use.
    public var entries: [Entry]
    /// The distinct class facts, in order of first use.
    public var facts: [Fact]
    public var machines: [Machine]

    /// The compact form of `registry`.
    public init(_ registry: ReleaseRegistry) {
        format = Self.formatName
        schema = registry.schema
        qemuVersion = registry.qemuVersion
        origin = registry.origin
        lifecycleRule = registry.lifecycleRule
        complete = registry.complete
        diagnostics = registry.diagnostics
        qomParents = registry.qomParents
        nameCheck = registry.nameCheck
        classFieldUses = registry.classFieldUses.isEmpty ? nil : registry.classFieldUses.list
        properties = registry.properties.isEmpty ? nil : registry.properties
        var entries: [Entry] = []
        var entryIndex: [Entry: Int] = [:]
        var facts: [Fact] = []
        var factIndex: [Fact: Int] = [:]
        machines = registry.machines.map { machine in
            let compat = machine.compat.map { property in
                let entry = Entry(
                    d: property.driver, p: property.property, v: property.value, o: property.optional ? true : nil,
                    s: property.source.origin, l: property.source.location?.description)
                if let index = entryIndex[entry] { return index }
                entries.append(entry)
                entryIndex[entry] = entries.count - 1
                return entries.count - 1
            }
            let classFacts = machine.classFacts.map { classFact in
                let fact = Fact(f: classFact.field, v: classFact.value, s: classFact.source.origin, l: classFact.source.location?.description)
                if let index = factIndex[fact] { return index }
                facts.append(fact)
                factIndex[fact] = facts.count - 1
                return facts.count - 1
            }
            return Machine(
                target: machine.target, name: machine.name, family: machine.family, version: machine.version,
                alias: machine.alias, isDefault: machine.isDefault, registered: machine.registered,
                deprecated: machine.deprecated, summary: machine.summary, condition: machine.condition,
                location: machine.location?.description, compat: IndexList(compat), classFacts: IndexList(classFacts))
        }
        self.entries = entries
        self.facts = facts
    }

    /// The full registry, or an error naming the first index out of range.
    public func expanded() throws(GuestABIError) -> ReleaseRegistry {
        let properties = entries.map { entry in
            CompatProperty(
                driver: entry.d, property: entry.p, value: entry.v, optional: entry.o ?? false,
                source: Provenance(origin: entry.s, location: entry.l.flatMap(SourceLocation.init(compact:))))
        }
        let classFacts = facts.map { fact in
            ClassFact(field: fact.f, value: fact.v, source: Provenance(origin: fact.s, location: fact.l.flatMap(SourceLocation.init(compact:))))
        }
        var definitions: [MachineDefinition] = []
        definitions.reserveCapacity(machines.count)
        for machine in machines {
            let indicesValid =
                machine.compat.indices.allSatisfy(properties.indices.contains)
                && machine.classFacts.indices.allSatisfy(classFacts.indices.contains)
            guard indicesValid else {
                throw GuestABIError(
                    .invalidValue, input: machine.name, reason: "the compact registry of \(qemuVersion) refers to an entry it does not hold",
                    hint: "regenerate it with `guestabi registry build`")
            }
            definitions.append(
                MachineDefinition(
                    target: machine.target, name: machine.name, family: machine.family, version: machine.version,
                    alias: machine.alias, isDefault: machine.isDefault, registered: machine.registered,
                    deprecated: machine.deprecated, summary: machine.summary, condition: machine.condition,
                    location: machine.location.flatMap(SourceLocation.init(compact:)),
                    compat: machine.compat.indices.map { properties[$0] }, classFacts: machine.classFacts.indices.map { classFacts[$0] }))
        }
        var registry = ReleaseRegistry(
            qemuVersion: qemuVersion, origin: origin, lifecycleRule: lifecycleRule, machines: definitions,
            diagnostics: diagnostics, complete: complete, qomParents: qomParents, nameCheck: nameCheck)
        registry.schema = schema
        registry.classFieldUses = ClassFieldUses(classFieldUses ?? [])
        registry.properties = self.properties ?? .empty
        return registry
    }
}
