/// Writes a ``JSONTree`` as UTF-8 in exactly the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces of indentation per
/// level, `" : "` between key and value, empty containers as `[`, a blank line and `]`, keys
/// sorted by their UTF-8 bytes, and only `"`, `\` and control characters escaped.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []

    /// Appends `tree`, whose first line is already indented by `depth` levels.
    mutating func write(_ tree: JSONTree, depth: Int = 0) {
        switch tree {
        case .string(let string): write(string: string)
        case .number(let number): append(number)
        case .bool(let value): append(value ? "true" : "false")
        case .null: append("null")
        case .deferred(let encoder): write(encoder.value ?? .object(JSONObjectBox()), depth: depth)
        case .array(let array):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            for (offset, element) in array.elements.enumerated() {
                if offset > 0 { append(",\n") }
                indent(depth + 1)
                write(element, depth: depth + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            indent(depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            for (offset, member) in object.sortedMembers.enumerated() {
                if offset > 0 { append(",\n") }
                indent(depth + 1)
                write(string: member.key)
                append(" : ")
                write(member.value, depth: depth + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            indent(depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `string` quoted, escaping `"`, `\` and bytes below 0x20.
    private mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                appendEscape(of: byte)
                mark = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(of byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            append("u00")
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        }
    }
}
