import GuestABI

/// Renders a ``MatrixView`` as one self-contained HTML page (no network): per family, a
/// source × destination heatmap whose cells summarise their machines, with the reasons on hover.
public enum MatrixHTML {
    /// The page.
    public static func render(_ view: MatrixView) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>guestabi migration matrix</title>
            <style>
            body{font:14px system-ui,sans-serif;margin:2em}
            table{border-collapse:collapse;margin:1em 0}
            td,th{border:1px solid #ccc;padding:4px 8px;text-align:center}
            .ok{background:#b7e4b0}.bad{background:#f4a3a3}.mixed{background:#f7d794}.none{background:#eee}
            </style></head><body>
            <h1>Migration matrix</h1>
            <p>Releases: \(escape(view.releases.map(\.description).joined(separator: ", "))). Scope: \(escape(view.scope)).</p>

            """
        for family in view.families {
            html += "<h2>\(escape(family.family.rawValue)) (\(escape(family.target.rawValue)))</h2>\n<table><tr><th>from \\ to</th>"
            html += view.releases.map { "<th>\(escape($0.description))</th>" }.joined() + "</tr>\n"
            for from in view.releases {
                html += "<tr><th>\(escape(from.description))</th>"
                for to in view.releases {
                    let cells = view.cells.filter { $0.family == family.family && $0.from == from && $0.to == to }
                    guard from != to, !cells.isEmpty else {
                        html += "<td class=\"none\"></td>"
                        continue
                    }
                    let compatible = cells.filter { $0.verdict == .compatible }.count
                    let style = compatible == cells.count ? "ok" : compatible == 0 ? "bad" : "mixed"
                    let title = cells.map { "\($0.machine): \($0.verdict.rawValue) — \($0.message)" }.joined(separator: "\n")
                    html += "<td class=\"\(style)\" title=\"\(escape(title))\">\(compatible)/\(cells.count)</td>"
                }
                html += "</tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</body></html>\n"
    }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
