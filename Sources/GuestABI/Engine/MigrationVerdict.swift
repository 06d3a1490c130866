/// The answer to *can a VM with machine M migrate from release A to release B?*, with the
/// reasons and the scope the answer covers.
public struct MigrationVerdict: Hashable, Sendable {
    /// The three answers.
    public enum Verdict: String, Hashable, Sendable, Codable, Comparable {
        /// The machine type's guest ABI matches (pins and family-wide settings aside).
        case compatible
        /// The static evidence cannot decide; the reasons say what is missing.
        case unknown
        /// The migration breaks, or cannot start.
        case incompatible

        private var rank: Int {
            switch self {
            case .compatible: 0
            case .unknown: 1
            case .incompatible: 2
            }
        }

        public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
    }

    /// What a verdict from source registries covers, and what it does not.
    public static let sourceScope =
        "machine-type ABI (compat properties and class facts); CPU state and device migration state not compared"

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
    /// What the answer covers.
    public var scope: String
    /// The devices the answer was evaluated for; empty means any VM (worst case).
    public var devices: [String]
    /// The findings, breaking ones first.
    public var reasons: [MigrationReason]

    /// Creates a verdict.
    public init(
        from: QEMUVersion, to: QEMUVersion, target: Target, machine: String, verdict: Verdict,
        scope: String = MigrationVerdict.sourceScope, devices: [String] = [], reasons: [MigrationReason]
    ) {
        self.from = from
        self.to = to
        fromLabel = from.description
        toLabel = to.description
        self.target = target
        self.machine = machine
        self.verdict = verdict
        self.scope = scope
        self.devices = devices
        self.reasons = reasons
    }

    /// The one-line summary a person reads first: `compatible: machine-type ABI identical; …`.
    public var headline: String {
        switch verdict {
        case .compatible:
            let listed = reasons.contains { $0.kind == .pinned || $0.kind == .familyWide }
            return "compatible: machine-type ABI "
                + (listed ? "matches (pinned and family-wide settings listed)" : "identical")
                + (scope == Self.sourceScope ? "; CPU and device state not compared" : "; the CPU's migration state matches")
        case .incompatible:
            return "incompatible"
        case .unknown:
            return "unknown: the static evidence cannot decide"
        }
    }
}
