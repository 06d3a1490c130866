/// The plan for one fix: which bugfix machine types to add, where each must be defined, the
/// migration holes, the releases that deprecate and delete them, and the policy verdicts. It
/// is what `bugfix plan --format json` prints and what `bugfix generate` reads.
public struct BugfixPlan: Hashable, Sendable, Codable {
    /// One bugfix machine type.
    public struct Machine: Hashable, Sendable, Codable {
        /// `pc-q35-10.0.14`.
        public var name: String
        public var family: MachineFamily
        public var target: Target
        /// The stable branch it is made for (`10.0`).
        public var branch: String
        /// Its version (`10.0.14`).
        public var version: MachineVersion
        /// The machine it is a fixed variant of (`pc-q35-10.0`).
        public var base: String
        /// The next machine of the family (`pc-q35-10.1`): it sorts between the two.
        public var before: String
        /// Branch names (`10.0`, `10.1`…) and `master` that must define it with identical ABI.
        public var definedIn: [String]
        /// The release whose registry gave the base machine's ABI.
        public var abiFrom: QEMUVersion
        /// The effective compat values (`driver.property` → value) once the fix applies.
        public var abi: [String: String]
        /// The effective class facts (field → value) once the fix applies.
        public var classFacts: [String: String]
        /// When QEMU's lifecycle rule deprecates and deletes it (with its X.Y).
        public var deprecatedIn: QEMUVersion?
        public var deletedIn: QEMUVersion?
    }

    /// Releases newer than a bugfix machine's first release that lack it.
    public struct Hole: Hashable, Sendable, Codable {
        /// The bugfix version (`10.0.14`), for every family alike.
        public var version: MachineVersion
        /// The branch whose releases lack it.
        public var branch: String
        /// The first and last release of that branch lacking it (`10.1.0` … `10.1.4`); `last`
        /// is nil when the branch never gets it.
        public var first: QEMUVersion
        public var last: QEMUVersion?
        public var message: String
    }

    /// One policy rule's verdict.
    public struct PolicyVerdict: Hashable, Sendable, Codable {
        /// `ok`, `warn` or `refuse`.
        public enum Verdict: String, Hashable, Sendable, Codable, Comparable {
            case ok, warn, refuse

            private var rank: Int { self == .ok ? 0 : self == .warn ? 1 : 2 }
            public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
        }

        /// The rule (`micro-version`, `regression`, `abi-change`, `rate`, …).
        public var rule: String
        public var verdict: Verdict
        public var message: String
    }

    /// The fix.
    public var fix: BugfixFix
    /// The master release the fix lands in.
    public var master: QEMUVersion
    /// The stable branches, oldest first, each with the stable release its bugfix machine
    /// ships in (`10.0` → `10.0.14`).
    public var branches: [String: QEMUVersion]
    /// The machines, by branch then family.
    public var machines: [Machine]
    /// Migration holes.
    public var holes: [Hole]
    /// The order to publish the stable releases so that no new hole opens.
    public var releaseOrder: [String]
    /// Policy verdicts.
    public var policy: [PolicyVerdict]

    /// The worst policy verdict.
    public var verdict: PolicyVerdict.Verdict { policy.map(\.verdict).max() ?? .ok }

    private enum CodingKeys: String, CodingKey {
        case fix, master, branches, machines, holes, releaseOrder, policy, verdict
    }

    /// Decodes a plan (`verdict` is derived, and ignored when present).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fix = try container.decode(BugfixFix.self, forKey: .fix)
        master = try container.decode(QEMUVersion.self, forKey: .master)
        branches = try container.decode([String: QEMUVersion].self, forKey: .branches)
        machines = try container.decode([Machine].self, forKey: .machines)
        holes = try container.decode([Hole].self, forKey: .holes)
        releaseOrder = try container.decode([String].self, forKey: .releaseOrder)
        policy = try container.decode([PolicyVerdict].self, forKey: .policy)
    }

    /// Encodes the plan with its overall `verdict`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fix, forKey: .fix)
        try container.encode(master, forKey: .master)
        try container.encode(branches, forKey: .branches)
        try container.encode(machines, forKey: .machines)
        try container.encode(holes, forKey: .holes)
        try container.encode(releaseOrder, forKey: .releaseOrder)
        try container.encode(policy, forKey: .policy)
        try container.encode(verdict, forKey: .verdict)
    }

    /// Creates a plan.
    public init(
        fix: BugfixFix, master: QEMUVersion, branches: [String: QEMUVersion], machines: [Machine], holes: [Hole],
        releaseOrder: [String], policy: [PolicyVerdict]
    ) {
        self.fix = fix
        self.master = master
        self.branches = branches
        self.machines = machines
        self.holes = holes
        self.releaseOrder = releaseOrder
        self.policy = policy
    }

    /// The machines a branch (`10.1`) or `master` must define.
    public func machines(definedIn branch: String) -> [Machine] {
        machines.filter { $0.definedIn.contains(branch) }
    }
}
