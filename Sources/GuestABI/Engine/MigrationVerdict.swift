/// The answer to *can a VM with machine M migrate from release A to release B?*, with the
/// reasons and the scope the answer covers.
public struct MigrationVerdict: Hashable, Sendable {
    /// The four answers, from the effects of the reasons (``verdict(for:)``).
    public enum Verdict: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
        /// No reason has an effect: the machine type's guest ABI is the same (pins aside).
        case compatible
        /// The migration completes, but the guest sees different hardware or firmware; the
        /// reasons list what.
        case abiChanged = "abi-changed"
        /// Some reason cannot be decided at this tier; the reasons say what is missing.
        case unknown
        /// The destination refuses the stream, or cannot start.
        case incompatible

        private var rank: Int {
            switch self {
            case .compatible: 0
            case .abiChanged: 1
            case .unknown: 2
            case .incompatible: 3
            }
        }

        public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
    }

    /// The one rule from effects to a verdict: any `breaks-migration` → `incompatible`, else
    /// any `unknown` → `unknown`, else any `guest-visible` → `abi-changed`, else `compatible`.
    public static func verdict(for effects: some Sequence<MigrationReason.Effect>) -> Verdict {
        switch effects.max() ?? .none {
        case .breaksMigration: .incompatible
        case .unknown: .unknown
        case .guestVisible: .abiChanged
        case .none: .compatible
        }
    }

    /// The tier a verdict from registries (embedded, files or trees) is made at.
    public static let sourceTier = "sources"

    /// What a verdict from source registries covers, and what it does not.
    public static let sourceScope =
        "machine-type ABI (compat properties and class facts) read from sources; not seen: CPU state and device migration state (a difference there can still refuse the stream)"

    /// The source release.
    public var from: QEMUVersion
    /// The destination release.
    public var to: QEMUVersion
    /// How to name each side for a reader: the version, and the origin too when both sides
    /// have the same version (a patched copy against its original).
    public var fromLabel: String
    public var toLabel: String
    /// The target.
    public var target: Target
    /// The machine as asked (`q35` or `pc-q35-10.0`).
    public var machine: String
    /// The answer.
    public var verdict: Verdict
    /// The tier the answer was made at (`sources`; a probe of binaries is another tier).
    public var tier: String
    /// What the answer covers, and what it cannot see.
    public var scope: String
    /// The devices the answer was evaluated for; empty means any VM (worst case).
    public var devices: [String]
    /// The findings, breaking ones first.
    public var reasons: [MigrationReason]

    /// Creates a verdict.
    public init(
        from: QEMUVersion, to: QEMUVersion, target: Target, machine: String, verdict: Verdict,
        tier: String = MigrationVerdict.sourceTier, scope: String = MigrationVerdict.sourceScope, devices: [String] = [], reasons: [MigrationReason]
    ) {
        self.from = from
        self.to = to
        fromLabel = from.description
        toLabel = to.description
        self.target = target
        self.machine = machine
        self.verdict = verdict
        self.tier = tier
        self.scope = scope
        self.devices = devices
        self.reasons = reasons
    }

    /// The one-line summary a person reads first: `abi-changed: the migration completes; …`.
    public var headline: String {
        switch verdict {
        case .compatible:
            let listed = reasons.contains { $0.kind == .pinned || $0.kind == .rename || $0.kind == .familyWide }
            return "compatible: machine-type ABI "
                + (listed ? "the same (pins and renames listed)" : "identical")
                + (scope == Self.sourceScope ? "; migration state not compared" : "; the migration state read from sources (CPU; devices when a release is a tree) matches")
        case .abiChanged:
            return "abi-changed: the migration completes as far as this tier sees; the guest sees the changes listed"
        case .incompatible:
            return "incompatible: the destination refuses the stream"
        case .unknown:
            return "unknown: this tier cannot decide (reasons say why)"
        }
    }
}
