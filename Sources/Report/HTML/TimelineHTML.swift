import GuestABI

/// The lifecycle timeline of one family: per machine version (newest first) its status in each
/// release of the matrix, when it was introduced, deprecated and deleted, and a bar of its life.
enum TimelineHTML {
    static func render(_ family: MatrixView.Family, releases: [QEMUVersion]) -> String {
        let id = HTMLText.escape(family.family.rawValue)
        let entries = family.timeline
        let axis = ReleaseAxis(
            covering: releases + entries.flatMap { [$0.introduced] + [$0.deprecatedIn, $0.deletedIn].compactMap { $0 } })
        // The releases of the matrix as thin lines behind every bar: one background layer each.
        let marks = releases.map { "\(axis.percent($0))% 0" }.joined(separator: ",")
        let layers = releases.map { _ in "linear-gradient(var(--mark),var(--mark))" }.joined(separator: ",")
        var html = """
            <div class="life">
            <h3>Lifecycle timeline</h3>
            <table class="timeline" id="timeline-\(id)" data-family="\(id)" style="--marks:\(layers);--mark-pos:\(marks)">
            <caption class="sr">\(id): status of each machine version in each release, and its lifecycle</caption>
            <thead><tr><th scope="col">Machine</th><th scope="col">Introduced</th>
            """
        html += releases.map { "<th scope=\"col\" class=\"st\">\(HTMLText.escape($0.description))</th>" }.joined()
        html += "<th scope=\"col\">Deprecated in</th><th scope=\"col\">Deleted in</th><th scope=\"col\" class=\"axis\"><div class=\"ticks\" aria-hidden=\"true\">"
        html += axis.ticks.map { "<span style=\"left:\($0.percent)%\">\($0.label)</span>" }.joined()
        html += "</div><span class=\"sr\">Life, on a scale of feature releases</span></th></tr></thead>\n<tbody>\n"
        for entry in entries {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(entry.machine))</th><td>\(HTMLText.escape(entry.introduced.description))</td>"
            for status in entry.statuses {
                html += "<td class=\"st s-\(HTMLText.escape(status))\">\(status == "absent" ? "–" : HTMLText.escape(status))</td>"
            }
            html += "<td>\(release(entry.deprecatedIn))</td><td>\(release(entry.deletedIn))</td>"
            html += "<td class=\"bar\"><div class=\"track\">\(bars(entry, axis: axis))</div></td></tr>\n"
        }
        return html + "</tbody></table>\n</div>\n"
    }

    private static func release(_ version: QEMUVersion?) -> String {
        guard let version else { return "<span class=\"never\" title=\"not under the lifecycle rules as they stand\">never</span>" }
        return HTMLText.escape(version.description)
    }

    /// The supported and deprecated spans of `entry` on `axis`.
    private static func bars(_ entry: MatrixView.TimelineEntry, axis: ReleaseAxis) -> String {
        let start = axis.percent(entry.introduced)
        let end = 100.0
        let deprecated = entry.deprecatedIn.map(axis.percent)
        let deleted = entry.deletedIn.map(axis.percent)
        let supportedEnd = deprecated ?? deleted ?? end
        var html = span("sup", from: start, to: supportedEnd, open: deprecated == nil && deleted == nil)
        if let deprecated { html += span("dep", from: deprecated, to: deleted ?? end, open: deleted == nil) }
        return html
    }

    private static func span(_ kind: String, from: Double, to: Double, open: Bool) -> String {
        let width = (max(to - from, 0.6) * 10).rounded() / 10
        return "<span class=\"\(kind)\(open ? " open" : "")\" style=\"left:\(from)%;width:\(width)%\"></span>"
    }
}
