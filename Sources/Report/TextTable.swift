/// A plain-text table with a header row, columns padded to their widest cell.
///
///     INPUT        VERSION  DEPRECATED IN
///     pc-q35-7.2   7.2      10.2.0
public struct TextTable: Sendable, Equatable {
    /// Column alignment.
    public enum Alignment: Sendable, Equatable {
        case left
        case right
    }

    /// The header cells.
    public var header: [String]
    /// The body rows; each has as many cells as the header.
    public var rows: [[String]]
    /// One alignment per column; missing entries mean `.left`.
    public var alignments: [Alignment]

    /// Creates a table with `header` and no rows.
    public init(header: [String], alignments: [Alignment] = []) {
        self.header = header
        self.rows = []
        self.alignments = alignments
    }

    /// Appends a row; short rows are padded with empty cells.
    public mutating func append(_ row: [String]) {
        rows.append(row + Array(repeating: "", count: max(0, header.count - row.count)))
    }

    /// The table as lines joined by newlines, with a trailing newline; two spaces between
    /// columns and no trailing spaces.
    public func render() -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var output = ""
        for row in [header] + rows {
            var line = ""
            for (index, cell) in row.enumerated() where index < widths.count {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let alignment = index < alignments.count ? alignments[index] : .left
                let isLast = index == widths.count - 1
                if index > 0 { line += "  " }
                switch alignment {
                case .left: line += cell + (isLast ? "" : padding)
                case .right: line += padding + cell
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            output += line + "\n"
        }
        return output
    }
}
