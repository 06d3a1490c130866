import GuestABI

/// The page header: releases, totals, the scope of every verdict, a legend and how to read.
enum MatrixLegend {
    /// One line on what a reason kind means, for the legend and the details' tooltips.
    static func describe(_ kind: MigrationReason.Kind) -> String {
        switch kind {
        case .missing: "the destination does not register the machine"
        case .frozenCompat: "an entry frozen before the older release differs; its effect says what it does"
        case .newProperty: "an entry on a property the other release does not define: it pins a knob that side does not have"
        case .pinned: "the newer release pins a changed default back: expected, no effect"
        case .mispinned: "the newer release pins a value other than the older release had"
        case .stableDrift: "the ABI differs between two releases of one stable series"
        case .alias: "the unversioned alias names different machines on the two sides"
        case .familyWide: "a family-wide setting differs for every machine of the family alike"
        case .rename: "the same setting under a renamed class field: no effect"
        case .unreached: "matters only to VMs with other devices"
        case .incomplete: "a registry is incomplete: the evidence cannot decide"
        case .machineName: "the destination runs another machine type: its name check decides"
        case .migrationState: "migrated state read from sources differs"
        }
    }

    /// The `<header>` of the page.
    static func header(_ view: MatrixView, index: CellIndex) -> String {
        let counts = VerdictCounts(view.cells)
        let machines = Set(view.cells.map { "\($0.target.rawValue)/\($0.machine)" }).count
        var html = """
            <header>
            <h1>QEMU machine-type migration matrix</h1>
            <p class="releases">Releases \(view.releases.map { "<span class=\"rel\">\(HTMLText.escape($0.description))</span>" }.joined(separator: " "))</p>
            <p class="totals">\(machines) machine types in \(view.families.count) families; \(view.cells.count) verdicts \
            (source, destination, machine), both directions: <b>\(counts.compatible)</b> compatible, \
            <b>\(counts.abiChanged)</b> abi-changed, <b>\(counts.incompatible)</b> incompatible, <b>\(counts.unknown)</b> unknown.</p>
            <p class="scope"><b>Scope.</b> Verdicts cover \(HTMLText.escape(view.scope)).</p>
            <nav aria-label="Families"><ul>

            """
        for family in view.families {
            let familyCounts = VerdictCounts(index.cells(family.family))
            html += "<li><a href=\"#family-\(HTMLText.escape(family.family.rawValue))\"><b>\(HTMLText.escape(family.family.rawValue))</b> "
            html += "<span>\(HTMLText.escape(family.target.rawValue)) · \(family.timeline.count) versions"
            if familyCounts.incompatible > 0 { html += " · \(familyCounts.incompatible) ✗" }
            html += "</span></a></li>\n"
        }
        html += "</ul></nav>\n<div class=\"help\">\n" + howToRead + legend + "</div>\n</header>\n"
        return html
    }

    private static let howToRead = """
        <section class="howto" aria-labelledby="howto-title"><h2 id="howto-title">How to read</h2><ol>
        <li><b>Heatmap.</b> A row is the source release (where the VM runs), a column the destination (where it \
        migrates to): right of the diagonal are upgrades, left of it downgrades.</li>
        <li><b>16/31</b> means 16 of the 31 machine types the source registers in this family keep their \
        machine-type ABI on the destination; <b>~</b> counts abi-changed ones (they migrate, the guest sees a \
        change), <b>✗</b> incompatible ones, <b>?</b> unknown ones. The colour is the share compatible.</li>
        <li>Hover or focus a cell to see its machines; click it (or press Enter) to list each machine with its verdict, \
        reason kinds and message below the heatmap. Arrow keys move between cells; the address links to the open cell.</li>
        <li><b>Timeline.</b> One row per machine version: its status in each release of the matrix, and the \
        releases in which QEMU's lifecycle rule deprecates and deletes it. The bar spans its life on a scale of \
        feature releases (three a year since 4.0); the thin lines are the releases of the matrix.</li>
        </ol></section>

        """

    private static var legend: String {
        var html = """
            <section class="legend" aria-labelledby="legend-title"><h2 id="legend-title">Legend</h2>
            <div class="keys"><span class="key"><i class="sw ok"></i>all compatible</span>\
            <span class="key"><i class="sw b3"></i>some ✗, ≥ 75 % compatible</span>\
            <span class="key"><i class="sw b2"></i>≥ 50 %</span><span class="key"><i class="sw b1"></i>≥ 25 %</span>\
            <span class="key"><i class="sw b0"></i>&lt; 25 %</span>\
            <span class="key"><i class="sw abi"></i>abi-changed, none ✗ or ?</span>\
            <span class="key"><i class="sw unk"></i>unknown, none ✗</span>\
            <span class="key"><i class="sw none"></i>no machine in the source</span></div>
            <div class="keys"><span class="v v-compatible">compatible</span><span class="v v-abi-changed">abi-changed</span>\
            <span class="v v-incompatible">incompatible</span>\
            <span class="v v-unknown">unknown</span>\
            <span class="key"><i class="sw s-supported"></i>supported</span><span class="key"><i class="sw s-deprecated"></i>deprecated</span>\
            <span class="key"><i class="sw s-deleted"></i>deleted (code kept, not registered)</span>\
            <span class="key"><i class="sw s-absent"></i>absent</span>\
            <span class="key"><i class="sw bar-sup"></i><i class="sw bar-dep"></i>life: supported, deprecated</span></div>
            <dl class="kinds">
            """
        for kind in MigrationReason.Kind.allCases {
            html += "<div><dt><span class=\"k\">\(HTMLText.escape(kind.rawValue))</span></dt><dd>\(HTMLText.escape(describe(kind)))</dd></div>"
        }
        return html + "</dl></section>\n"
    }
}
