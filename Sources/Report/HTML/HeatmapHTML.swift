import GuestABI

/// The heatmap of one family: source releases × destination releases, each cell a button
/// summarising its machines (the script shows them on hover and lists them on click), and the
/// details panel next to it (below it on narrow windows).
enum HeatmapHTML {
    static func render(_ family: MatrixView.Family, number: Int, index: CellIndex) -> String {
        let id = HTMLText.escape(family.family.rawValue)
        let releases = index.releases
        var html = """
            <div class="heat">
            <h3>Migration heatmap</h3>
            <table class="heatmap" id="heatmap-\(id)" data-family="\(id)">
            <caption class="sr">\(id): compatible machines from each source release (rows) to each destination release (columns)</caption>
            <thead><tr><th class="corner" scope="col"><span class="to">to →</span><span class="from">from ↓</span></th>
            """
        html += releases.map { "<th scope=\"col\">\(HTMLText.escape($0.description))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for source in releases.indices {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(releases[source].description))</th>"
            for destination in releases.indices {
                guard source != destination else {
                    html += "<td class=\"diag\"><span class=\"sr\">same release</span></td>"
                    continue
                }
                let counts = VerdictCounts(index.cells(family.family, source, destination))
                let pair = "\(releases[source]) to \(releases[destination])"
                guard counts.total > 0 else {
                    html += "<td class=\"none\" title=\"\(HTMLText.escape("\(releases[source]) registers no \(family.family) machine"))\">–</td>"
                    continue
                }
                var marks = counts.abiChanged > 0 ? "~\(counts.abiChanged)" : ""
                if counts.incompatible > 0 { marks += (marks.isEmpty ? "" : " ") + "✗\(counts.incompatible)" }
                if counts.unknown > 0 { marks += (marks.isEmpty ? "" : " ") + "?\(counts.unknown)" }
                html += "<td><button type=\"button\" class=\"hm \(counts.colourClass)\" data-f=\"\(number)\" data-s=\"\(source)\" data-d=\"\(destination)\""
                html += " data-key=\"\(HTMLText.escape("\(family.family.rawValue)/\(releases[source])/\(releases[destination])"))\""
                html += " aria-label=\"\(HTMLText.escape("\(pair): \(counts.sentence)"))\">"
                html += "<b>\(counts.compatible)/\(counts.total)</b>" + (marks.isEmpty ? "" : "<small>\(marks)</small>") + "</button></td>"
            }
            html += "</tr>\n"
        }
        html += """
            </tbody></table>
            </div>
            <div class="details" id="details-\(id)" aria-live="polite"><p class="hint">Click a cell, or focus it and press Enter, \
            to list its machines here.</p></div>

            """
        return html
    }
}
