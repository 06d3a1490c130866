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
            var keys: [String: CPUModelKeys] = [:]
            for (machine, cpu) in cpuModels[release].enumerated() {
                guard let cpu else { continue }
                let scope = StateScope.cpuScope(for: targets[machine])
                let key = StateReasonProducer.modelKey(scope: scope, model: cpu)
                if keys[key] == nil, let evaluated = CPUModelKeys(of: model, model: cpu, scope: scope) { keys[key] = evaluated }
            }
            return keys
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
