import GuestABI

/// Renders a ``MatrixView`` as a text heatmap per family or as CSV.
public enum MatrixReport {
    /// Per family, a source × destination table: each cell `compatible/machines` with
    /// incompatible and unknown counts.
    public static func table(_ view: MatrixView) -> String {
        var output = "migration matrix over \(view.releases.map(\.description).joined(separator: ", "))\n"
        output += "scope: \(view.scope)\n"
        output += "cell: compatible/machines of the source (~ abi-changed: migrates, guest sees a change; ✗ incompatible; ? unknown); rows are sources\n"
        for family in view.families {
            output += "\n\(family.family) (\(family.target))\n"
            var table = TextTable(header: ["FROM \\ TO"] + view.releases.map(\.description), alignments: [.left] + view.releases.map { _ in .right })
            for from in view.releases {
                var row = [from.description]
                for to in view.releases {
                    guard from != to else {
                        row.append("-")
                        continue
                    }
                    let counts = view.summary(family: family.family, from: from, to: to)
                    let total = counts.values.reduce(0, +)
                    guard total > 0 else {
                        row.append("")
                        continue
                    }
                    var text = "\(counts[.compatible] ?? 0)/\(total)"
                    if let changed = counts[.abiChanged] { text += " ~\(changed)" }
                    if let bad = counts[.incompatible] { text += " ✗\(bad)" }
                    if let unknown = counts[.unknown] { text += " ?\(unknown)" }
                    row.append(text)
                }
                table.append(row)
            }
            output += table.render()
        }
        return output
    }

    /// One CSV line per cell, RFC 4180 quoting, with a header.
    public static func csv(_ view: MatrixView) -> String {
        var output = "from,to,target,family,machine,verdict,reasons,effects,breaking_entries,listed_entries,message\r\n"
        for cell in view.cells {
            let fields = [
                cell.from.description, cell.to.description, cell.target.rawValue, cell.family.rawValue, cell.machine,
                cell.verdict.rawValue, cell.reasons.map(\.rawValue).joined(separator: " "),
                cell.effects.map(\.rawValue).joined(separator: " "), String(cell.breakingEntries),
                String(cell.listedEntries), cell.message,
            ]
            output += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return output
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
