/// Sorts the ABI differences of one machine between two releases into migration reasons:
/// frozen-array changes, pins, family-wide settings, renames, or, within one stable series,
/// drift; and gives each difference its effect (``EntryEffect``).
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
    /// Class fields renamed from the source to the destination (source field → destination
    /// field), found across the machine's family (``FieldRename``).
    public var renames: [String: String]
    /// Where each side's tree reads each class field (empty when the registry lacks it).
    public var fieldUses: [ClassFieldUses]
    /// The two releases' device property models (nil when a registry lacks one): entries on
    /// properties one side does not define, and equal effective values (``PropertyEffects``).
    public var properties: PropertyEffects?
    /// What the older side's machine inherits from its parents' class inits, by field
    /// (``MachineDefinition/inheritedFacts``): a newer release's pin of a class field keeps the
    /// old behaviour only when it is the value the older machine had there.
    public var olderInherited: [String: ClassFact] = [:]
    /// The older and the newer release of the pair.
    let olderVersion: QEMUVersion, newerVersion: QEMUVersion

    /// The classifier for a migration between `from` and `to` (either direction).
    public init(
        from: QEMUVersion, to: QEMUVersion, devices: DeviceSelection? = nil, renames: [String: String] = [:],
        fieldUses: [ClassFieldUses] = [], properties: PropertyEffects? = nil
    ) {
        frozenBefore = min(Self.lastShipped(from), Self.lastShipped(to))
        sameStableSeries = from.isRelease && to.isRelease && from.machineVersion == to.machineVersion
        self.devices = devices
        self.renames = renames
        self.fieldUses = fieldUses
        self.properties = properties
        (olderVersion, newerVersion) = from <= to ? (from, to) : (to, from)
    }

    /// The classifier for the machine `source` (on `from`) and `destination` (on `to`): with the
    /// older side's inherited facts.
    public init(
        from: QEMUVersion, to: QEMUVersion, source: MachineDefinition, destination: MachineDefinition, devices: DeviceSelection? = nil,
        renames: [String: String] = [:], fieldUses: [ClassFieldUses] = [], properties: PropertyEffects? = nil
    ) {
        self.init(from: from, to: to, devices: devices, renames: renames, fieldUses: fieldUses, properties: properties)
        let older = from <= to ? source : destination
        olderInherited = Dictionary((older.inheritedFacts ?? []).map { ($0.field, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The last feature release whose arrays were frozen when `version` was built: its own X.Y
    /// for a release, the release before the one a snapshot or candidate leads to otherwise.
    public static func lastShipped(_ version: QEMUVersion) -> MachineVersion {
        version.isRelease ? version.machineVersion : version.effectiveRelease.previousFeatureRelease.machineVersion
    }

    /// The reasons for `changes` (the differences from the source's ABI to the destination's),
    /// one per (kind, effect): renamed class fields (`renames`, source field → destination
    /// field) are the same setting; each other entry gets its kind from the freezing rule and
    /// its effect from ``effect(of:kind:)``.
    public func reasons(for changes: [ABIChange], olderIsSource: Bool) -> [MigrationReason] {
        guard !changes.isEmpty else { return [] }
        var judged: [(change: ABIChange, kind: MigrationReason.Kind, effect: EntryEffect)] = []
        let renamedPairs = renamed(in: changes)
        for change in changes where !renamedPairs.consumed.contains(change.subject) {
            var kind = sameStableSeries ? .stableDrift : kind(of: change, olderIsSource: olderIsSource)
            var effect = effect(of: change, kind: kind)
            if kind == .pinned, let unfaithful = unfaithfulPin(change, olderIsSource: olderIsSource) {
                kind = .mispinned
                effect = unfaithful
            }
            if let finding = propertyFinding(change, kind: kind) {
                if finding.newProperty { kind = .newProperty }
                effect = finding.effect
            }
            judged.append((change, kind, effect))
        }
        judged += renamedPairs.changes.map { ($0, .rename, .renamed) }
        var reasons: [MigrationReason] = []
        var unreached: [(ABIChange, MigrationReason.Kind, EntryEffect)] = []
        let order: [MigrationReason.Kind] = [.frozenCompat, .mispinned, .stableDrift, .familyWide, .newProperty, .pinned, .rename]
        for kind in order {
            let ofKind = judged.filter { $0.kind == kind }
            let reached = ofKind.filter { reaches($0.change) }
            unreached += ofKind.filter { !reaches($0.change) }.map { ($0.change, $0.kind, $0.effect) }
            for effect in MigrationReason.Effect.allCases.reversed() {
                let group = reached.filter { $0.effect.effect == effect }
                guard !group.isEmpty else { continue }
                let entries = group.map(\.change)
                reasons.append(
                    MigrationReason(
                        kind: kind, message: message(kind, entries, hidden: kind == .pinned || kind == .familyWide ? ofKind.count - reached.count : 0),
                        effect: effect, because: Array(Set(group.map(\.effect.because))).sorted().joined(separator: "; "),
                        evidence: Array(Set(group.flatMap(\.effect.evidence))).sorted(),
                        drivers: Self.drivers(of: entries), entries: entries))
            }
        }
        let reportedUnreached = unreached.filter { $0.1 != .pinned && $0.1 != .familyWide }
        if !reportedUnreached.isEmpty {
            let entries = reportedUnreached.map(\.0)
            let drivers = Self.drivers(of: entries)
            let kinds = Array(Set(reportedUnreached.map(\.1.rawValue))).sorted().joined(separator: ", ")
            reasons.append(
                MigrationReason(
                    kind: .unreached,
                    message: "\(entries.count) \(kinds) \(entries.count == 1 ? "entry" : "entries") would matter only to VMs with a device of (or below) \(drivers.joined(separator: ", ")), none of which this VM has",
                    effect: .none, because: "no device of this VM is, or is below, the driver the entry sets", drivers: drivers, entries: entries))
        }
        return reasons
    }

    /// The effect of one difference of `kind`.
    public func effect(of change: ABIChange, kind: MigrationReason.Kind) -> EntryEffect {
        switch kind {
        case .pinned: return .pinned
        case .rename: return .renamed
        default: break
        }
        switch change.subject {
        case .compat: return .compatValue
        case .classFact(let field): return ClassFieldUses.effect(of: field, in: fieldUses, devicesNamed: devices != nil)
        }
    }

    /// What the property models make of a compat entry of `kind` (not a pin, a rename or
    /// stable drift, which keep their own rules); nil when they cannot decide.
    func propertyFinding(_ change: ABIChange, kind: MigrationReason.Kind) -> (newProperty: Bool, effect: EntryEffect)? {
        guard let properties, Self.propertyKinds.contains(kind), case .compat(let driver, let property) = change.subject else { return nil }
        return properties.judge(driver: driver, property: property, before: change.before?.value, after: change.after?.value)
    }

    /// A pin whose value is not what the older release had: a compat entry's older default
    /// (``PropertyEffects/unfaithfulPin``), or a class field's value the older machine inherits
    /// from its parents' class inits (``inheritedPin(field:pinned:)``).
    func unfaithfulPin(_ change: ABIChange, olderIsSource: Bool) -> EntryEffect? {
        guard let pinned = (olderIsSource ? change.after : change.before)?.value else { return nil }
        switch change.subject {
        case .compat(let driver, let property):
            return properties?.unfaithfulPin(driver: driver, property: property, pinned: pinned, olderIsSource: olderIsSource)
        case .classFact(let field):
            return inheritedPin(field: field, pinned: pinned)
        }
    }

    /// The newer release sets class field `field` to `pinned` for this machine from an options
    /// function of the older release's version or later — which reads as "a default changed
    /// later and is pinned back" — but the older release's machine does not set it in its own
    /// chain and inherits another value from a parent's class init: the machine's value differs
    /// between the releases. Its effect is what the field's reads make of a difference. Nil when
    /// the older machine inherits the same value or nothing (the pin rule stands then).
    func inheritedPin(field: String, pinned: String) -> EntryEffect? {
        guard let inherited = olderInherited[field], inherited.value != pinned else { return nil }
        let uses = ClassFieldUses.effect(of: field, in: fieldUses, devicesNamed: devices != nil)
        let place = inherited.source.location.map { " (\($0))" } ?? ""
        return EntryEffect(
            uses.effect,
            because: "\(newerVersion) pins `\(field)` = \(pinned) for this machine as its old behaviour, but in \(olderVersion) the machine inherits `\(field)` = \(inherited.value) from \(inherited.source.origin)\(place): its value differs between the releases; \(uses.because)",
            evidence: (inherited.source.location.map { [$0.description] } ?? []) + uses.evidence)
    }

    /// The kinds the property models can refine.
    static let propertyKinds: Set<MigrationReason.Kind> = [.frozenCompat, .familyWide, .mispinned]

    /// The pairs of a removed and an added class fact that are one renamed field with the same
    /// value: the changes that stand for them (kind `changed`, both sides kept) and the subjects
    /// they consume.
    private func renamed(in changes: [ABIChange]) -> (changes: [ABIChange], consumed: Set<ABISubject>) {
        guard !renames.isEmpty else { return ([], []) }
        var added: [String: ABIChange] = [:]
        for change in changes where change.kind == .added {
            if case .classFact(let field) = change.subject { added[field] = change }
        }
        var result: [ABIChange] = []
        var consumed: Set<ABISubject> = []
        for change in changes where change.kind == .removed {
            guard case .classFact(let field) = change.subject, let newField = renames[field], let counterpart = added[newField],
                let before = change.before, let after = counterpart.after, before.isSameABI(as: after)
            else { continue }
            result.append(ABIChange(kind: .changed, subject: change.subject, before: before, after: after))
            consumed.formUnion([change.subject, counterpart.subject])
        }
        return (result, consumed)
    }

    /// True when the change reaches the VM's devices (always for any VM and for class facts).
    private func reaches(_ change: ABIChange) -> Bool {
        guard let devices, let driver = change.subject.driver else { return true }
        return devices.reaches(driver: driver)
    }

    /// What a person reads for a reason of `kind` over `entries`.
    private func message(_ kind: MigrationReason.Kind, _ entries: [ABIChange], hidden: Int) -> String {
        let (count, drivers) = (entries.count, Self.drivers(of: entries))
        let more = hidden > 0 ? " (\(hidden) more reach no device of this VM)" : ""
        switch kind {
        case .stableDrift:
            return "the machine type's ABI differs within one stable series (\(count) \(count == 1 ? "entry" : "entries")"
                + Self.driverNote(drivers) + "): stable updates must keep existing machine types unchanged"
        case .frozenCompat:
            let settings: [ABISetting] = entries.flatMap { change in [change.before, change.after].compactMap { $0 } }
            let frozenSettings = settings.filter { side($0).frozen }
            let origins = Set(frozenSettings.map(\.source.origin)).sorted()
            return "\(count) \(count == 1 ? "entry" : "entries") of frozen data \(count == 1 ? "differs" : "differ"): "
                + origins.map(CompatOriginVersion.describe).joined(separator: ", ") + Self.driverNote(drivers)
        case .mispinned:
            return "the newer release pins \(count) \(count == 1 ? "subject" : "subjects") to a value the older release did not have"
                + Self.driverNote(drivers)
        case .pinned:
            return "\(count) \(count == 1 ? "default" : "defaults") changed after \(frozenBefore) and pinned back for this machine by the newer release" + more
        case .familyWide:
            return "\(count) family-wide \(count == 1 ? "setting differs" : "settings differ") (no version in the array or function): \(count == 1 ? "it reaches" : "they reach") every machine of the family alike" + more
        case .newProperty:
            let subjects = entries.map(\.subject.description).sorted()
            let shown = subjects.prefix(4).joined(separator: ", ") + (subjects.count > 4 ? " and \(subjects.count - 4) more" : "")
            return "\(count) \(count == 1 ? "entry sets a property" : "entries set properties") the other release does not define (\(shown))"
        case .rename:
            let names = entries.compactMap { change -> String? in
                guard case .classFact(let old) = change.subject else { return nil }
                return "\(old) → \(renames[old] ?? "?")"
            }
            return "\(count) class \(count == 1 ? "field" : "fields") renamed with the same value (\(names.joined(separator: ", "))): the same setting"
        default:
            return "\(count) \(count == 1 ? "entry" : "entries")"
        }
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

    static func drivers(of changes: [ABIChange]) -> [String] {
        Array(Set(changes.compactMap(\.subject.driver))).sorted()
    }

    static func driverNote(_ drivers: [String]) -> String {
        guard !drivers.isEmpty else { return "" }
        let shown = drivers.prefix(6).joined(separator: ", ") + (drivers.count > 6 ? " and \(drivers.count - 6) more" : "")
        return "; compat entries affect only VMs with a device of (or below) \(shown)"
    }
}
