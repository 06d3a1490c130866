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
        let ranks = OriginRanks(interner.originVersions)
        var cells: [MatrixCell] = []
        for source in ordered.indices {
            for destination in ordered.indices where destination != source {
                let judge = CellJudge(
                    from: releases[source], to: releases[destination], ranks: ranks, bothComplete: complete[source] && complete[destination])
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
    /// Each origin's version as a rank among all origin versions (-1: no version).
    let originRanks: [Int32]
    /// Ranks below this are frozen for the pair.
    let frozenRank: Int32
    let bothComplete: Bool
    let olderIsSource: Bool

    init(from: QEMUVersion, to: QEMUVersion, ranks: OriginRanks, bothComplete: Bool) {
        classifier = ChangeClassifier(from: from, to: to)
        originRanks = ranks.ranks
        frozenRank = ranks.rank(below: classifier.frozenBefore)
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

    /// The side an origin gives, from integer ranks: no version, or frozen below this pair's bound.
    @inline(__always)
    private func side(_ origin: Int32?) -> ChangeClassifier.Side {
        guard let origin else { return .absent }
        let rank = originRanks[Int(origin)]
        return ChangeClassifier.Side(present: true, versioned: rank >= 0, frozen: rank >= 0 && rank < frozenRank)
    }

    private func classify(before: Int32?, after: Int32?, into cell: inout MatrixCell) {
        if classifier.sameStableSeries {
            cell.kinds |= MatrixCell.bit(.stableDrift)
            cell.breakingEntries &+= 1
            return
        }
        let kind = classifier.kind(before: side(before), after: side(after), olderIsSource: olderIsSource)
        cell.kinds |= MatrixCell.bit(kind)
        if kind == .pinned || kind == .familyWide {
            cell.listedEntries &+= 1
        } else {
            cell.breakingEntries &+= 1
        }
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
