public import GuestABI

/// What `guestabi bugfix verify` found: the binaries it was given, and one line per check of
/// what the plan promised, each with the evidence the binaries gave.
public struct BugfixVerification: Hashable, Sendable, Codable {
    /// One binary and the branch it was built from.
    public struct Binary: Hashable, Sendable, Codable {
        /// The plan's branch (`10.0`, `master`).
        public var branch: String
        /// The path given.
        public var path: String
        /// The version its QMP greeting reports.
        public var qemuVersion: QEMUVersion
        /// True for an unpatched binary (`--baseline`).
        public var baseline: Bool

        /// Describes a binary.
        public init(branch: String, path: String, qemuVersion: QEMUVersion, baseline: Bool) {
            self.branch = branch
            self.path = path
            self.qemuVersion = qemuVersion
            self.baseline = baseline
        }

        /// `10.0 (QEMU 10.0.13)`, `10.0 baseline (QEMU 10.0.13)`.
        public var label: String { "\(branch)\(baseline ? " baseline" : "") (QEMU \(qemuVersion))" }
    }

    /// What a check concerns.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A planned machine is registered by the binaries of the branches `definedIn` names,
        /// and by no other.
        case registered
        /// The machines of an unpatched binary are in the patched one, unchanged.
        case baseUnchanged = "base-unchanged"
        /// A bugfix machine's effective ABI is the same in every binary, with the fix's new
        /// value; its base keeps the old one.
        case sameABI = "same-abi"
        /// A paused VM with the fix's devices on a bugfix machine migrates between two branches.
        case migrates
        /// A destination started with the base machine refuses a VM on the bugfix machine.
        case baseRefuses = "base-refuses"
        /// A destination started with the bugfix machine, given a VM on the base machine: what
        /// really happens (a destination that compares a name prefix accepts it).
        case namePrefix = "name-prefix"
    }

    /// How a check came out.
    public enum Status: String, Hashable, Sendable, Codable, Comparable {
        /// It holds.
        case pass
        /// It holds, but what it shows is a hazard the maintainer must know (the prefix case).
        case warn
        /// Nothing to check it with (no binary for the branch, the machine not registered).
        case skipped
        /// It does not hold.
        case fail

        private var rank: Int {
            switch self {
            case .pass: 0
            case .skipped: 1
            case .warn: 2
            case .fail: 3
            }
        }

        public static func < (lhs: Status, rhs: Status) -> Bool { lhs.rank < rhs.rank }
    }

    /// One check.
    public struct Check: Hashable, Sendable, Codable {
        public var kind: Kind
        public var status: Status
        /// What it is about: `pc-q35-10.0.14`, `pc-q35-10.0.14 10.0 → 10.2`.
        public var subject: String
        /// What the binaries showed, one fact a line.
        public var evidence: [String]

        /// Creates a check.
        public init(kind: Kind, status: Status, subject: String, evidence: [String]) {
            self.kind = kind
            self.status = status
            self.subject = subject
            self.evidence = evidence
        }
    }

    /// The plan's fix title.
    public var fix: String
    /// The binaries, patched ones first, in the order given.
    public var binaries: [Binary]
    /// The checks, in the order run.
    public var checks: [Check]

    /// Creates a verification.
    public init(fix: String, binaries: [Binary], checks: [Check]) {
        self.fix = fix
        self.binaries = binaries
        self.checks = checks
    }

    /// True when no check fails (warnings and skipped checks do not fail it).
    public var holds: Bool { !checks.contains { $0.status == .fail } }

    /// How many checks came out each way.
    public func count(_ status: Status) -> Int { checks.count { $0.status == status } }

    private enum CodingKeys: String, CodingKey { case fix, binaries, checks, holds }

    /// Decodes a verification (`holds` is derived, and ignored).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fix = try container.decode(String.self, forKey: .fix)
        binaries = try container.decode([Binary].self, forKey: .binaries)
        checks = try container.decode([Check].self, forKey: .checks)
    }

    /// Encodes the verification with its overall `holds`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fix, forKey: .fix)
        try container.encode(binaries, forKey: .binaries)
        try container.encode(checks, forKey: .checks)
        try container.encode(holds, forKey: .holds)
    }
}
