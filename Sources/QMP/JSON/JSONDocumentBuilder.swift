/// Reads one JSON text into a ``JSONDocument``'s node table. Scalars are read by
/// ``JSONParser``'s own code (so grammar and messages are the same); containers append a node
/// and patch its count and end when they close.
struct JSONDocumentBuilder {
    var nodes: [JSONDocument.Node] = []
    var decoded: [String] = []

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(QMPError) {
        var parser = JSONParser(bytes: bytes)
        // A dump holds a value per 16–18 bytes of text (indented as QEMU writes it); a denser
        // text grows the table as it goes.
        nodes.reserveCapacity(bytes.count / 16 + 16)
        parser.skipWhitespace()
        try value(&parser)
        parser.skipWhitespace()
        guard parser.position == parser.count else {
            throw parser.failure("unexpected \(parser.describeCurrent()) after the value")
        }
    }

    private mutating func value(_ parser: inout JSONParser) throws(QMPError) {
        guard parser.position < parser.count else { throw parser.failure("unexpected end of input, expected a value") }
        switch parser.bytes[parser.position] {
        case UInt8(ascii: "{"): try container(&parser, .object)
        case UInt8(ascii: "["): try container(&parser, .array)
        case UInt8(ascii: "\""): try string(&parser)
        case UInt8(ascii: "t"):
            _ = try parser.parseKeyword("true", .null)
            append(JSONDocument.Node(kind: .bool, payload: 1))
        case UInt8(ascii: "f"):
            _ = try parser.parseKeyword("false", .null)
            append(JSONDocument.Node(kind: .bool, payload: 0))
        case UInt8(ascii: "n"):
            _ = try parser.parseKeyword("null", .null)
            append(JSONDocument.Node(kind: .null, payload: 0))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            switch try parser.parseNumber() {
            case .int(let integer):
                append(JSONDocument.Node(kind: .int, payload: UInt64(bitPattern: integer)))
            case .uint(let integer):
                append(JSONDocument.Node(kind: .uint, payload: integer))
            case .double(let real):
                append(JSONDocument.Node(kind: .double, payload: real.bitPattern))
            default: preconditionFailure("parseNumber returns a number")
            }
        default: throw parser.failure("unexpected \(parser.describeCurrent()), expected a value")
        }
    }

    /// Appends a scalar: its subtree ends right after it.
    private mutating func append(_ node: JSONDocument.Node) {
        var node = node
        node.next = UInt32(truncatingIfNeeded: nodes.count + 1)
        nodes.append(node)
    }

    private mutating func string(_ parser: inout JSONParser) throws(QMPError) {
        parser.position += 1  // opening quote
        let start = parser.position
        // Plain ASCII without escapes is the string as it stands; anything else is read (and
        // checked) by the parser and kept decoded. Eight bytes at a time while none can end it.
        if let base = parser.bytes.baseAddress {
            while parser.position + 8 <= parser.count,
                !Self.mayEndPlainString(UnsafeRawPointer(base + parser.position).loadUnaligned(as: UInt64.self))
            {
                parser.position += 8
            }
        }
        while parser.position < parser.count {
            let byte = parser.bytes[parser.position]
            if byte == UInt8(ascii: "\"") {
                append(
                    JSONDocument.Node(
                        kind: .string, start: UInt32(truncatingIfNeeded: start),
                        length: UInt32(truncatingIfNeeded: parser.position - start), next: 0))
                parser.position += 1
                return
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { break }
            parser.position += 1
        }
        parser.position = start - 1
        let text = try parser.parseString()
        append(
            JSONDocument.Node(
                kind: .string, escaped: true, start: UInt32(truncatingIfNeeded: start),
                length: UInt32(truncatingIfNeeded: decoded.count), next: 0))
        decoded.append(text)
    }

    /// False when none of the eight bytes in `word` is a quote, a backslash, a control
    /// character or a non-ASCII byte (so a plain string goes on past them); true may be a false
    /// alarm, which the byte loop settles.
    @inline(__always)
    static func mayEndPlainString(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = hasZeroByte(word ^ (ones &* 0x22))
        let backslash = hasZeroByte(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs
        return (quote | backslash | control | (word & highs)) != 0
    }

    /// An object or an array: its node first, then its members or elements, then its count
    /// and end patched in.
    private mutating func container(_ parser: inout JSONParser, _ kind: JSONDocument.Kind) throws(QMPError) {
        try parser.enterContainer()
        let index = nodes.count
        nodes.append(JSONDocument.Node(kind: kind, start: 0, length: 0, next: 0))
        let closing = kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        parser.position += 1
        parser.skipWhitespace()
        var count: UInt32 = 0
        if !parser.consume(closing) {
            while true {
                parser.skipWhitespace()
                if kind == .object { try member(&parser) } else { try value(&parser) }
                count += 1
                parser.skipWhitespace()
                if parser.consume(UInt8(ascii: ",")) { continue }
                guard parser.consume(closing) else {
                    throw parser.failure("unexpected \(parser.describeCurrent()), expected ',' or '\(Character(Unicode.Scalar(closing)))'")
                }
                break
            }
        }
        parser.depth -= 1
        nodes[index].start = count
        nodes[index].next = UInt32(truncatingIfNeeded: nodes.count)
    }

    /// One member of an object: its name, then its value.
    private mutating func member(_ parser: inout JSONParser) throws(QMPError) {
        guard parser.position < parser.count, parser.bytes[parser.position] == UInt8(ascii: "\"") else {
            throw parser.failure("unexpected \(parser.describeCurrent()), expected a member name in quotes")
        }
        try string(&parser)
        parser.skipWhitespace()
        guard parser.consume(UInt8(ascii: ":")) else {
            throw parser.failure("unexpected \(parser.describeCurrent()), expected ':'")
        }
        parser.skipWhitespace()
        try value(&parser)
    }
}
