import GuestABI

/// The form a ``StateModel`` is shipped in beside the embedded registries: the model's
/// structure kept, but each state field, register key and registration written as one string of
/// tab-separated values and each location as `file:line`. A verdict decodes two of these per
/// run, and one string decodes many times faster than an object of nine keys.
///
/// A field: `name⇥info⇥nested⇥flags⇥size⇥count⇥versionGuard⇥test⇥file:line` (flags joined by
/// `,`; an empty value is nil). A register key: `key⇥name⇥file:line`. A registration:
/// `section⇥mechanism⇥function⇥qomType⇥file:line`. Diagnostics are not shipped (the embedded
/// models are ``StateModel/cpuSubset``, which has none).
struct CompactStateModel: Codable {
    var format = CompactStateModel.currentFormat
    var qemuVersion: String
    var origin: String
    var cpuScopes: [String: String]
    var sections: [Section]
    var registrations: [String]
    var registerTables: [Table]

    /// The value of `format` this code writes and reads.
    static let currentFormat = "guestabi-state-compact-1"

    struct Section: Codable {
        var identifier: String
        var name: String
        var scope: String
        var versionID: Int?
        var minimumVersionID: Int?
        var fields: [String]
        var subsections: [String]
        var needed: Needed?
        var unmigratable: Bool
        var referenced: Bool
        var users: [String]
        var location: String
    }

    struct Needed: Codable {
        var function: String
        var body: String
        var reads: [String]
        var location: String?
    }

    struct Table: Codable {
        var identifier: String
        var definedIn: String?
        var gate: [String]
        var keys: [String]
        var excluded: [String]
        var location: String
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
        var sections: [Section] = []
        for section in model.sections {
            var fields: [String] = []
            for field in section.fields {
                fields.append(
                    try Self.joined([
                        field.name, try Self.optional(field.info), try Self.optional(field.nested), field.flags.joined(separator: ","),
                        try Self.optional(field.size), try Self.optional(field.count), String(field.versionGuard),
                        try Self.optional(field.test), field.location.description,
                    ]))
            }
            sections.append(
                Section(
                    identifier: section.identifier, name: section.name, scope: section.scope, versionID: section.versionID,
                    minimumVersionID: section.minimumVersionID, fields: fields, subsections: section.subsections,
                    needed: section.needed.map {
                        Needed(function: $0.function, body: $0.body, reads: $0.reads, location: $0.location?.description)
                    },
                    unmigratable: section.unmigratable, referenced: section.referenced, users: section.users,
                    location: section.location.description))
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
        var tables: [Table] = []
        for table in model.registerTables {
            var keys: [String] = []
            for key in table.keys { keys.append(try Self.joined([key.key, key.name, key.location.description])) }
            tables.append(
                Table(
                    identifier: table.identifier, definedIn: table.definedIn, gate: table.gate, keys: keys, excluded: table.excluded,
                    location: table.location.description))
        }
        registerTables = tables
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
        sections.reserveCapacity(self.sections.count)
        for section in self.sections {
            var fields: [StateField] = []
            fields.reserveCapacity(section.fields.count)
            for text in section.fields {
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
            let needed = try section.needed.map { needed throws(Malformed) -> NeededPredicate in
                NeededPredicate(function: needed.function, body: needed.body, reads: needed.reads, location: try needed.location.map(Self.location))
            }
            var state = StateSection(
                identifier: section.identifier, name: section.name, scope: section.scope, versionID: section.versionID,
                minimumVersionID: section.minimumVersionID, fields: fields, subsections: section.subsections, needed: needed,
                unmigratable: section.unmigratable, referenced: section.referenced, location: try Self.location(section.location))
            state.users = section.users
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
        for table in registerTables {
            var keys: [CPRegKey] = []
            for text in table.keys {
                let parts = Self.parts(text)
                guard parts.count == 3, let location = SourceLocation(compact: parts[2]) else { throw Malformed(what: "register key", text: text) }
                keys.append(CPRegKey(key: parts[0], name: parts[1], location: location))
            }
            tables.append(
                CPRegTable(
                    identifier: table.identifier, definedIn: table.definedIn, gate: table.gate, keys: keys, excluded: table.excluded,
                    location: try Self.location(table.location)))
        }
        return StateModel(
            qemuVersion: qemuVersion, origin: origin, sections: sections, registrations: registrations, registerTables: tables,
            cpuScopes: cpuScopes)
    }

    private static func parts(_ text: String) -> [String] {
        text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    private static func optional(_ text: String) -> String? { text.isEmpty ? nil : text }

    private static func location(_ text: String) throws(Malformed) -> SourceLocation {
        guard let location = SourceLocation(compact: text) else { throw Malformed(what: "location", text: text) }
        return location
    }
}
