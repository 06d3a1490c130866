import GuestABI

/// The form a ``StateModel`` is shipped in beside the embedded registries: the model's
/// structure kept, but written as arrays of strings only — a verdict decodes two of these per
/// run, and a JSON decoder reads strings many times faster than objects (each object is a
/// keyed container with a dictionary of its keys).
///
/// Rows are tab-separated values (an empty value is nil). A field:
/// `name⇥info⇥nested⇥flags⇥size⇥count⇥versionGuard⇥test⇥file:line` (flags joined by `,`). A
/// register key: `key⇥name⇥file:line`, then its own conditions (``CPRegKey/conditions``). A registration: `section⇥mechanism⇥function⇥qomType⇥file:line`.
/// A section is an array: its header `identifier⇥name⇥scope⇥versionID⇥minimumVersionID⇥flags⇥file:line`
/// (flags: `unmigratable`, `referenced`), its subsections row, its users row, its `.needed` row
/// (`function⇥body⇥file:line⇥reads…`, empty without one), then one row per field. A register
/// table is an array: its header `identifier⇥definedIn⇥file:line`, its gate row, its excluded
/// row, then one row per key. A CPU folder's ``CPUModelCode`` is an array of arrays: first its
/// models (`name⇥file:line⇥function…`), then one per function: its name, then rows
/// `call⇥callee⇥condition…`, `set⇥feature⇥condition…`, `unset⇥feature⇥condition…`. A CPU folder's ``CPUIdentityCheck`` is an array of arrays: first its
/// header `section⇥function⇥file:line⇥check⇥field⇥objects⇥resetField⇥file:line`, its run-time
/// conditions row and its constants row (`name⇥value…`); then its class rows
/// (`model⇥file:line⇥field⇥value…`); then one per function: `name⇥file:line⇥opaque⇥parameter…`,
/// then rows `declared⇥value⇥condition…` (declared empty for a `return`). Diagnostics are not shipped (the embedded models are
/// ``StateModel/cpuSubset``, which has none).
///
/// Sections and register tables are grouped by the CPU folder that defines them (`target/i386`,
/// ``sharedGroup`` for code outside `target/`), so that a verdict about one target's machine
/// decodes only its CPU's group and the shared one (``scopeSelection``): a JSON decoder builds
/// strings only for what is asked for. Within a group, and in the model read back, entries keep
/// their order of file then line.
struct CompactStateModel: Codable {
    var format = CompactStateModel.currentFormat
    var qemuVersion: String
    var origin: String
    var cpuScopes: [String: String]
    var sections: [String: [[String]]]
    var registrations: [String]
    var registerTables: [String: [[String]]]
    var cpuModelCode: [String: [[String]]]
    var cpuIdentity: [String: [[String]]]

    /// The value of `format` this code writes and reads.
    static let currentFormat = "guestabi-state-compact-5"

    /// The group of sections and tables defined outside `target/`.
    static let sharedGroup = "shared"

    /// The `userInfo` key of a decoder that reads only some CPU folders' groups: a
    /// `Set<String>` of `target/<arch>` folders (the shared group is always read).
    static let scopeSelection = CodingUserInfoKey(rawValue: "guestabi.cpuScopeSelection")!

    /// A file whose `format` is not ``currentFormat`` (read first, so an earlier form is named
    /// rather than failing on its shape).
    struct OtherFormat: Error {
        var format: String
    }

    private enum CodingKeys: String, CodingKey {
        case format, qemuVersion, origin, cpuScopes, sections, registrations, registerTables, cpuModelCode, cpuIdentity
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        guard format == Self.currentFormat else { throw OtherFormat(format: format) }
        qemuVersion = try container.decode(String.self, forKey: .qemuVersion)
        origin = try container.decode(String.self, forKey: .origin)
        cpuScopes = try container.decode([String: String].self, forKey: .cpuScopes)
        let selection = decoder.userInfo[Self.scopeSelection] as? Set<String>
        sections = try Self.groups(in: container, forKey: .sections, selection: selection)
        registrations = try container.decode([String].self, forKey: .registrations)
        registerTables = try Self.groups(in: container, forKey: .registerTables, selection: selection)
        cpuModelCode = try Self.groups(in: container, forKey: .cpuModelCode, selection: selection)
        cpuIdentity = try Self.groups(in: container, forKey: .cpuIdentity, selection: selection)
    }

    /// The groups under `key` that `selection` asks for (all without one), the rest not decoded.
    private static func groups(
        in container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys, selection: Set<String>?
    ) throws -> [String: [[String]]] {
        let groups = try container.nestedContainer(keyedBy: GroupKey.self, forKey: key)
        var result: [String: [[String]]] = [:]
        for group in groups.allKeys where group.stringValue == sharedGroup || selection?.contains(group.stringValue) ?? true {
            result[group.stringValue] = try groups.decode([[String]].self, forKey: group)
        }
        return result
    }

    /// A group's name as a key.
    private struct GroupKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The group an entry defined at `location` is written in.
    static func group(of location: SourceLocation) -> String {
        StateScope.cpuScope(of: location.file) ?? sharedGroup
    }

    /// A value the compact form cannot hold (a tab inside a value, an empty optional value).
    struct Unrepresentable: Error, CustomStringConvertible {
        var value: String
        var description: String {
            value.isEmpty
                ? "an optional value is empty, which the compact state form reads back as absent"
                : "a value holds a tab, which the compact state form uses as separator: \(value.debugDescription)"
        }
    }

    /// A value the compact form does not parse.
    struct Malformed: Error, CustomStringConvertible {
        var what: String
        var text: String
        var description: String { "\(what) `\(text)` is not in the compact state form" }
    }

    // MARK: - From a model

    init(_ model: StateModel) throws(Unrepresentable) {
        qemuVersion = model.qemuVersion
        origin = model.origin
        cpuScopes = model.cpuScopes
        var sections: [String: [[String]]] = [:]
        for section in model.sections {
            let flags = [section.unmigratable ? "unmigratable" : nil, section.referenced ? "referenced" : nil].compactMap { $0 }
            var rows = [
                try Self.joined([
                    section.identifier, section.name, section.scope, section.versionID.map(String.init) ?? "",
                    section.minimumVersionID.map(String.init) ?? "", flags.joined(separator: ","), section.location.description,
                ]),
                try Self.joined(section.subsections), try Self.joined(section.users),
                try section.needed.map { needed throws(Unrepresentable) in
                    try Self.joined([needed.function, needed.body, needed.location?.description ?? ""] + needed.reads)
                } ?? "",
            ]
            for field in section.fields {
                rows.append(
                    try Self.joined([
                        field.name, try Self.optional(field.info), try Self.optional(field.nested), field.flags.joined(separator: ","),
                        try Self.optional(field.size), try Self.optional(field.count), String(field.versionGuard),
                        try Self.optional(field.test), field.location.description,
                    ]))
            }
            sections[Self.group(of: section.location), default: []].append(rows)
        }
        self.sections = sections
        var registrations: [String] = []
        for registration in model.registrations {
            registrations.append(
                try Self.joined([
                    registration.section, registration.mechanism.rawValue, try Self.optional(registration.function),
                    try Self.optional(registration.qomType),
                    registration.location.description,
                ]))
        }
        self.registrations = registrations
        var tables: [String: [[String]]] = [:]
        for table in model.registerTables {
            var rows = [
                try Self.joined([table.identifier, try Self.optional(table.definedIn), table.location.description]),
                try Self.joined(table.gate), try Self.joined(table.excluded),
            ]
            for key in table.keys { rows.append(try Self.joined([key.key, key.name, key.location.description] + key.conditions)) }
            tables[Self.group(of: table.location), default: []].append(rows)
        }
        registerTables = tables
        var code: [String: [[String]]] = [:]
        for (scope, facts) in model.cpuModelCode {
            var arrays = [try facts.models.map { model throws(Unrepresentable) in
                try Self.joined([model.name, model.location.description] + model.functions)
            }]
            for (name, function) in facts.functions.sorted(by: { $0.key < $1.key }) {
                var rows = [name]
                for (kind, uses) in [("call", function.calls), ("set", function.sets), ("unset", function.unsets)] {
                    for use in uses { rows.append(try Self.joined([kind, use.name] + use.conditions)) }
                }
                arrays.append(rows)
            }
            code[scope] = arrays
        }
        cpuModelCode = code
        var identity: [String: [[String]]] = [:]
        for (scope, check) in model.cpuIdentity {
            var arrays = [
                [
                    try Self.joined([
                        check.section, check.function, check.location.description, check.check, check.field,
                        check.cpuObjects.joined(separator: ","), try Self.optional(check.resetField),
                        check.resetLocation?.description ?? "",
                    ]),
                    try Self.joined(check.runTimeConditions),
                    try Self.joined(check.constants.sorted { $0.key < $1.key }.flatMap { [$0.key, String($0.value)] }),
                ],
                try check.classes.sorted(by: { $0.key < $1.key }).map { model, fields throws(Unrepresentable) in
                    try Self.joined([model, fields.location.description] + fields.fields.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
                },
            ]
            for (name, function) in check.functions.sorted(by: { $0.key < $1.key }) {
                var rows = [try Self.joined([name, function.location.description, function.opaque ?? ""] + function.parameters)]
                for step in function.steps { rows.append(try Self.joined([step.declares ?? "", step.value] + step.conditions)) }
                arrays.append(rows)
            }
            identity[scope] = arrays
        }
        cpuIdentity = identity
    }

    /// An optional value as written: nil as the empty string (so a present value must not be empty).
    private static func optional(_ value: String?) throws(Unrepresentable) -> String {
        guard let value else { return "" }
        guard !value.isEmpty else { throw Unrepresentable(value: value) }
        return value
    }

    private static func joined(_ values: [String]) throws(Unrepresentable) -> String {
        if let bad = values.first(where: { $0.contains("\t") }) { throw Unrepresentable(value: bad) }
        return values.joined(separator: "\t")
    }

    // MARK: - Back to a model

    /// The model this form holds. Throws ``Malformed`` naming the first value it cannot parse.
    func model() throws(Malformed) -> StateModel {
        var sections: [StateSection] = []
        for rows in self.sections.values.joined() {
            guard rows.count >= 4 else { throw Malformed(what: "section", text: rows.joined(separator: "\n")) }
            let header = Self.parts(rows[0])
            let flags = Set(header.count == 7 ? header[5].split(separator: ",").map(String.init) : [])
            guard header.count == 7, let location = SourceLocation(compact: header[6]), flags.isSubset(of: ["unmigratable", "referenced"]),
                header[3].isEmpty || Int(header[3]) != nil, header[4].isEmpty || Int(header[4]) != nil
            else { throw Malformed(what: "section header", text: rows[0]) }
            var fields: [StateField] = []
            fields.reserveCapacity(rows.count - 4)
            for text in rows[4...] {
                let parts = Self.parts(text)
                guard parts.count == 9, let versionGuard = Int(parts[6]), let location = SourceLocation(compact: parts[8]) else {
                    throw Malformed(what: "field", text: text)
                }
                fields.append(
                    StateField(
                        name: parts[0], info: Self.optional(parts[1]), nested: Self.optional(parts[2]),
                        flags: parts[3].isEmpty ? [] : parts[3].split(separator: ",").map(String.init), size: Self.optional(parts[4]),
                        count: Self.optional(parts[5]), versionGuard: versionGuard, test: Self.optional(parts[7]), location: location))
            }
            var needed: NeededPredicate?
            if !rows[3].isEmpty {
                let parts = Self.parts(rows[3])
                guard parts.count >= 3 else { throw Malformed(what: "needed predicate", text: rows[3]) }
                needed = NeededPredicate(
                    function: parts[0], body: parts[1], reads: Array(parts[3...]),
                    location: parts[2].isEmpty ? nil : try Self.location(parts[2]))
            }
            var state = StateSection(
                identifier: header[0], name: header[1], scope: header[2], versionID: Int(header[3]), minimumVersionID: Int(header[4]),
                fields: fields, subsections: Self.list(rows[1]), needed: needed, unmigratable: flags.contains("unmigratable"),
                referenced: flags.contains("referenced"), location: location)
            state.users = Self.list(rows[2])
            sections.append(state)
        }
        var registrations: [StateRegistration] = []
        for text in self.registrations {
            let parts = Self.parts(text)
            guard parts.count == 5, let mechanism = StateRegistration.Mechanism(rawValue: parts[1]), let location = SourceLocation(compact: parts[4])
            else { throw Malformed(what: "registration", text: text) }
            registrations.append(
                StateRegistration(
                    section: parts[0], mechanism: mechanism, function: Self.optional(parts[2]), qomType: Self.optional(parts[3]), location: location))
        }
        var tables: [CPRegTable] = []
        for rows in registerTables.values.joined() {
            guard rows.count >= 3 else { throw Malformed(what: "register table", text: rows.joined(separator: "\n")) }
            let header = Self.parts(rows[0])
            guard header.count == 3 else { throw Malformed(what: "register table header", text: rows[0]) }
            var keys: [CPRegKey] = []
            keys.reserveCapacity(rows.count - 3)
            for text in rows[3...] {
                let parts = Self.parts(text)
                guard parts.count >= 3, let location = SourceLocation(compact: parts[2]) else { throw Malformed(what: "register key", text: text) }
                keys.append(CPRegKey(key: parts[0], name: parts[1], location: location, conditions: Array(parts[3...])))
            }
            tables.append(
                CPRegTable(
                    identifier: header[0], definedIn: Self.optional(header[1]), gate: Self.list(rows[1]), keys: keys,
                    excluded: Self.list(rows[2]), location: try Self.location(header[2])))
        }
        var code: [String: CPUModelCode] = [:]
        for (scope, arrays) in cpuModelCode {
            guard let modelRows = arrays.first else { throw Malformed(what: "CPU model code", text: scope) }
            var facts = CPUModelCode()
            for text in modelRows {
                let parts = Self.parts(text)
                guard parts.count >= 2, let location = SourceLocation(compact: parts[1]) else { throw Malformed(what: "CPU model", text: text) }
                facts.models.append(CPUModelEntry(name: parts[0], functions: Array(parts[2...]), location: location))
            }
            for rows in arrays.dropFirst() {
                guard let name = rows.first else { throw Malformed(what: "CPU function", text: "") }
                var function = CPUFunctionFacts()
                for text in rows.dropFirst() {
                    let parts = Self.parts(text)
                    guard parts.count >= 2 else { throw Malformed(what: "CPU function fact", text: text) }
                    let use = GuardedName(name: parts[1], conditions: Array(parts[2...]))
                    switch parts[0] {
                    case "call": function.calls.append(use)
                    case "set": function.sets.append(use)
                    case "unset": function.unsets.append(use)
                    default: throw Malformed(what: "CPU function fact", text: text)
                    }
                }
                facts.functions[name] = function
            }
            code[scope] = facts
        }
        var identity: [String: CPUIdentityCheck] = [:]
        for (scope, arrays) in cpuIdentity {
            guard arrays.count >= 2, arrays[0].count == 3 else { throw Malformed(what: "CPU identity check", text: scope) }
            let header = Self.parts(arrays[0][0])
            guard header.count == 8, let location = SourceLocation(compact: header[2]) else {
                throw Malformed(what: "CPU identity check header", text: arrays[0][0])
            }
            let constantParts = Self.list(arrays[0][2])
            var constants: [String: Int] = [:]
            for pair in stride(from: 0, to: constantParts.count - 1, by: 2) {
                guard let value = Int(constantParts[pair + 1]) else { throw Malformed(what: "CPU identity constant", text: arrays[0][2]) }
                constants[constantParts[pair]] = value
            }
            var classes: [String: CPUClassFields] = [:]
            for text in arrays[1] {
                let parts = Self.parts(text)
                guard parts.count >= 2, parts.count % 2 == 0, let where_ = SourceLocation(compact: parts[1]) else {
                    throw Malformed(what: "CPU class fields", text: text)
                }
                var fields: [String: String] = [:]
                for pair in stride(from: 2, to: parts.count, by: 2) { fields[parts[pair]] = parts[pair + 1] }
                classes[parts[0]] = CPUClassFields(fields: fields, location: where_)
            }
            var functions: [String: CPUCheckFunction] = [:]
            for rows in arrays.dropFirst(2) {
                guard let first = rows.first else { throw Malformed(what: "CPU check function", text: scope) }
                let head = Self.parts(first)
                guard head.count >= 3, let at = SourceLocation(compact: head[1]) else { throw Malformed(what: "CPU check function", text: first) }
                let steps = rows.dropFirst().map { text in
                    let parts = Self.parts(text)
                    return CPUCheckFunction.Step(declares: Self.optional(parts[0]), value: parts.count > 1 ? parts[1] : "", conditions: Array(parts.dropFirst(2)))
                }
                functions[head[0]] = CPUCheckFunction(
                    name: head[0], parameters: Array(head[3...]), steps: steps, opaque: Self.optional(head[2]), location: at)
            }
            identity[scope] = CPUIdentityCheck(
                section: header[0], function: header[1], location: location, check: header[3],
                runTimeConditions: Self.list(arrays[0][1]), cpuObjects: header[5].isEmpty ? [] : header[5].split(separator: ",").map(String.init),
                field: header[4], resetField: Self.optional(header[6]),
                resetLocation: header[7].isEmpty ? nil : try Self.location(header[7]), functions: functions, classes: classes,
                constants: constants)
        }
        // The groups in file-then-line order again.
        sections.sort { Self.precedes($0.location, $1.location) }
        tables.sort { Self.precedes($0.location, $1.location) }
        return StateModel(
            qemuVersion: qemuVersion, origin: origin, sections: sections, registrations: registrations, registerTables: tables,
            cpuScopes: cpuScopes, cpuModelCode: code, cpuIdentity: identity)
    }

    private static func precedes(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        a.file != b.file ? a.file < b.file : a.line < b.line
    }

    /// The values of a list row (none for an empty row).
    private static func list(_ text: String) -> [String] {
        text.isEmpty ? [] : parts(text)
    }

    /// The tab-separated values of a row, split as bytes (splitting a `String` by characters
    /// costs several times more, and every field of both releases is split at each load).
    private static func parts(_ text: String) -> [String] {
        var parts: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\t") {
                parts.append(String(text[start..<index]))
                start = bytes.index(after: index)
            }
            bytes.formIndex(after: &index)
        }
        parts.append(String(text[start..<bytes.endIndex]))
        return parts
    }

    private static func optional(_ text: String) -> String? { text.isEmpty ? nil : text }

    private static func location(_ text: String) throws(Malformed) -> SourceLocation {
        guard let location = SourceLocation(compact: text) else { throw Malformed(what: "location", text: text) }
        return location
    }
}
