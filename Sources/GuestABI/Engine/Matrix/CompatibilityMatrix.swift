import Dispatch
import Synchronization

/// Every (source release, destination release, machine) migration verdict over a set of
/// releases, forward and backward: the `guestabi matrix` engine.
///
/// Built for scale: ABIs are interned into integer arrays once per (release, machine), equal
/// ABIs are recognised by fingerprint before any detail is compared, and each cell is a few
/// bytes. Its verdicts agree with ``MigrationCheck`` (a test checks every cell of the real
/// releases); the full reasons of a cell come from ``MigrationCheck`` on demand.
public struct CompatibilityMatrix: Sendable {
    /// The releases, oldest first.
    public let releases: [QEMUVersion]
    /// Every machine that is registered by some release, sorted like registries.
    public let machines: [MachineID]
    /// The family of each machine.
    public let families: [MachineFamily]
    /// Every cell: for each ordered pair of distinct releases, each machine the source registers.
    public private(set) var cells: [MatrixCell] = []
    /// What every verdict covers: the machine-type ABI, and the migration state when the
    /// releases have state models (``StateReasonProducer``).
    public private(set) var scope: String = MigrationVerdict.sourceScope

    /// Computes the matrix of `registries`, keeping only machines `include` accepts, for any VM
    /// or, with `devices`, for a VM with those devices (compat entries that reach none of them
    /// have no effect). With `stateModels` (by release), each pair whose two releases have one
    /// also gets the reasons of ``StateReasonProducer``, the rule `check` uses.
    public init(
        registries: [ReleaseRegistry], devices: [String]? = nil, stateModels: [QEMUVersion: StateModel] = [:],
        include: (MachineDefinition) -> Bool = { _ in true }
    ) {
        let ordered = registries.sorted { $0.qemuVersion < $1.qemuVersion }
        releases = ordered.map(\.qemuVersion)
        var machineIndex: [MachineID: Int32] = [:]
        var definitions: [MachineDefinition] = []
        for registry in ordered {
            for machine in registry.machines where machine.registered && include(machine) && machineIndex[machine.id] == nil {
                machineIndex[machine.id] = 0
                definitions.append(machine)
            }
        }
        definitions.sort()
        for (index, definition) in definitions.enumerated() { machineIndex[definition.id] = Int32(index) }
        machines = definitions.map(\.id)
        families = definitions.map(\.family)

        // For each release, the interned ABI of each machine it registers (nil where it does not):
        // each release interned apart on every core, then the ids made one (``ABIInterner/absorb(_:)``).
        let machineCount = definitions.count
        let positions = machineIndex
        let interned = Self.concurrentMap(ordered) { registry -> (ABIInterner, [InternedABI?]) in
            var interner = ABIInterner()
            var row = [InternedABI?](repeating: nil, count: machineCount)
            for machine in registry.machines where machine.registered {
                if let index = positions[machine.id] { row[Int(index)] = interner.intern(machine) }
            }
            return (interner, row)
        }
        var interner = ABIInterner()
        var abis: [[InternedABI?]] = []
        for (local, row) in interned {
            let translation = interner.absorb(local)
            abis.append(row.map { $0.map { ABIInterner.translate($0, by: translation) } })
        }
        let ranks = OriginRanks(interner.originVersions)
        // The class-fact subjects (few), and each release's class fields per family: renames are
        // only looked for where a family lost one field and gained another.
        let classFacts: [Int32: String] = Dictionary(
            uniqueKeysWithValues: interner.subjects.enumerated().compactMap { index, subject in
                if case .classFact(let field) = subject { return (Int32(index), field) }
                return nil
            })
        let fieldSets = ordered.map(FamilyFields.init)
        // Each release's property look-ups, built once for every pair, and for every compat
        // subject whether the release defines it (reached from its driver) and knows the driver.
        let subjects = interner.subjects
        let presence = Self.concurrentMap(ordered) { registry -> (PropertyLookup, SubjectPresence)? in
            PropertyLookup(registry).map { ($0, SubjectPresence(lookup: $0, subjects: subjects)) }
        }
        // Each release's default CPU model of each machine (state reasons are judged for it).
        let cpuModels = ordered.map { registry in
            var models = [String?](repeating: nil, count: machineCount)
            for machine in registry.machines where machine.registered {
                if let index = positions[machine.id] { models[Int(index)] = machine.defaultCPUModel }
            }
            return models
        }
        // Each release's default models' register keys, evaluated once for all its pairs.
        let targets = definitions.map(\.target)
        let modelKeys: [[String: CPUModelKeys]?] = Self.concurrentMap(Array(ordered.indices)) { release in
            guard let model = stateModels[ordered[release].qemuVersion] else { return nil }
            var names: Set<String> = []
            for (machine, cpu) in cpuModels[release].enumerated() {
                if let cpu { names.insert(StateReasonProducer.modelKey(scope: StateScope.cpuScope(for: targets[machine]), model: cpu)) }
            }
            return StateReasonProducer.cpuModelKeys(of: model, models: names)
        }
        let pairs = ordered.indices.flatMap { source in ordered.indices.filter { $0 != source }.map { (source, $0) } }
        let frozen = (interner: interner, abis: abis, definitions: definitions)
        // The pairs are independent: judged on every core, gathered in pair order.
        let cellsByPair = Self.concurrentMap(pairs) { pair -> [MatrixCell] in
            let (source, destination) = pair
            let (from, to) = (ordered[source], ordered[destination])
            let selection = devices.map {
                DeviceSelection(devices: $0, hierarchy: QOMHierarchy(parents: to.qomParents.merging(from.qomParents) { new, _ in new }))
            }
            let properties = presence[source].flatMap { a in
                presence[destination].map { b in
                    PropertyEffects(source: a.0, sourceVersion: from.qemuVersion, destination: b.0, destinationVersion: to.qemuVersion)
                }
            }
            let newProperties = presence[source].flatMap { a in presence[destination].map { b in a.1.newProperties(against: b.1) } } ?? []
            let judge = CellJudge(
                from: from, to: to, properties: properties, newPropertySubjects: newProperties, ranks: ranks, subjects: subjects,
                values: frozen.interner.values, classFacts: classFacts, devices: selection,
                renames: Self.renames(
                    from: from, to: to, families: fieldSets[source].familiesThatMayRename(to: fieldSets[destination]),
                    interner: frozen.interner))
            let state = stateModels[from.qemuVersion].flatMap { a in
                stateModels[to.qemuVersion].map { b in
                    StateReasonProducer(StateDiff(a, b), cpuModelKeys: (modelKeys[source] ?? [:], modelKeys[destination] ?? [:]))
                }
            }
            var cells: [MatrixCell] = []
            // The state reasons of a target, per (source, destination) default CPU model.
            var stateReasons: [StateReasonKey: [MigrationReason]] = [:]
            for machine in frozen.definitions.indices {
                guard let abi = frozen.abis[source][machine] else { continue }
                var cell = judge.judge(abi, frozen.abis[destination][machine], family: frozen.definitions[machine].family)
                if let state, frozen.abis[destination][machine] != nil {
                    let target = frozen.definitions[machine].target
                    let models = cpuModels[source][machine].flatMap { a in cpuModels[destination][machine].map { (a, $0) } }
                    let key = StateReasonKey(target: target, modelA: models?.0, modelB: models?.1)
                    if stateReasons[key] == nil { stateReasons[key] = state.reasons(target: target, devices: selection, cpuModels: models) }
                    Self.add(stateReasons[key] ?? [], to: &cell)
                }
                cell.source = UInt16(source)
                cell.destination = UInt16(destination)
                cell.machine = Int32(machine)
                cells.append(cell)
            }
            return cells
        }
        let cells = Array(cellsByPair.joined())
        self.cells = cells
        let withState = ordered.filter { stateModels[$0.qemuVersion] != nil }
        if withState.count == ordered.count {
            scope = StateReasonProducer.stateScope
        } else if withState.count >= 2 {
            let without = ordered.filter { stateModels[$0.qemuVersion] == nil }.map(\.qemuVersion.description)
            scope = StateReasonProducer.stateScope + "; migration state not compared for \(without.joined(separator: ", ")) (no state model)"
        }
    }

    /// A target and the default CPU models of a machine on both sides: machines with the same
    /// key get the same state reasons.
    private struct StateReasonKey: Hashable {
        var target: Target
        var modelA: String?
        var modelB: String?
    }

    /// `transform` of every element, run on all cores (`DispatchQueue.concurrentPerform`), in
    /// the elements' order.
    static func concurrentMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = Mutex([Result?](repeating: nil, count: elements.count))
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            let result = transform(elements[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// `cell` with the migration-state `reasons` of its pair and target.
    private static func add(_ reasons: [MigrationReason], to cell: inout MatrixCell) {
        guard !reasons.isEmpty else { return }
        cell.kinds |= MatrixCell.bit(.migrationState)
        for reason in reasons {
            cell.note(reason.effect)
            if reason.effect == .none { cell.listedEntries &+= 1 } else { cell.breakingEntries &+= 1 }
        }
        cell.verdict = MigrationVerdict.verdict(for: cell.effectSet)
    }

    /// The class-field renames from `from` to `to` in `families`, as interned subject ids
    /// (source field → destination field).
    private static func renames(
        from: ReleaseRegistry, to: ReleaseRegistry, families: [FamilyFields.Key], interner: ABIInterner
    ) -> [MachineFamily: [Int32: Int32]] {
        var result: [MachineFamily: [Int32: Int32]] = [:]
        for key in families {
            for rename in FieldRename.detect(from: from, to: to, target: key.target, family: key.family) {
            guard let old = interner.id(of: .classFact(field: rename.before)), let new = interner.id(of: .classFact(field: rename.after)) else {
                continue
            }
            result[rename.family, default: [:]][old] = new
            }
        }
        return result
    }

    /// The number of cells with each verdict.
    public var verdictCounts: [MigrationVerdict.Verdict: Int] {
        var counts: [MigrationVerdict.Verdict: Int] = [:]
        for cell in cells { counts[cell.verdict, default: 0] += 1 }
        return counts
    }
}

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

/// The class fields each family of one release sets.
struct FamilyFields {
    /// A family of one target.
    struct Key: Hashable, Comparable {
        var target: Target
        var family: MachineFamily

        static func < (a: Key, b: Key) -> Bool { (a.target, a.family) < (b.target, b.family) }
    }

    var fields: [Key: Set<String>] = [:]

    init(_ registry: ReleaseRegistry) {
        for machine in registry.machines {
            let key = Key(target: machine.target, family: machine.family)
            for fact in machine.classFacts { fields[key, default: []].insert(fact.field) }
        }
    }

    /// The families that lost a field and gained another between the two releases: the only
    /// ones where ``FieldRename`` can find a rename.
    func familiesThatMayRename(to other: FamilyFields) -> [Key] {
        fields.compactMap { key, mine in
            guard let theirs = other.fields[key], !mine.isSubset(of: theirs), !theirs.isSubset(of: mine) else { return nil }
            return key
        }.sorted()
    }
}

/// Origin versions as integer ranks, so a cell compares integers instead of versions.
struct OriginRanks {
    /// The distinct versions, ascending.
    let versions: [MachineVersion]
    /// Each origin's rank in `versions`, or -1 when its name has no version.
    let ranks: [Int32]

    init(_ originVersions: [MachineVersion?]) {
        versions = Array(Set(originVersions.compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: versions.enumerated().map { ($0.element, Int32($0.offset)) })
        ranks = originVersions.map { $0.flatMap { index[$0] } ?? -1 }
    }

    /// The number of versions below `bound`: ranks under it are frozen.
    func rank(below bound: MachineVersion) -> Int32 {
        var low = 0
        var high = versions.count
        while low < high {
            let middle = (low + high) / 2
            if versions[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
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

/// For one release and every compat subject (`driver.property`): whether the release defines
/// the property on the driver, an ancestor or a subtype, and whether it knows the driver — what
/// ``PropertyEffects/presence(driver:property:)`` asks of each side, asked once per release.
struct SubjectPresence {
    private var defines: [Bool]
    private var knowsDriver: [Bool]

    init(lookup: PropertyLookup, subjects: [ABISubject]) {
        defines = Array(repeating: false, count: subjects.count)
        knowsDriver = Array(repeating: false, count: subjects.count)
        for (index, subject) in subjects.enumerated() {
            guard case .compat(let driver, let property) = subject else { continue }
            defines[index] = lookup.anyDefinition(of: property, reachedFrom: driver) != nil
            knowsDriver[index] = lookup.knows(driver)
        }
    }

    /// The subjects exactly one side defines while the other knows the driver: `new-property`.
    func newProperties(against other: SubjectPresence) -> Set<Int32> {
        var result: Set<Int32> = []
        for index in defines.indices where defines[index] != other.defines[index] {
            let lacking = defines[index] ? other : self
            if lacking.knowsDriver[index] { result.insert(Int32(index)) }
        }
        return result
    }
}
