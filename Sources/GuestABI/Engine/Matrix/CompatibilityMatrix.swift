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

    /// Computes the matrix of `registries`, keeping only machines `include` accepts.
    public init(registries: [ReleaseRegistry], include: (MachineDefinition) -> Bool = { _ in true }) {
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

        var interner = ABIInterner()
        // For each release, the interned ABI of each machine it registers (nil where it does not).
        var abis: [[InternedABI?]] = []
        for registry in ordered {
            var row = [InternedABI?](repeating: nil, count: definitions.count)
            for machine in registry.machines where machine.registered {
                if let index = machineIndex[machine.id] { row[Int(index)] = interner.intern(machine) }
            }
            abis.append(row)
        }
        let complete = ordered.map(\.complete)
        var cells: [MatrixCell] = []
        for source in ordered.indices {
            for destination in ordered.indices where destination != source {
                let judge = CellJudge(
                    from: releases[source], to: releases[destination], originVersions: interner.originVersions,
                    bothComplete: complete[source] && complete[destination])
                for machine in definitions.indices {
                    guard let abi = abis[source][machine] else { continue }
                    var cell = judge.judge(abi, abis[destination][machine])
                    cell.source = UInt16(source)
                    cell.destination = UInt16(destination)
                    cell.machine = Int32(machine)
                    cells.append(cell)
                }
            }
        }
        self.cells = cells
    }

    /// The number of cells with each verdict.
    public var verdictCounts: [MigrationVerdict.Verdict: Int] {
        var counts: [MigrationVerdict.Verdict: Int] = [:]
        for cell in cells { counts[cell.verdict, default: 0] += 1 }
        return counts
    }
}

/// Judges the cells of one (source, destination) pair with the rules of ``ChangeClassifier``,
/// on interned ABIs.
struct CellJudge {
    let classifier: ChangeClassifier
    let originVersions: [MachineVersion?]
    let bothComplete: Bool
    let olderIsSource: Bool

    init(from: QEMUVersion, to: QEMUVersion, originVersions: [MachineVersion?], bothComplete: Bool) {
        classifier = ChangeClassifier(from: from, to: to)
        self.originVersions = originVersions
        self.bothComplete = bothComplete
        olderIsSource = from <= to
    }

    func judge(_ source: InternedABI, _ destination: InternedABI?) -> MatrixCell {
        var cell = MatrixCell(source: 0, destination: 0, machine: 0, verdict: .compatible, kinds: 0, breakingEntries: 0, listedEntries: 0)
        guard let destination else {
            cell.verdict = .incompatible
            cell.kinds = MatrixCell.bit(.missing)
            return cell
        }
        if source.fingerprint != destination.fingerprint || source.subjects != destination.subjects || source.values != destination.values {
            compare(source, destination, into: &cell)
        }
        if cell.breakingEntries > 0 {
            cell.verdict = .incompatible
        } else if !bothComplete {
            cell.verdict = .unknown
            cell.kinds |= MatrixCell.bit(.incomplete)
        }
        return cell
    }

    /// Merges the two sorted subject arrays and classifies every difference.
    private func compare(_ a: InternedABI, _ b: InternedABI, into cell: inout MatrixCell) {
        var i = 0
        var j = 0
        while i < a.subjects.count || j < b.subjects.count {
            if j == b.subjects.count || (i < a.subjects.count && a.subjects[i] < b.subjects[j]) {
                classify(before: a.origins[i], after: nil, into: &cell)
                i += 1
            } else if i == a.subjects.count || b.subjects[j] < a.subjects[i] {
                classify(before: nil, after: b.origins[j], into: &cell)
                j += 1
            } else {
                if a.values[i] != b.values[j] { classify(before: a.origins[i], after: b.origins[j], into: &cell) }
                i += 1
                j += 1
            }
        }
    }

    private func classify(before: Int32?, after: Int32?, into cell: inout MatrixCell) {
        if classifier.sameStableSeries {
            cell.kinds |= MatrixCell.bit(.stableDrift)
            cell.breakingEntries &+= 1
            return
        }
        let kind = classifier.kind(
            before: ChangeClassifier.Side(present: before != nil, version: before.flatMap { originVersions[Int($0)] }),
            after: ChangeClassifier.Side(present: after != nil, version: after.flatMap { originVersions[Int($0)] }),
            olderIsSource: olderIsSource)
        cell.kinds |= MatrixCell.bit(kind)
        if kind == .pinned || kind == .familyWide {
            cell.listedEntries &+= 1
        } else {
            cell.breakingEntries &+= 1
        }
    }
}
