/// Judges the cells of one (source, destination) pair with the rules of ``ChangeClassifier``
/// (kinds, renames, effects), on interned ABIs.
struct CellJudge {
    let classifier: ChangeClassifier
    /// Each origin's version as a rank among all origin versions (-1: no version).
    let originRanks: [Int32]
    /// Ranks below this are frozen for the pair.
    let frozenRank: Int32
    let bothComplete: Bool
    let olderIsSource: Bool
    /// The effect of each class-fact subject differing (not pinned, not renamed), by subject
    /// id; every compat subject's is `unknown` (``EntryEffect/compatValue``).
    let classFactEffects: [Int32: MigrationReason.Effect]
    /// The VM's devices (nil: any VM) and the subjects, to tell which ones reach them.
    let devices: DeviceSelection?
    let subjects: [ABISubject]
    /// Renamed class fields per family (source subject → destination subject).
    let renames: [MachineFamily: [Int32: Int32]]
    /// Each value's text, by value id (for effective values).
    let values: [String]
    /// The compat subjects one side's property model does not define (``PropertyEffects``).
    let newPropertySubjects: Set<Int32>
    /// Answers of ``isUnfaithfulPin(_:value:)`` and ``effectiveValuesEqual`` so far (this judge's pair only).
    private let pinCache = PinCache()

    init(
        from: ReleaseRegistry, to: ReleaseRegistry, properties: PropertyEffects?, newPropertySubjects: Set<Int32>, ranks: OriginRanks, subjects: [ABISubject], values: [String],
        classFacts: [Int32: String], devices: DeviceSelection?, renames: [MachineFamily: [Int32: Int32]]
    ) {
        let classifier = ChangeClassifier(
            from: from.qemuVersion, to: to.qemuVersion, devices: devices, fieldUses: [from.classFieldUses, to.classFieldUses],
            properties: properties)
        self.classifier = classifier
        originRanks = ranks.ranks
        frozenRank = ranks.rank(below: classifier.frozenBefore)
        bothComplete = from.complete && to.complete
        olderIsSource = from.qemuVersion <= to.qemuVersion
        classFactEffects = classFacts.mapValues { field in
            ClassFieldUses.effect(of: field, in: classifier.fieldUses, devicesNamed: devices != nil).effect
        }
        self.devices = devices
        self.subjects = subjects
        self.renames = renames
        self.values = values
        self.newPropertySubjects = newPropertySubjects
    }

    /// ``PropertyEffects/effectiveValuesEqual(driver:property:before:after:)`` for `subject` with
    /// the value ids of both sides, asked once per combination.
    private func effectiveValuesEqual(
        _ subject: Int32, driver: String, property: String, values valueIDs: (Int32?, Int32?), properties: PropertyEffects
    ) -> Bool {
        let key = PinCache.Key(question: .effectiveValuesEqual, subject: subject, before: valueIDs.0, after: valueIDs.1)
        if let known = pinCache.answers[key] { return known }
        let answer =
            properties.effectiveValuesEqual(
                driver: driver, property: property, before: valueIDs.0.map { values[Int($0)] }, after: valueIDs.1.map { values[Int($0)] }) != nil
        pinCache.answers[key] = answer
        return answer
    }

    /// Whether the pin of `subject` to `value` is not the older release's default
    /// (``PropertyEffects/unfaithfulPin``), asked once per subject and value.
    private func isUnfaithfulPin(_ subject: Int32, value: Int32) -> Bool {
        let key = PinCache.Key(question: .unfaithfulPin, subject: subject, before: value, after: nil)
        if let known = pinCache.answers[key] { return known }
        var answer = false
        if let properties = classifier.properties, case .compat(let driver, let property) = subjects[Int(subject)] {
            answer = properties.unfaithfulPin(driver: driver, property: property, pinned: values[Int(value)], olderIsSource: olderIsSource) != nil
        }
        pinCache.answers[key] = answer
        return answer
    }

    func judge(_ source: InternedABI, _ destination: InternedABI?, family: MachineFamily) -> MatrixCell {
        var cell = MatrixCell(source: 0, destination: 0, machine: 0, verdict: .compatible, kinds: 0, breakingEntries: 0, listedEntries: 0)
        guard let destination else {
            cell.kinds = MatrixCell.bit(.missing)
            cell.note(.breaksMigration)
            if !bothComplete { cell.kinds |= MatrixCell.bit(.incomplete) }
            cell.verdict = .incompatible
            return cell
        }
        if source.fingerprint != destination.fingerprint || source.subjects != destination.subjects || source.values != destination.values {
            compare(source, destination, renames: renames[family] ?? [:], into: &cell)
        }
        if classifier.sameStableSeries, source.inherited != destination.inherited {
            // What the machines inherit from parents' class inits, for fields neither chain sets
            // (``MachineABI/inheritedChanges(from:to:)``): stable drift like any other difference.
            let own = Set(source.subjects).union(destination.subjects)
            for subject in Set(source.inherited.keys).union(destination.inherited.keys).sorted()
            where !own.contains(subject) && source.inherited[subject] != destination.inherited[subject] {
                classify(
                    subject, before: nil, after: nil, values: (source.inherited[subject], destination.inherited[subject]), inherited: [:],
                    into: &cell)
            }
        }
        if !bothComplete {
            cell.kinds |= MatrixCell.bit(.incomplete)
            cell.note(.unknown)
        }
        cell.verdict = MigrationVerdict.verdict(for: cell.effectSet)
        return cell
    }

    /// Merges the two sorted subject arrays and classifies every difference; a class field
    /// removed on one side and renamed on the other with the same value is a rename.
    private func compare(_ a: InternedABI, _ b: InternedABI, renames: [Int32: Int32], into cell: inout MatrixCell) {
        let inherited = olderIsSource ? a.inherited : b.inherited
        var i = 0
        var j = 0
        var renamedTargets: Set<Int32> = []
        if !renames.isEmpty {
            for (index, subject) in a.subjects.enumerated() {
                guard let new = renames[subject], let position = b.subjects.firstIndex(of: new), b.values[position] == a.values[index],
                    !b.subjects.contains(subject), !a.subjects.contains(new)
                else { continue }
                renamedTargets.formUnion([subject, new])
                cell.kinds |= MatrixCell.bit(.rename)
                cell.listedEntries &+= 1
            }
        }
        while i < a.subjects.count || j < b.subjects.count {
            if j == b.subjects.count || (i < a.subjects.count && a.subjects[i] < b.subjects[j]) {
                if !renamedTargets.contains(a.subjects[i]) {
                    classify(a.subjects[i], before: a.origins[i], after: nil, values: (a.values[i], nil), inherited: inherited, into: &cell)
                }
                i += 1
            } else if i == a.subjects.count || b.subjects[j] < a.subjects[i] {
                if !renamedTargets.contains(b.subjects[j]) {
                    classify(b.subjects[j], before: nil, after: b.origins[j], values: (nil, b.values[j]), inherited: inherited, into: &cell)
                }
                j += 1
            } else {
                if a.values[i] != b.values[j] {
                    classify(a.subjects[i], before: a.origins[i], after: b.origins[j], values: (a.values[i], b.values[j]), inherited: inherited, into: &cell)
                }
                i += 1
                j += 1
            }
        }
    }

    /// The side an origin gives, from integer ranks: no version, or frozen below this pair's bound.
    @inline(__always)
    private func side(_ origin: Int32?) -> ChangeClassifier.Side {
        guard let origin else { return .absent }
        let rank = originRanks[Int(origin)]
        return ChangeClassifier.Side(present: true, versioned: rank >= 0, frozen: rank >= 0 && rank < frozenRank)
    }

    /// Classifies one differing subject; `inherited` is what the older side's machine inherits
    /// from its parents' class inits (a class-field pin must keep that value).
    private func classify(
        _ subject: Int32, before: Int32?, after: Int32?, values valueIDs: (Int32?, Int32?), inherited: [Int32: Int32], into cell: inout MatrixCell
    ) {
        var kind = classifier.sameStableSeries
            ? .stableDrift : classifier.kind(before: side(before), after: side(after), olderIsSource: olderIsSource)
        var propertyEffect: MigrationReason.Effect?
        if kind == .pinned, let pinned = olderIsSource ? valueIDs.1 : valueIDs.0 {
            if isUnfaithfulPin(subject, value: pinned) {
                kind = .mispinned
                propertyEffect = .unknown
            } else if let value = inherited[subject], value != pinned {
                // A class field pinned to another value than the older machine inherits
                // (``ChangeClassifier/inheritedPin(field:pinned:)``): its effect is the field's.
                kind = .mispinned
            }
        }
        if ChangeClassifier.propertyKinds.contains(kind), let properties = classifier.properties,
            case .compat(let driver, let property) = subjects[Int(subject)]
        {
            if newPropertySubjects.contains(subject) {
                kind = .newProperty
                propertyEffect = MigrationReason.Effect.none
            } else if effectiveValuesEqual(subject, driver: driver, property: property, values: valueIDs, properties: properties) {
                propertyEffect = MigrationReason.Effect.none
            }
        }
        if let devices, let driver = subjects[Int(subject)].driver, !devices.reaches(driver: driver) {
            if kind != .pinned && kind != .familyWide { cell.kinds |= MatrixCell.bit(.unreached) }
            cell.listedEntries &+= 1
            return
        }
        cell.kinds |= MatrixCell.bit(kind)
        let effect = kind == .pinned
            ? MigrationReason.Effect.none : propertyEffect ?? classFactEffects[subject] ?? EntryEffect.compatValue.effect
        cell.note(effect)
        if effect == .none {
            cell.listedEntries &+= 1
        } else {
            cell.breakingEntries &+= 1
        }
    }
}

/// A memo of per-(subject, value) answers for one ``CellJudge`` (not Sendable: a judge lives in
/// one loop of one task).
private final class PinCache {
    /// One question about one subject with the value ids it was asked for.
    struct Key: Hashable {
        enum Question: Hashable { case unfaithfulPin, effectiveValuesEqual }
        var question: Question
        var subject: Int32
        var before: Int32?
        var after: Int32?
    }

    var answers: [Key: Bool] = [:]
}
