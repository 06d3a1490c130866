/// How a release's migration destination compares the machine type name it receives with the
/// one it was started with (`configuration_post_load` in `migration/savevm.c`), as read from
/// the tree.
///
/// QEMU has compared only a prefix since the check exists:
/// `strncmp(state->name, current_name, state->len)`, `len` being the received name's length.
/// A destination started with `pc-q35-4.0.1` therefore accepts a VM on `pc-q35-4.0`, while
/// one started with `pc-q35-4.0` refuses a VM on `pc-q35-4.0.1`.
public struct MachineNameCheck: Hashable, Sendable, Codable {
    /// Which names the destination accepts.
    public enum Rule: String, Hashable, Sendable, Codable {
        /// Only the received name's length is compared: a local name that starts with the
        /// received one is accepted.
        case prefix
        /// The names must be equal.
        case wholeName = "whole-name"
        /// The check has a shape guestabi cannot read; ``MachineNameCheck/reason`` says why.
        case unknown
    }

    /// The rule.
    public var rule: Rule
    /// The function holding the check (`configuration_post_load`).
    public var function: String
    /// The comparison as written (`strncmp(state->name, current_name, state->len)`), when found.
    public var comparison: String?
    /// Where the comparison is (or the function, when the comparison was not found).
    public var location: SourceLocation?
    /// Why the rule is unknown; nil otherwise.
    public var reason: String?

    /// Creates a reading of the check.
    public init(rule: Rule, function: String, comparison: String? = nil, location: SourceLocation? = nil, reason: String? = nil) {
        self.rule = rule
        self.function = function
        self.comparison = comparison
        self.location = location
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case rule, function, comparison, location, reason
    }

    /// Decodes a check; `location` is `file:line`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(Rule.self, forKey: .rule)
        function = try container.decode(String.self, forKey: .function)
        comparison = try container.decodeIfPresent(String.self, forKey: .comparison)
        location = try container.decodeIfPresent(String.self, forKey: .location).flatMap(SourceLocation.init(compact:))
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
    }

    /// Encodes the check; `location` as `file:line`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(function, forKey: .function)
        try container.encodeIfPresent(comparison, forKey: .comparison)
        try container.encodeIfPresent(location?.description, forKey: .location)
        try container.encodeIfPresent(reason, forKey: .reason)
    }

    // MARK: - Acceptance

    /// Whether a destination started with `local` accepts a stream from a VM on `received`;
    /// nil when the rule is unknown.
    public func accepts(received: String, local: String) -> Bool? {
        switch rule {
        case .prefix: local.utf8.starts(with: received.utf8)
        case .wholeName: local == received
        case .unknown: nil
        }
    }

    /// Where and how the check compares, for a message: `migration/savevm.c:387
    /// (configuration_post_load: strncmp(state->name, current_name, state->len))`.
    public var citation: String {
        let place = location.map { "\($0) " } ?? ""
        return "\(place)(\(function)\(comparison.map { ": \($0)" } ?? ""))"
    }

    // MARK: - Names that extend others

    /// A registered machine name that another registered name of the same target starts with:
    /// with a prefix-only check, a VM on `base` is accepted by a destination started with
    /// `extended`.
    public struct Extension: Hashable, Sendable, Codable, Comparable {
        public var target: Target
        /// `pc-q35-4.0`.
        public var base: String
        /// `pc-q35-4.0.1`.
        public var extended: String

        /// Creates a pair.
        public init(target: Target, base: String, extended: String) {
            self.target = target
            self.base = base
            self.extended = extended
        }

        public static func < (lhs: Extension, rhs: Extension) -> Bool {
            (lhs.target.rawValue, lhs.base, lhs.extended) < (rhs.target.rawValue, rhs.base, rhs.extended)
        }
    }

    /// Every pair of distinct `names` (per target) where one starts with the other: derived
    /// from the names alone, so bugfix (`pc-q35-4.0.1`), tagged (`pseries-2.12-sxxm`) and
    /// plain (`pc-i440fx-2.1` / `pc-i440fx-2.10`) extensions all appear.
    public static func extensions(among names: [(target: Target, name: String)]) -> [Extension] {
        var byTarget: [Target: [String]] = [:]
        for (target, name) in names { byTarget[target, default: []].append(name) }
        var pairs: Set<Extension> = []
        for (target, list) in byTarget {
            // Sorted, a name's extensions follow it directly: stop at the first that does not.
            let sorted = Array(Set(list)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for (index, base) in sorted.enumerated() {
                var next = index + 1
                while next < sorted.count, sorted[next].utf8.starts(with: base.utf8) {
                    pairs.insert(Extension(target: target, base: base, extended: sorted[next]))
                    next += 1
                }
            }
        }
        return pairs.sorted()
    }

    /// The pairs of names the registry registers where one extends another.
    public static func extensions(in registry: ReleaseRegistry) -> [Extension] {
        extensions(among: registry.machines.filter(\.registered).map { ($0.target, $0.name) })
    }
}
