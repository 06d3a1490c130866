/// Sorts the ABI differences of one machine between two releases into migration reasons:
/// frozen-array changes, pins, family-wide settings, or, within one stable series, drift.
///
/// The rule rests on how QEMU freezes compat arrays: `hw_compat_X_Y` (and every function or
/// array named for X.Y) holds what changed after X.Y; it is created while X.(Y+1) is developed
/// and must never change once X.(Y+1) ships. So between an older release O and a newer one N:
/// - a difference whose array or function is named for a version older than O's last shipped
///   feature release is a change to frozen data: `frozen-compat`, a break;
/// - a subject only N sets, from an array named for O's release or later, is a pin: N keeps a
///   default that changed after O;
/// - a subject both set, where N's pin gives another value than O had, is `mispinned`;
/// - a difference in family-wide settings (no version in the name) is listed, not judged.
public struct ChangeClassifier: Sendable {
    /// The version whose arrays and older are frozen for this pair (exclusive bound).
    public var frozenBefore: MachineVersion
    /// True when both releases are formal releases of one stable series.
    public var sameStableSeries: Bool
    /// The devices of the VM; `nil` means any VM.
    public var devices: DeviceSelection?

    /// The classifier for a migration between `from` and `to` (either direction).
    public init(from: QEMUVersion, to: QEMUVersion, devices: DeviceSelection? = nil) {
        frozenBefore = min(Self.lastShipped(from), Self.lastShipped(to))
        sameStableSeries = from.isRelease && to.isRelease && from.machineVersion == to.machineVersion
        self.devices = devices
    }

    /// The last feature release whose arrays were frozen when `version` was built: its own X.Y
    /// for a release, the release before the one a snapshot or candidate leads to otherwise.
    public static func lastShipped(_ version: QEMUVersion) -> MachineVersion {
        version.isRelease ? version.machineVersion : version.effectiveRelease.previousFeatureRelease.machineVersion
    }

    /// The reasons for `changes` (the differences from the source's ABI to the destination's).
    public func reasons(for changes: [ABIChange], olderIsSource: Bool) -> [MigrationReason] {
        guard !changes.isEmpty else { return [] }
        if sameStableSeries {
            return split(changes, kind: .stableDrift, breaking: true) { entries in
                let (count, drivers) = (entries.count, Self.drivers(of: entries))
                return "the machine type's ABI differs within one stable series (\(count) \(count == 1 ? "entry" : "entries")"
                    + Self.driverNote(drivers) + "): any difference breaks migration between stable updates"
            }
        }
        let buckets = Dictionary(grouping: changes) { kind(of: $0, olderIsSource: olderIsSource) }
        var reasons: [MigrationReason] = []
        if let frozen = buckets[.frozenCompat] {
            reasons += split(frozen, kind: .frozenCompat, breaking: true) { entries in
                let (count, drivers) = (entries.count, Self.drivers(of: entries))
                let frozenSettings = entries.flatMap { [$0.before, $0.after] }.compactMap { $0 }.filter { side($0).frozen }
                let origins = Set(frozenSettings.map(\.source.origin)).sorted()
                return "\(count) \(count == 1 ? "entry" : "entries") of frozen data \(count == 1 ? "differs" : "differ"): "
                    + origins.map(CompatOriginVersion.describe).joined(separator: ", ") + Self.driverNote(drivers)
            }
        }
        if let mispinned = buckets[.mispinned] {
            reasons += split(mispinned, kind: .mispinned, breaking: true) { entries in
                let (count, drivers) = (entries.count, Self.drivers(of: entries))
                return "the newer release pins \(count) \(count == 1 ? "subject" : "subjects") to a value the older release did not have"
                    + Self.driverNote(drivers)
            }
        }
        if let pinned = buckets[.pinned] {
            let (shown, hidden) = relevant(pinned)
            if !shown.isEmpty {
                reasons.append(
                    MigrationReason(
                        kind: .pinned,
                        message: "\(shown.count) \(shown.count == 1 ? "default" : "defaults") changed after \(frozenBefore) and pinned back for this machine by the newer release"
                            + (hidden > 0 ? " (\(hidden) more reach no device of this VM)" : ""),
                        isBreaking: false, drivers: Self.drivers(of: shown), entries: shown))
            }
        }
        if let familyWide = buckets[.familyWide] {
            let (shown, hidden) = relevant(familyWide)
            if !shown.isEmpty {
                reasons.append(
                    MigrationReason(
                        kind: .familyWide,
                        message: "\(shown.count) family-wide \(shown.count == 1 ? "setting differs" : "settings differ") (no version in the array or function): they reach every machine of the family alike and are not judged"
                            + (hidden > 0 ? " (\(hidden) more reach no device of this VM)" : ""),
                        isBreaking: false, drivers: Self.drivers(of: shown), entries: shown))
            }
        }
        return reasons
    }

    /// The reason kind of `change` (outside a stable series).
    func kind(of change: ABIChange, olderIsSource: Bool) -> MigrationReason.Kind {
        kind(before: side(change.before), after: side(change.after), olderIsSource: olderIsSource)
    }

    /// One side of a difference: whether it sets the subject, whether its origin is named for
    /// a version, and whether that version is frozen for this pair.
    struct Side {
        var present: Bool
        var versioned: Bool
        var frozen: Bool

        static let absent = Side(present: false, versioned: false, frozen: false)
    }

    /// The side a setting gives.
    func side(_ setting: ABISetting?) -> Side {
        guard let setting else { return .absent }
        let version = CompatOriginVersion.version(of: setting.source.origin)
        return Side(present: true, versioned: version != nil, frozen: version.map { $0 < frozenBefore } ?? false)
    }

    /// The reason kind of one difference (outside a stable series): `frozenCompat`, `pinned`,
    /// `mispinned` or `familyWide`. The one rule ``MigrationCheck``, ``CompatibilityMatrix`` and
    /// the linter apply.
    func kind(before: Side, after: Side, olderIsSource: Bool) -> MigrationReason.Kind {
        if before.frozen || after.frozen { return .frozenCompat }
        let (newer, older) = olderIsSource ? (after, before) : (before, after)
        if newer.present && newer.versioned { return older.present ? .mispinned : .pinned }
        // Only the older side has a versioned setting, which the newer one lost.
        if older.present && older.versioned { return .frozenCompat }
        return .familyWide
    }

    /// The entries that reach the VM's devices (all of them for any VM; class facts always),
    /// and how many do not.
    private func relevant(_ changes: [ABIChange]) -> ([ABIChange], Int) {
        guard let devices else { return (changes, 0) }
        let shown = changes.filter { $0.subject.driver.map(devices.reaches(driver:)) ?? true }
        return (shown, changes.count - shown.count)
    }

    /// One breaking reason for the reached entries and, with `--device`, one `unreached`
    /// reason for the others.
    private func split(
        _ changes: [ABIChange], kind: MigrationReason.Kind, breaking: Bool,
        message: ([ABIChange]) -> String
    ) -> [MigrationReason] {
        guard let devices else {
            return [MigrationReason(kind: kind, message: message(changes), isBreaking: breaking, drivers: Self.drivers(of: changes), entries: changes)]
        }
        let reached = changes.filter { $0.subject.driver.map(devices.reaches(driver:)) ?? true }
        let unreached = changes.filter { !($0.subject.driver.map(devices.reaches(driver:)) ?? true) }
        var reasons: [MigrationReason] = []
        if !reached.isEmpty {
            reasons.append(MigrationReason(kind: kind, message: message(reached), isBreaking: breaking, drivers: Self.drivers(of: reached), entries: reached))
        }
        if !unreached.isEmpty {
            let drivers = Self.drivers(of: unreached)
            reasons.append(
                MigrationReason(
                    kind: .unreached,
                    message: "\(unreached.count) \(kind.rawValue) \(unreached.count == 1 ? "entry" : "entries") would break VMs with a device of (or below) \(drivers.joined(separator: ", ")), none of which this VM has",
                    isBreaking: false, drivers: drivers, entries: unreached))
        }
        return reasons
    }

    static func drivers(of changes: [ABIChange]) -> [String] {
        Array(Set(changes.compactMap(\.subject.driver))).sorted()
    }

    static func driverNote(_ drivers: [String]) -> String {
        guard !drivers.isEmpty else { return "" }
        let shown = drivers.prefix(6).joined(separator: ", ") + (drivers.count > 6 ? " and \(drivers.count - 6) more" : "")
        return "; compat entries affect only VMs with a device of (or below) \(shown)"
    }
}
