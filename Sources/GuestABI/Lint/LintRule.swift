/// One rule of the bugfix-machine policy that `guestabi lint` checks.
public struct LintRule: Hashable, Sendable, Codable, CaseIterable {
    /// How serious a finding is (SARIF's levels).
    public enum Level: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable id (`GA001`).
    public var id: String
    /// Short name (`frozen-change`).
    public var name: String
    /// Default level.
    public var level: Level
    /// One sentence.
    public var summary: String
    /// What to do.
    public var help: String

    public static let frozenChange = LintRule(
        id: "GA001", name: "frozen-change", level: .error,
        summary: "A compat array or class fact frozen by an earlier release changed.",
        help: "Put the entry in the array of the version under development (or a new bugfix machine); never edit a frozen one.")
    public static let stableABIChange = LintRule(
        id: "GA002", name: "stable-abi-change", level: .error,
        summary: "An existing machine type's ABI changed within a stable series.",
        help: "Revert the change for existing machine types; a guest-ABI fix on a stable branch needs a bugfix machine type (guestabi bugfix plan).")
    public static let removedInLifetime = LintRule(
        id: "GA003", name: "removed-in-lifetime", level: .error,
        summary: "A machine type was removed while still inside its lifetime.",
        help: "Keep it until the lifecycle rule deletes it (6 years after its release).")
    public static let taggedVersion = LintRule(
        id: "GA004", name: "tagged-version", level: .warning,
        summary: "A machine type uses a legacy string tag instead of a micro version.",
        help: "New bugfix machine types use X.Y.N; tagged ones (pseries-2.12-sxxm) are legacy.")
    public static let missingBugfixMachine = LintRule(
        id: "GA005", name: "missing-bugfix-machine", level: .error,
        summary: "A branch lacks a bugfix machine type that an older branch defines.",
        help: "Every newer stable branch and master must define each bugfix machine with the same ABI (guestabi bugfix generate --branch).")
    public static let bugfixABIMismatch = LintRule(
        id: "GA006", name: "bugfix-abi-mismatch", level: .error,
        summary: "A bugfix machine type's ABI differs between branches.",
        help: "Make the definitions identical: generate them from one plan.")
    public static let pastDeletion = LintRule(
        id: "GA007", name: "past-deletion", level: .note,
        summary: "A machine type past its deletion is still defined.",
        help: "Remove its code and compat arrays no other machine uses.")
    public static let bugfixRate = LintRule(
        id: "GA008", name: "bugfix-rate", level: .warning,
        summary: "More than one bugfix machine type in a stable stream or in a year.",
        help: "Bugfix machine types are rare (0-1 a year); a regression caused by a backport is fixed, never given a new machine type.")
    public static let prefixNameCheck = LintRule(
        id: "GA009", name: "prefix-name-check", level: .warning,
        summary: "The migration destination compares only a prefix of the machine type name, and a registered name extends another.",
        help: "Make configuration_post_load compare the whole name (guestabi bugfix generate --with-name-check-fix). Until every destination has that, management must never start a destination with the longer name for a VM on the shorter one: QEMU accepts it and the guest's ABI silently changes.")

    public static let stableStateChange = LintRule(
        id: "GA010", name: "stable-state-change", level: .error,
        summary: "Migrated state (a VMState section, subsection or the CPU's register list) changed within a stable series.",
        help: "A stable update must migrate both ways with its series: keep the wire layout (VMSTATE_UNUSED for removed fields, a subsection with a .needed for new state) and the register list.")

    public static let branchABIMismatch = LintRule(
        id: "GA011", name: "branch-abi-mismatch", level: .error,
        summary: "An existing machine type has another effective value of a device property than in another branch.",
        help: "A newer branch pins the machine's old behaviour; a backport that adds the property must give it that value as its default on the older branch (or pin it for every existing machine type there), so the machine type means the same in every branch.")

    public static let allCases: [LintRule] = [
        frozenChange, stableABIChange, removedInLifetime, taggedVersion, missingBugfixMachine, bugfixABIMismatch, pastDeletion,
        bugfixRate, prefixNameCheck, stableStateChange, branchABIMismatch,
    ]
}

/// One finding of `guestabi lint`.
public struct LintFinding: Hashable, Sendable, Codable {
    /// Whether the base already had it.
    public enum Baseline: String, Hashable, Sendable, Codable {
        /// Introduced by the linted tree: it fails the gate.
        case new
        /// Inherited from the base: informational.
        case existing
        /// No base was given.
        case none
    }

    /// The rule's id.
    public var ruleID: String
    public var level: LintRule.Level
    public var message: String
    /// Where in the linted tree, when known.
    public var location: SourceLocation?
    /// The identity used to match findings with the base (no line numbers).
    public var fingerprint: String
    public var baseline: Baseline

    /// Creates a finding.
    public init(rule: LintRule, message: String, location: SourceLocation?, key: String, baseline: Baseline = .none) {
        ruleID = rule.id
        level = rule.level
        self.message = message
        self.location = location
        fingerprint = "\(rule.id)/\(key)"
        self.baseline = baseline
    }

    /// True when the finding fails the gate: new (or no base) and a warning or error.
    public var failsGate: Bool { baseline != .existing && level >= .warning }
}
