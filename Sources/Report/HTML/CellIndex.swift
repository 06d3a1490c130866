import GuestABI

/// The cells of a ``MatrixView`` grouped by family, source release and destination release,
/// so that each heatmap cell is a lookup.
struct CellIndex {
    /// The releases, oldest first; sources and destinations are indices into it.
    let releases: [QEMUVersion]
    private var groups: [MachineFamily: [[[MatrixView.Cell]]]] = [:]

    init(_ view: MatrixView) {
        releases = view.releases
        let position = Dictionary(view.releases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let empty = [[[MatrixView.Cell]]](repeating: [[MatrixView.Cell]](repeating: [], count: releases.count), count: releases.count)
        for cell in view.cells {
            guard let source = position[cell.from], let destination = position[cell.to] else { continue }
            groups[cell.family, default: empty][source][destination].append(cell)
        }
    }

    /// The cells of `family` from release index `source` to release index `destination`.
    func cells(_ family: MachineFamily, _ source: Int, _ destination: Int) -> [MatrixView.Cell] {
        groups[family]?[source][destination] ?? []
    }

    /// Every cell of `family`.
    func cells(_ family: MachineFamily) -> [MatrixView.Cell] {
        (groups[family] ?? []).flatMap { $0.flatMap { $0 } }
    }
}

/// How the machines of one heatmap cell (or any set of cells) split by verdict.
struct VerdictCounts {
    var compatible = 0
    var abiChanged = 0
    var incompatible = 0
    var unknown = 0

    init(_ cells: some Sequence<MatrixView.Cell>) {
        for cell in cells {
            switch cell.verdict {
            case .compatible: compatible += 1
            case .abiChanged: abiChanged += 1
            case .incompatible: incompatible += 1
            case .unknown: unknown += 1
            }
        }
    }

    var total: Int { compatible + abiChanged + incompatible + unknown }

    /// The colour class of a heatmap cell: `ok` (all compatible), `b3`…`b0` (some
    /// incompatible, by share compatible: ≥ 75 %, ≥ 50 %, ≥ 25 %, less), `unk` (some unknown,
    /// none incompatible), `abi` (some abi-changed, none unknown or incompatible) or `none`
    /// (no machine).
    var colourClass: String {
        guard total > 0 else { return "none" }
        if incompatible == 0 { return unknown > 0 ? "unk" : abiChanged > 0 ? "abi" : "ok" }
        let share = Double(compatible) / Double(total)
        return share >= 0.75 ? "b3" : share >= 0.5 ? "b2" : share >= 0.25 ? "b1" : "b0"
    }

    /// `16 of 31 compatible, 15 incompatible`.
    var sentence: String {
        var text = "\(compatible) of \(total) compatible"
        if abiChanged > 0 { text += ", \(abiChanged) abi-changed" }
        if incompatible > 0 { text += ", \(incompatible) incompatible" }
        if unknown > 0 { text += ", \(unknown) unknown" }
        return text
    }
}
