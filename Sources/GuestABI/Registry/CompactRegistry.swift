/// The compact form of a ``ReleaseRegistry`` that guestabi ships embedded: every distinct
/// compat entry and class fact is stored once, and each machine lists the indices of its own,
/// in application order. The full registry repeats the shared arrays in every machine (each
/// older machine carries all newer arrays), so this form is about ten times smaller.
///
/// The tables (entries, facts, machines, class-field uses) are arrays of rows, one string each
/// (``CompactRow``: tab-separated values), not arrays of objects: a check decodes two of these,
/// and a JSON decoder reads a string far faster than an object of a dozen keys.
public struct CompactRegistry: Hashable, Sendable, Codable {
    /// The name that marks a JSON file as this form.
    public static let formatName = "guestabi-compact-registry-2"
    /// The name of the earlier form (objects instead of rows), refused with a hint to rebuild.
    public static let earlierFormatNames = ["guestabi-compact-registry"]

    /// One distinct compat entry. Row: driver, property, value, `optional` or empty, origin, `file:line`.
    public struct Entry: Hashable, Sendable {
        /// Driver, property, value.
        public var d: String, p: String, v: String
        /// Optional; absent when false.
        public var o: Bool?
        /// The array or function, and the `file:line`.
        public var s: String, l: String?
    }

    /// One distinct class fact. Row: field, value, function, `file:line`.
    public struct Fact: Hashable, Sendable {
        /// Field, value.
        public var f: String, v: String
        /// The function, and the `file:line`.
        public var s: String, l: String?
    }

    /// A machine whose compat list and class facts are indices into the shared tables. Row:
    /// target, name, family, version, alias, flags (`default`, `registered`, `deprecated`,
    /// comma-separated), summary, condition, `file:line`, compat, class facts, inherited facts
    /// (index lists).
    public struct Machine: Hashable, Sendable {
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
        /// The facts its parents' class inits set (``MachineDefinition/inheritedFacts``); absent when none.
        public var inherited: IndexList?
    }

    /// A list of table indices, written as space-separated numbers (`0 4 17`).
    public struct IndexList: Hashable, Sendable, ExpressibleByArrayLiteral {
        /// The indices.
        public var indices: [Int]

        /// A list.
        public init(_ indices: [Int]) { self.indices = indices }

        public init(arrayLiteral elements: Int...) { indices = elements }

        /// The list `text` writes; `row` names the row it is in when it does not parse.
        init(parsing text: String, row: String) throws(CompactRow.Malformed) {
            var indices: [Int] = []
            indices.reserveCapacity(text.utf8.count / 3)
            var current = -1
            for byte in text.utf8 {
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    guard current < 100_000_000 else {
                        throw CompactRow.Malformed(what: "machine", row: row, problem: "an index list holds indices below 1000000000")
                    }
                    current = (current < 0 ? 0 : current * 10) + Int(byte - UInt8(ascii: "0"))
                } else if byte == UInt8(ascii: " ") {
                    if current >= 0 { indices.append(current) }
                    current = -1
                } else {
                    throw CompactRow.Malformed(what: "machine", row: row, problem: "an index list holds numbers separated by spaces")
                }
            }
            if current >= 0 { indices.append(current) }
            self.indices = indices
        }

        /// The written form; nil (an empty value) for an empty list.
        var text: String? { indices.isEmpty ? nil : indices.map(String.init).joined(separator: " ") }
    }

    /// A class-field use as a row: field, `file:line`, function, effect, `defaults-only` or empty, why.
    static func row(of use: ClassFieldUse) -> String {
        CompactRow.join([use.field, use.location, use.function, use.effect.rawValue, use.defaultsOnly ? "defaults-only" : nil, use.why])
    }

    static func use(row: String) throws(CompactRow.Malformed) -> ClassFieldUse {
        let values = try CompactRow.split(row, count: 6, what: "class-field use")
        guard let field = values[0], let location = values[1], let function = values[2],
            let effect = values[3].flatMap(MigrationReason.Effect.init(rawValue:)), let why = values[5],
            values[4] == nil || values[4] == "defaults-only"
        else { throw CompactRow.Malformed(what: "class-field use", row: row) }
        return ClassFieldUse(field: field, location: location, function: function, effect: effect, defaultsOnly: values[4] != nil, why: why)
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

    private enum CodingKeys: String, CodingKey {
        case format, schema, qemuVersion, origin, lifecycleRule, complete, diagnostics, qomParents, nameCheck, classFieldUses, properties
        case entries, facts, machines
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        schema = try container.decode(Int.self, forKey: .schema)
        qemuVersion = try container.decode(QEMUVersion.self, forKey: .qemuVersion)
        origin = try container.decodeIfPresent(String.self, forKey: .origin)
        lifecycleRule = try container.decode(LifecycleRule.self, forKey: .lifecycleRule)
        complete = try container.decode(Bool.self, forKey: .complete)
        diagnostics = try container.decode([SourceDiagnostic].self, forKey: .diagnostics)
        qomParents = try container.decode([String: String].self, forKey: .qomParents)
        nameCheck = try container.decodeIfPresent(MachineNameCheck.self, forKey: .nameCheck)
        properties = try container.decodeIfPresent(PropertyModel.self, forKey: .properties)
        func rows<Row>(_ key: CodingKeys, _ parse: (String) throws(CompactRow.Malformed) -> Row) throws -> [Row] {
            var result: [Row] = []
            for (index, row) in try container.decode([String].self, forKey: key).enumerated() {
                do {
                    result.append(try parse(row))
                } catch {
                    throw DecodingError.dataCorrupted(
                        .init(codingPath: [key, IndexKey(index)], debugDescription: error.description))
                }
            }
            return result
        }
        entries = try rows(.entries, Entry.init(row:))
        facts = try rows(.facts, Fact.init(row:))
        machines = try rows(.machines, Machine.init(row:))
        classFieldUses = container.contains(.classFieldUses) ? try rows(.classFieldUses, Self.use(row:)) : nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(schema, forKey: .schema)
        try container.encode(qemuVersion, forKey: .qemuVersion)
        try container.encodeIfPresent(origin, forKey: .origin)
        try container.encode(lifecycleRule, forKey: .lifecycleRule)
        try container.encode(complete, forKey: .complete)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encode(qomParents, forKey: .qomParents)
        try container.encodeIfPresent(nameCheck, forKey: .nameCheck)
        try container.encodeIfPresent(properties, forKey: .properties)
        try container.encode(entries.map(\.row), forKey: .entries)
        try container.encode(facts.map(\.row), forKey: .facts)
        try container.encode(machines.map(\.row), forKey: .machines)
        try container.encodeIfPresent(classFieldUses?.map(Self.row(of:)), forKey: .classFieldUses)
    }

    /// An array index in a coding path.
    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

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
            let index = { (classFact: ClassFact) -> Int in
                let fact = Fact(f: classFact.field, v: classFact.value, s: classFact.source.origin, l: classFact.source.location?.description)
                if let index = factIndex[fact] { return index }
                facts.append(fact)
                factIndex[fact] = facts.count - 1
                return facts.count - 1
            }
            let classFacts = machine.classFacts.map(index)
            let inherited = machine.inheritedFacts.map { $0.map(index) }
            return Machine(
                target: machine.target, name: machine.name, family: machine.family, version: machine.version,
                alias: machine.alias, isDefault: machine.isDefault, registered: machine.registered,
                deprecated: machine.deprecated, summary: machine.summary, condition: machine.condition,
                location: machine.location?.description, compat: IndexList(compat), classFacts: IndexList(classFacts),
                inherited: inherited.map(IndexList.init))
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
                && (machine.inherited?.indices ?? []).allSatisfy(classFacts.indices.contains)
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
                    compat: machine.compat.indices.map { properties[$0] }, classFacts: machine.classFacts.indices.map { classFacts[$0] },
                    inheritedFacts: machine.inherited.map { $0.indices.map { classFacts[$0] } }))
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

// MARK: - Rows

extension CompactRegistry.Entry {
    var row: String { CompactRow.join([d, p, v, o == true ? "optional" : nil, s, l]) }

    init(row: String) throws(CompactRow.Malformed) {
        let values = try CompactRow.split(row, count: 6, what: "compat entry")
        guard let d = values[0], let p = values[1], let v = values[2], let s = values[4], values[3] == nil || values[3] == "optional"
        else { throw CompactRow.Malformed(what: "compat entry", row: row) }
        self.init(d: d, p: p, v: v, o: values[3] == nil ? nil : true, s: s, l: values[5])
    }
}

extension CompactRegistry.Fact {
    var row: String { CompactRow.join([f, v, s, l]) }

    init(row: String) throws(CompactRow.Malformed) {
        let values = try CompactRow.split(row, count: 4, what: "class fact")
        guard let f = values[0], let v = values[1], let s = values[2] else { throw CompactRow.Malformed(what: "class fact", row: row) }
        self.init(f: f, v: v, s: s, l: values[3])
    }
}

extension CompactRegistry.Machine {
    var row: String {
        let flags = [isDefault ? "default" : nil, registered ? "registered" : nil, deprecated ? "deprecated" : nil].compactMap { $0 }
        return CompactRow.join([
            target.rawValue, name, family.rawValue, version.description, alias, flags.isEmpty ? nil : flags.joined(separator: ","),
            summary, condition, location, compat.text, classFacts.text, inherited?.text,
        ])
    }

    init(row: String) throws(CompactRow.Malformed) {
        let values = try CompactRow.split(row, count: 12, what: "machine")
        let malformed = CompactRow.Malformed(what: "machine", row: row)
        guard let target = values[0].flatMap(Target.init(rawValue:)), let name = values[1],
            let family = values[2].flatMap(MachineFamily.init(rawValue:)),
            let version = values[3].flatMap({ try? MachineVersion(parsing: $0) })
        else { throw malformed }
        let flags = Set((values[5] ?? "").split(separator: ",").map(String.init))
        guard flags.isSubset(of: ["default", "registered", "deprecated"]) else { throw malformed }
        self.init(
            target: target, name: name, family: family, version: version, alias: values[4], isDefault: flags.contains("default"),
            registered: flags.contains("registered"), deprecated: flags.contains("deprecated"), summary: values[6],
            condition: values[7], location: values[8], compat: try CompactRegistry.IndexList(parsing: values[9] ?? "", row: row),
            classFacts: try CompactRegistry.IndexList(parsing: values[10] ?? "", row: row), inherited: try values[11].map { text throws(CompactRow.Malformed) in
                try CompactRegistry.IndexList(parsing: text, row: row)
            })
    }
}
