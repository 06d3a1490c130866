/// One generation of QEMU's lifecycle rule for versioned machine types, as a value.
///
/// From 9.1 on, `include/hw/boards.h` deprecates a versioned machine once it is
/// ``deprecationAge`` years old and stops registering it once it is ``deletionAge`` years old
/// (`MACHINE_VER_DEPRECATION_MAJOR 3`, `MACHINE_VER_DELETION_MAJOR 6`). Age compares
/// `major.minor` only: micro and tag are ignored, so `pc-q35-4.0.1` expires with `4.0`.
/// A machine `M.m` has expired at cutoff `c` in QEMU `B.b` when `B - M > c`, or `B - M == c`
/// and `b >= m`.
public struct LifecycleRule: Hashable, Sendable, Codable {
    /// What must hold for the deletion step to take effect.
    public enum DeletionGate: Hashable, Sendable, Codable, CustomStringConvertible {
        /// Expired machines are never registered.
        case enforced
        /// Expired machines are dropped only when this environment variable is set
        /// (`QEMU_DELETE_MACHINES` in 9.1 – 10.0).
        case environmentVariable(String)

        public var description: String {
            switch self {
            case .enforced: "enforced"
            case .environmentVariable(let name): "only with \(name) set"
            }
        }
    }

    /// Years (major releases) after which a machine is deprecated; `nil` when the rule has no
    /// automatic deprecation (QEMU before 9.1 deprecated machines one by one).
    public var deprecationAge: Int?
    /// Years after which a machine is no longer registered; `nil` for no automatic deletion.
    public var deletionAge: Int?
    /// What the deletion step needs to apply.
    public var deletionGate: DeletionGate
    /// True when development snapshots and release candidates are judged as the release they
    /// lead to (QEMU from 10.1); false when they are judged by their own `major.minor`.
    public var judgesPreReleasesAsNextRelease: Bool

    /// Creates a rule.
    public init(
        deprecationAge: Int?, deletionAge: Int?, deletionGate: DeletionGate = .enforced,
        judgesPreReleasesAsNextRelease: Bool = true
    ) {
        self.deprecationAge = deprecationAge
        self.deletionAge = deletionAge
        self.deletionGate = deletionGate
        self.judgesPreReleasesAsNextRelease = judgesPreReleasesAsNextRelease
    }

    /// No automatic rule: QEMU before 9.1.
    public static let none = LifecycleRule(deprecationAge: nil, deletionAge: nil, judgesPreReleasesAsNextRelease: false)

    /// QEMU 9.1 – 10.0: 3 / 6 years, deletion only with `QEMU_DELETE_MACHINES` set,
    /// snapshots judged by their own numbers.
    public static let gatedDeletion = LifecycleRule(
        deprecationAge: 3, deletionAge: 6, deletionGate: .environmentVariable("QEMU_DELETE_MACHINES"),
        judgesPreReleasesAsNextRelease: false)

    /// QEMU 10.1 and later: 3 / 6 years, deletion enforced, snapshots and release candidates
    /// judged as the release they lead to.
    public static let enforcedDeletion = LifecycleRule(deprecationAge: 3, deletionAge: 6)

    /// True when the rule deprecates `version` in the QEMU build `qemu`.
    public func isDeprecated(_ version: MachineVersion, at qemu: QEMUVersion) -> Bool {
        deprecationAge.map { isExpired(version, cutoff: $0, at: qemu) } ?? false
    }

    /// True when the rule's age test for deletion passes, whatever the gate says.
    public func isPastDeletionAge(_ version: MachineVersion, at qemu: QEMUVersion) -> Bool {
        deletionAge.map { isExpired(version, cutoff: $0, at: qemu) } ?? false
    }

    /// True when `version` is not registered by the QEMU build `qemu` run in `environment`.
    public func isDeleted(_ version: MachineVersion, at qemu: QEMUVersion, environment: LifecycleEnvironment) -> Bool {
        guard isPastDeletionAge(version, at: qemu) else { return false }
        switch deletionGate {
        case .enforced: return true
        case .environmentVariable(let name): return environment.setVariables.contains(name)
        }
    }

    /// The `major.minor` the rule measures age from in `qemu`.
    public func judgedRelease(of qemu: QEMUVersion) -> QEMUVersion {
        judgesPreReleasesAsNextRelease ? qemu.effectiveRelease : QEMUVersion(qemu.major, qemu.minor, 0)
    }

    private func isExpired(_ version: MachineVersion, cutoff: Int, at qemu: QEMUVersion) -> Bool {
        let base = judgedRelease(of: qemu)
        let age = base.major - version.major
        return age > cutoff || (age == cutoff && base.minor >= version.minor)
    }
}

/// The process environment a QEMU binary runs in, as far as the lifecycle rule reads it.
public struct LifecycleEnvironment: Hashable, Sendable {
    /// Names of the environment variables that are set.
    public var setVariables: Set<String>

    /// Creates an environment with these variables set.
    public init(setVariables: Set<String> = []) {
        self.setVariables = setVariables
    }

    /// No variable set: how QEMU normally runs.
    public static let standard = LifecycleEnvironment()
    /// `QEMU_DELETE_MACHINES` set, which turned on deletion in 9.1 – 10.0.
    public static let deleteMachines = LifecycleEnvironment(setVariables: ["QEMU_DELETE_MACHINES"])
}
