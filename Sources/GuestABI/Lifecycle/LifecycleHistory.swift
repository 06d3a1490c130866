/// QEMU's lifecycle rules over time: which ``LifecycleRule`` a given QEMU build applies.
///
/// ```
///   ... 9.0.x          9.1.0 ... 10.0.x                     10.1.0 ...
///   no automatic rule  3y deprecate / 6y delete,            3y / 6y, deletion enforced,
///                      deletion only with                   snapshots and rcs judged as
///                      QEMU_DELETE_MACHINES set             the release they lead to
/// ```
/// A build is placed by the release it belongs or leads to (``QEMUVersion/effectiveRelease``):
/// the 10.1.50 development snapshot runs 10.2's rules.
public struct LifecycleHistory: Hashable, Sendable {
    /// A span of releases that share one rule.
    public struct Era: Hashable, Sendable {
        /// The first release of the span.
        public var from: QEMUVersion
        /// The rule the span applies.
        public var rule: LifecycleRule
        /// Where the rule comes from (upstream commits), for reports.
        public var origin: String

        /// Creates an era.
        public init(from: QEMUVersion, rule: LifecycleRule, origin: String) {
            self.from = from
            self.rule = rule
            self.origin = origin
        }
    }

    /// The eras in release order; the first starts at 0.0.0, the last applies to every later
    /// release.
    public var eras: [Era]

    /// Creates a history; `eras` are sorted by their first release.
    public init(eras: [Era]) {
        self.eras = eras.sorted { $0.from < $1.from }
    }

    /// A history with one rule for every release: a tree's own rule, or a rule chosen by the
    /// user.
    public init(single rule: LifecycleRule) {
        self.init(eras: [Era(from: QEMUVersion(0, 0, 0), rule: rule, origin: "fixed rule")])
    }

    /// QEMU's real history.
    public static let qemu = LifecycleHistory(eras: [
        Era(from: QEMUVersion(0, 0, 0), rule: .none, origin: "no automatic rule; per-machine deprecation_reason"),
        Era(
            from: QEMUVersion(9, 1, 0), rule: .gatedDeletion,
            origin: "a35f8577a0, a391eeb129 (3/6 years); c9fd2d9a48 (deletion gated on QEMU_DELETE_MACHINES)"),
        Era(
            from: QEMUVersion(10, 1, 0), rule: .enforcedDeletion,
            origin: "3dfa5a5c71 (deletion enforced); f59ee04406 (snapshots judged as the next release)"),
    ])

    /// The rule that the QEMU build `qemu` applies.
    public func rule(at qemu: QEMUVersion) -> LifecycleRule {
        let release = qemu.effectiveRelease
        return eras.last(where: { $0.from <= release })?.rule ?? .none
    }

    /// The status of `version` in the QEMU build `qemu` run in `environment`.
    public func status(
        of version: MachineVersion, at qemu: QEMUVersion, environment: LifecycleEnvironment = .standard
    ) -> LifecycleStatus {
        if version.base > qemu.effectiveRelease.machineVersion { return .unreleased }
        let rule = rule(at: qemu)
        if rule.isDeleted(version, at: qemu, environment: environment) { return .deleted }
        if rule.isDeprecated(version, at: qemu) { return .deprecated }
        return .supported
    }

    /// The first feature release (`X.Y.0`) that deprecates `version`, under the rule as it stood
    /// in that release; `nil` if no release within the rules' horizon does.
    public func deprecatedIn(_ version: MachineVersion, environment: LifecycleEnvironment = .standard) -> QEMUVersion? {
        firstRelease(after: version) { status(of: version, at: $0, environment: environment) >= .deprecated }
    }

    /// The first feature release that no longer registers `version`, under the rule as it stood
    /// in that release; `nil` if no release within the rules' horizon does.
    public func deletedIn(_ version: MachineVersion, environment: LifecycleEnvironment = .standard) -> QEMUVersion? {
        firstRelease(after: version) { status(of: version, at: $0, environment: environment) == .deleted }
    }

    /// Feature releases from the machine's own up to the horizon, where the last era has had
    /// time to apply its longest age.
    private func firstRelease(after version: MachineVersion, where test: (QEMUVersion) -> Bool) -> QEMUVersion? {
        let longestAge = eras.compactMap { max($0.rule.deprecationAge ?? 0, $0.rule.deletionAge ?? 0) }.max() ?? 0
        let lastEra = eras.last?.from.major ?? 0
        let horizon = max(version.major, lastEra) + longestAge + 1
        var release = version.release
        while release.major <= horizon {
            if test(release) { return release }
            release = release.nextFeatureRelease
        }
        return nil
    }
}
