extension JSONValue {
    /// The deepest nesting of arrays and objects accepted; QMP replies nest a few levels.
    public static let maximumDepth = 256

    /// Parses one JSON text (RFC 8259), such as one line that QEMU's monitor sent.
    ///
    /// Whitespace around the value is allowed; anything else after it is an error.
    public init(parsing bytes: [UInt8]) throws(QMPError) {
        self = try bytes.withUnsafeBufferPointer { (buffer) throws(QMPError) -> JSONValue in
            var parser = JSONParser(bytes: buffer)
            return try parser.parseDocument()
        }
    }

    /// Parses one JSON text given as a string.
    public init(parsing text: String) throws(QMPError) {
        try self.init(parsing: Array(text.utf8))
    }
}

/// A recursive-descent reader over the bytes of one JSON text; every step consumes a byte or
/// fails. It reads a buffer that outlives it (the caller's), so the hot loops index memory
/// without copying it; every index is checked against ``count`` first.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    var position = 0
    var depth = 0
    /// The members of the objects being read, innermost last (see ``parseObject()``).
    var pendingMembers: [(String, JSONValue)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        count = bytes.count
    }

    mutating func parseDocument() throws(QMPError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard position == count else { throw failure("unexpected \(describeCurrent()) after the value") }
        return value
    }

    // MARK: - Values

    mutating func parseValue() throws(QMPError) -> JSONValue {
        guard position < count else { throw failure("unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseKeyword("true", .bool(true))
        case UInt8(ascii: "f"): return try parseKeyword("false", .bool(false))
        case UInt8(ascii: "n"): return try parseKeyword("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("unexpected \(describeCurrent()), expected a value")
        }
    }

    mutating func parseKeyword(_ word: StaticString, _ value: JSONValue) throws(QMPError) -> JSONValue {
        let length = word.utf8CodeUnitCount
        guard position + length <= count else { throw failure("unexpected end of input in '\(word)'") }
        let matches = word.withUTF8Buffer { expected in
            UnsafeBufferPointer(rebasing: bytes[position..<position + length]).elementsEqual(expected)
        }
        guard matches else { throw failure("unexpected \(describeCurrent()), expected a value") }
        position += length
        return value
    }

    mutating func parseObject() throws(QMPError) -> JSONValue {
        try enterContainer()
        position += 1
        skipWhitespace()
        if consume(UInt8(ascii: "}")) {
            depth -= 1
            return .object([:])
        }
        // The members wait on a stack shared by every object of the document, so the
        // dictionary is made once at its final size and no object allocates a list of its own.
        let base = pendingMembers.count
        defer { pendingMembers.removeSubrange(base...) }
        while true {
            skipWhitespace()
            guard position < count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("unexpected \(describeCurrent()), expected a member name in quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw failure("unexpected \(describeCurrent()), expected ':'") }
            skipWhitespace()
            let value = try parseValue()
            pendingMembers.append((key, value))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            guard consume(UInt8(ascii: "}")) else {
                throw failure("unexpected \(describeCurrent()), expected ',' or '}'")
            }
            depth -= 1
            var members = [String: JSONValue](minimumCapacity: pendingMembers.count - base)
            for (key, value) in pendingMembers[base...] { members[key] = value }  // the last of a repeated name wins
            return .object(members)
        }
    }

    mutating func parseArray() throws(QMPError) -> JSONValue {
        try enterContainer()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) {
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            guard consume(UInt8(ascii: "]")) else {
                throw failure("unexpected \(describeCurrent()), expected ',' or ']'")
            }
            depth -= 1
            return .array(elements)
        }
    }

    // MARK: - Strings

    mutating func parseString() throws(QMPError) -> String {
        position += 1  // opening quote
        let start = position
        // Fast path: no escapes, so the bytes between the quotes are the string; ASCII-only
        // bytes (`seen` has no high bit) are valid UTF-8 as they are.
        var seen: UInt8 = 0
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<position])
                let text = seen < 0x80 ? String(decoding: utf8, as: UTF8.self) : try makeString(utf8, startingAt: start)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw failure("control character 0x\(hex(byte)) in a string") }
            seen |= byte
            position += 1
        }
        var decoded = Array(bytes[start..<position])
        while position < count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let text = try decoded.withUnsafeBufferPointer { (buffer) throws(QMPError) -> String in
                    try makeString(buffer, startingAt: start)
                }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                try parseEscape(into: &decoded)
            case 0..<0x20:
                throw failure("control character 0x\(hex(byte)) in a string")
            default:
                decoded.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string that starts at byte \(start - 1)")
    }

    mutating func parseEscape(into decoded: inout [UInt8]) throws(QMPError) {
        position += 1  // backslash
        guard position < count else { throw failure("unexpected end of input in an escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try parseHexQuad())
            if (0xD800..<0xDC00).contains(scalar) {
                guard position + 1 < count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw failure("high surrogate \\u\(String(scalar, radix: 16)) without its low half") }
                position += 2
                let low = UInt32(try parseHexQuad())
                guard (0xDC00..<0xE000).contains(low) else {
                    throw failure("\\u\(String(low, radix: 16)) is not a low surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw failure("lone low surrogate \\u\(String(scalar, radix: 16))")
            }
            decoded.append(contentsOf: String(Character(unicode)).utf8)
        default:
            position -= 1
            throw failure("unknown escape '\\\(describeCurrent())'")
        }
    }

    mutating func parseHexQuad() throws(QMPError) -> UInt16 {
        guard position + 4 <= count else { throw failure("unexpected end of input in a \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("\(describeCurrent()) is not a hex digit in a \\u escape")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    func makeString(_ utf8: UnsafeBufferPointer<UInt8>, startingAt start: Int) throws(QMPError) -> String {
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw failure("the string that starts at byte \(start - 1) is not valid UTF-8")
        }
        return text
    }

    // MARK: - Numbers

    mutating func parseNumber() throws(QMPError) -> JSONValue {
        let start = position
        var isInteger = true
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if position < count, isDigit(bytes[position]) {
                throw failure("leading zero in a number")
            }
        } else {
            guard consumeDigits() else { throw failure("unexpected \(describeCurrent()), expected a digit") }
        }
        if consume(UInt8(ascii: ".")) {
            isInteger = false
            guard consumeDigits() else { throw failure("unexpected \(describeCurrent()), expected a digit after '.'") }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isInteger = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard consumeDigits() else { throw failure("unexpected \(describeCurrent()), expected an exponent") }
        }
        // Up to 18 digits always fit in Int64: read them without making a string.
        if isInteger, position - start <= 18 {
            var index = start
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var magnitude: Int64 = 0
            while index < position {
                magnitude = magnitude &* 10 &+ Int64(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
            return .int(negative ? -magnitude : magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger {
            if let value = Int64(text) { return .int(value) }
            if let value = UInt64(text) { return .uint(value) }
        }
        guard let value = Double(text), value.isFinite else { throw failure("number \(text) is out of range") }
        return .double(value)
    }

    /// Consumes one or more digits; false when there is none.
    mutating func consumeDigits() -> Bool {
        let start = position
        while position < count, isDigit(bytes[position]) { position += 1 }
        return position > start
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: - Helpers

    mutating func enterContainer() throws(QMPError) {
        depth += 1
        guard depth <= JSONValue.maximumDepth else {
            throw failure("nesting deeper than \(JSONValue.maximumDepth) levels")
        }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func skipWhitespace() {
        // Indentation comes in runs of spaces: eight bytes at a time, stepping to the first byte
        // that is not a space.
        if let base = bytes.baseAddress {
            while position + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
                let notSpace = word ^ 0x2020_2020_2020_2020
                if notSpace == 0 {
                    position += 8
                    continue
                }
                position += notSpace.trailingZeroBitCount >> 3
                switch base[position] {
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
                default: return
                }
            }
        }
        while position < count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    func describeCurrent() -> String {
        guard position < count else { return "end of input" }
        let byte = bytes[position]
        return (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(hex(byte))"
    }

    func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    func failure(_ reason: String) -> QMPError {
        QMPError(
            .protocolError, subject: "JSON text", reason: "\(reason) (byte \(position) of \(count))",
            hint: "QMP sends one JSON object per line; check that the peer is a QEMU monitor in control mode")
    }
}
