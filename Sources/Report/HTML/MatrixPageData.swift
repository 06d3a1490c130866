import GuestABI

/// The cell data the matrix page's script reads: one JSON value inside
/// `<script type="application/json">`, compact because machine names, messages and reason
/// sets repeat across cells and are stored once each.
///
/// Shape: `releases`, `verdicts` and `kinds` (`[name, description]`) are tables;
/// `machines`, `messages` and `reasons` (lists of kind names) are interned strings; each
/// family has `cells[source][destination]`, `null` on the diagonal, else a list of
/// `[machine, verdict, reasons, message]` indices.
enum MatrixPageData {
    static let verdicts: [MigrationVerdict.Verdict] = [.compatible, .unknown, .incompatible, .abiChanged]

    /// The JSON, safe to embed in `<script>`.
    static func json(_ view: MatrixView, index: CellIndex) -> String {
        var machines = Interner()
        var messages = Interner()
        var reasons = Interner()
        var families: [String] = []
        for family in view.families {
            var rows: [String] = []
            for source in view.releases.indices {
                var row: [String] = []
                for destination in view.releases.indices {
                    guard source != destination else {
                        row.append("null")
                        continue
                    }
                    let cells = index.cells(family.family, source, destination).map { cell in
                        let verdict = verdicts.firstIndex(of: cell.verdict) ?? 0
                        let kinds = HTMLText.jsonArray(cell.reasons.map { HTMLText.jsonString($0.rawValue) })
                        return "[\(machines.index(cell.machine)),\(verdict),\(reasons.index(kinds)),\(messages.index(cell.message))]"
                    }
                    row.append(HTMLText.jsonArray(cells))
                }
                rows.append(HTMLText.jsonArray(row))
            }
            families.append(
                "{\"id\":\(HTMLText.jsonString(family.family.rawValue)),\"target\":\(HTMLText.jsonString(family.target.rawValue)),\"cells\":\(HTMLText.jsonArray(rows))}")
        }
        let fields = [
            "\"releases\":" + HTMLText.jsonArray(view.releases.map { HTMLText.jsonString($0.description) }),
            "\"verdicts\":" + HTMLText.jsonArray(verdicts.map { HTMLText.jsonString($0.rawValue) }),
            "\"kinds\":" + HTMLText.jsonArray(
                MigrationReason.Kind.allCases.map { HTMLText.jsonArray([HTMLText.jsonString($0.rawValue), HTMLText.jsonString(MatrixLegend.describe($0))]) }),
            "\"machines\":" + HTMLText.jsonArray(machines.values.map(HTMLText.jsonString)),
            "\"messages\":" + HTMLText.jsonArray(messages.values.map(HTMLText.jsonString)),
            // Already JSON: each reason set is stored as the array text it was interned by.
            "\"reasons\":" + HTMLText.jsonArray(reasons.values),
            "\"families\":" + HTMLText.jsonArray(families),
        ]
        return "{" + fields.joined(separator: ",\n") + "}"
    }

    /// Strings numbered in order of first use.
    private struct Interner {
        private(set) var values: [String] = []
        private var numbers: [String: Int] = [:]

        mutating func index(_ value: String) -> Int {
            if let number = numbers[value] { return number }
            numbers[value] = values.count
            values.append(value)
            return values.count - 1
        }
    }
}
