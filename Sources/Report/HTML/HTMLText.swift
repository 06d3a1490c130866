/// Text made safe for the two places the matrix page puts it: HTML content and attribute
/// values, and JSON data inside a `<script>` element.
enum HTMLText {
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

    /// A JSON string literal that is also safe inside `<script>`: `<`, `>` and `&` become
    /// `\u003c`, `\u003e` and `\u0026`, so no `</script>` or `<!--` can end the element early.
    static func jsonString(_ text: String) -> String {
        var literal = "\""
        literal.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                literal += unicodeEscape(scalar)
            default:
                if scalar.value < 0x20 { literal += unicodeEscape(scalar) } else { literal.unicodeScalars.append(scalar) }
            }
        }
        return literal + "\""
    }

    /// A JSON array of `items`, already JSON.
    static func jsonArray(_ items: some Sequence<String>) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
