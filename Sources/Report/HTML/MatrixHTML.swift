import GuestABI

/// Renders a ``MatrixView`` as one self-contained HTML page: inline CSS and scripts, no
/// network. A header with the releases, the scope of every verdict, a legend and how to read;
/// then per family a source × destination heatmap (hover a cell for its machines, click for a
/// details panel) and a lifecycle timeline of its machine versions.
///
/// The cell data sits once in a `<script type="application/json">`; every string from the view
/// is escaped for HTML, or for JSON inside `<script>`.
public enum MatrixHTML {
    /// The page.
    public static func render(_ view: MatrixView) -> String {
        let index = CellIndex(view)
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width,initial-scale=1">
            <title>guestabi migration matrix: \(HTMLText.escape(view.releases.map(\.description).joined(separator: ", ")))</title>
            <script>\(MatrixPageScript.errorHandler)</script>
            <style>\(MatrixPageStyle.css)</style>
            </head><body>
            <p id="page-error" class="error" role="alert" hidden></p>
            <noscript><p class="error">Scripts are off: the heatmaps and timelines show, the machines of a cell do not.</p></noscript>

            """
        html += MatrixLegend.header(view, index: index)
        html += "<main>\n"
        for (number, family) in view.families.enumerated() {
            let id = HTMLText.escape(family.family.rawValue)
            html += "<section class=\"family\" id=\"family-\(id)\" aria-labelledby=\"title-\(id)\">\n"
            html += "<h2 id=\"title-\(id)\">\(id)<span class=\"target\">\(HTMLText.escape(family.target.rawValue))</span></h2>\n"
            html += "<div class=\"family-body\">\n"
            html += HeatmapHTML.render(family, number: number, index: index)
            html += TimelineHTML.render(family, releases: view.releases)
            html += "</div>\n</section>\n"
        }
        html += """
            </main>
            <div id="tip" class="tip" role="tooltip" hidden></div>
            <script type="application/json" id="matrix-data">\(MatrixPageData.json(view, index: index))</script>
            <script>\(MatrixPageScript.main)</script>
            </body></html>

            """
        return html
    }
}
