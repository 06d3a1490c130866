/// A guest-ABI-changing fix that must reach stable branches, as `bugfix plan --fix FIX.json`
/// reads it:
///
///     {"title": "virtio-net: fix the foo offload",
///      "compat": [{"driver": "virtio-net-pci", "property": "x-foo", "old": "off", "new": "on"}],
///      "classFacts": [{"field": "default_kernel_irqchip_split", "old": "true", "new": "false"}]}
///
/// `old` is the behaviour existing machine types must keep, `new` the fixed behaviour that
/// the bugfix machine types get. Either list may be empty, not both.
public struct BugfixFix: Hashable, Sendable, Codable {
    /// One compat property the fix changes.
    public struct CompatChange: Hashable, Sendable, Codable {
        public var driver: String
        public var property: String
        public var old: String
        public var new: String

        /// Creates a change.
        public init(driver: String, property: String, old: String, new: String) {
            self.driver = driver
            self.property = property
            self.old = old
            self.new = new
        }

        /// `driver.property`.
        public var key: String { "\(driver).\(property)" }
    }

    /// One machine-class field the fix changes.
    public struct FactChange: Hashable, Sendable, Codable {
        public var field: String
        public var old: String
        public var new: String

        /// Creates a change.
        public init(field: String, old: String, new: String) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// What the fix is (a commit subject).
    public var title: String
    /// Compat properties it changes.
    public var compat: [CompatChange]
    /// Class facts it changes.
    public var classFacts: [FactChange]

    /// Creates a fix; call ``validated()`` before use.
    public init(title: String, compat: [CompatChange] = [], classFacts: [FactChange] = []) {
        self.title = title
        self.compat = compat
        self.classFacts = classFacts
    }

    private typealias Key = NamedCodingKey

    /// Decodes strictly: an unknown key anywhere is an error naming it and the accepted keys.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        try Self.rejectUnknownKeys(container, allowed: ["title", "compat", "classFacts"], at: "the fix")
        title = try container.decode(String.self, forKey: Key("title"))
        var compat: [CompatChange] = []
        if container.contains(Key("compat")) {
            var list = try container.nestedUnkeyedContainer(forKey: Key("compat"))
            while !list.isAtEnd {
                let index = list.currentIndex
                let entry = try list.nestedContainer(keyedBy: Key.self)
                try Self.rejectUnknownKeys(entry, allowed: ["driver", "property", "old", "new"], at: "compat[\(index)]")
                compat.append(
                    CompatChange(
                        driver: try entry.decode(String.self, forKey: Key("driver")),
                        property: try entry.decode(String.self, forKey: Key("property")),
                        old: try entry.decode(String.self, forKey: Key("old")), new: try entry.decode(String.self, forKey: Key("new"))))
            }
        }
        var facts: [FactChange] = []
        if container.contains(Key("classFacts")) {
            var list = try container.nestedUnkeyedContainer(forKey: Key("classFacts"))
            while !list.isAtEnd {
                let index = list.currentIndex
                let entry = try list.nestedContainer(keyedBy: Key.self)
                try Self.rejectUnknownKeys(entry, allowed: ["field", "old", "new"], at: "classFacts[\(index)]")
                facts.append(
                    FactChange(
                        field: try entry.decode(String.self, forKey: Key("field")),
                        old: try entry.decode(String.self, forKey: Key("old")), new: try entry.decode(String.self, forKey: Key("new"))))
            }
        }
        self.compat = compat
        self.classFacts = facts
    }

    private static func rejectUnknownKeys(_ container: KeyedDecodingContainer<Key>, allowed: [String], at place: String) throws {
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !allowed.contains($0) }) {
            throw GuestABIError(
                .invalidValue, input: unknown, reason: "unknown key in \(place)",
                hint: "accepted keys: \(allowed.joined(separator: ", "))")
        }
    }

    /// The fix, or the first thing wrong with it: an empty fix, an empty name, `old == new`, or
    /// a subject listed twice.
    public func validated() throws(GuestABIError) -> BugfixFix {
        func bad(_ input: String, _ reason: String, _ hint: String) -> GuestABIError {
            GuestABIError(.invalidValue, input: input, reason: reason, hint: hint)
        }
        guard !title.trimmingSpaces.isEmpty else { throw bad(title, "the fix needs a title", "say what it fixes, like a commit subject") }
        guard !compat.isEmpty || !classFacts.isEmpty else {
            throw bad(title, "the fix changes nothing", "list at least one compat entry or class fact with its old and new value")
        }
        var seen: Set<String> = []
        for (index, change) in compat.enumerated() {
            guard !change.driver.isEmpty, !change.property.isEmpty else {
                throw bad("compat[\(index)]", "driver and property must not be empty", "e.g. {\"driver\": \"virtio-net-pci\", \"property\": \"x-foo\", …}")
            }
            guard change.old != change.new else {
                throw bad(change.key, "old and new are both '\(change.old)'", "a fix changes the value: old is what existing machines keep, new the fixed behaviour")
            }
            guard seen.insert(change.key).inserted else { throw bad(change.key, "listed twice", "give each driver.property once") }
        }
        for (index, change) in classFacts.enumerated() {
            guard !change.field.isEmpty else { throw bad("classFacts[\(index)]", "field must not be empty", "e.g. {\"field\": \"default_kernel_irqchip_split\", …}") }
            guard change.old != change.new else {
                throw bad(change.field, "old and new are both '\(change.old)'", "a fix changes the value: old is what existing machines keep, new the fixed behaviour")
            }
            guard seen.insert("class:" + change.field).inserted else { throw bad(change.field, "listed twice", "give each field once") }
        }
        return self
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
