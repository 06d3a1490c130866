/// One row of a table in the compact registry: values separated by tabs. A JSON decoder reads
/// an array of strings many times faster than an array of objects (each object is a keyed
/// container with a dictionary of its keys), and decoding is what a `guestabi check` on the
/// embedded registry spends its time on.
///
/// Escapes keep any value representable: `\\` for a backslash, `\t` for a tab, `\n` for a
/// newline. An empty value is nil; a present empty string is written `\e`.
enum CompactRow {
    /// A row that does not parse: what it should hold and the row.
    struct Malformed: Error, CustomStringConvertible {
        var what: String
        var row: String
        /// What is wrong with it, when more than its shape.
        var problem: String?
        var description: String { "\(what) row `\(row)` is not in the compact form" + (problem.map { ": \($0)" } ?? "") }
    }

    /// The row of `values` (nil written as an empty value).
    static func join(_ values: [String?]) -> String {
        values.map { value in
            guard let value else { return "" }
            guard !value.isEmpty else { return "\\e" }
            guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) else {
                return value
            }
            var escaped = ""
            for character in value {
                switch character {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n": escaped += "\\n"
                default: escaped.append(character)
                }
            }
            return escaped
        }.joined(separator: "\t")
    }

    /// The values of `row`, exactly `count` of them (nil for empty ones); throws naming `what`.
    static func split(_ row: String, count: Int, what: String) throws(Malformed) -> [String?] {
        var values: [String?] = []
        values.reserveCapacity(count)
        let bytes = row.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\t") {
                values.append(try value(row[start..<index], row: row, what: what))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        values.append(try value(row[start..<bytes.endIndex], row: row, what: what))
        guard values.count == count else { throw Malformed(what: what, row: row) }
        return values
    }

    private static func value(_ text: Substring, row: String, what: String) throws(Malformed) -> String? {
        guard !text.isEmpty else { return nil }
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        if text == "\\e" { return "" }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "\\": result.append("\\")
                case "t": result.append("\t")
                case "n": result.append("\n")
                default: throw Malformed(what: what, row: row)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        guard !escaping else { throw Malformed(what: what, row: row) }
        return result
    }
}
