/// Byte constants and classes of C source text, for the tokenizer's hot loops.
///
/// Everything here works on single `UInt8` values: no `Character`, no `String`.
enum CByte {
    // MARK: - Constants

    /// Horizontal tab.
    static var tab: UInt8 { UInt8(ascii: "\t") }
    /// Line feed: ends a line.
    static var lineFeed: UInt8 { UInt8(ascii: "\n") }
    /// Vertical tab.
    static var verticalTab: UInt8 { 0x0B }
    /// Form feed.
    static var formFeed: UInt8 { 0x0C }
    /// Carriage return: whitespace, or the first half of a `\r\n` line end.
    static var carriageReturn: UInt8 { UInt8(ascii: "\r") }
    /// Space.
    static var space: UInt8 { UInt8(ascii: " ") }
    /// `\`: escapes and continuations.
    static var backslash: UInt8 { UInt8(ascii: "\\") }
    /// `/`.
    static var slash: UInt8 { UInt8(ascii: "/") }
    /// `*`.
    static var star: UInt8 { UInt8(ascii: "*") }
    /// `#`.
    static var hash: UInt8 { UInt8(ascii: "#") }
    /// `.`.
    static var dot: UInt8 { UInt8(ascii: ".") }
    /// `+`.
    static var plus: UInt8 { UInt8(ascii: "+") }
    /// `-`.
    static var minus: UInt8 { UInt8(ascii: "-") }
    /// `"`.
    static var doubleQuote: UInt8 { UInt8(ascii: "\"") }
    /// `'`.
    static var singleQuote: UInt8 { UInt8(ascii: "'") }

    // MARK: - Classes

    /// A byte that may start an identifier: `A-Z`, `a-z`, `_` or `$`.
    @inline(__always)
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    /// A byte that may continue an identifier or a pp-number: a letter, a digit, `_` or `$`.
    @inline(__always)
    static func isIdentifierContinue(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }

    /// `0-9`.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// Space, tab, vertical tab, form feed or carriage return: whitespace that does not end a line.
    @inline(__always)
    static func isHorizontalSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == carriageReturn || byte == verticalTab || byte == formFeed
    }

    /// The value of a hexadecimal digit, or `nil`.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt32? {
        if isDigit(byte) { return UInt32(byte &- UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if lower &- UInt8(ascii: "a") < 6 { return UInt32(lower &- UInt8(ascii: "a")) + 10 }
        return nil
    }

    /// The value of an octal digit, or `nil`.
    @inline(__always)
    static func octalValue(_ byte: UInt8) -> UInt32? {
        byte &- UInt8(ascii: "0") < 8 ? UInt32(byte &- UInt8(ascii: "0")) : nil
    }

    /// `0xNN`, two upper-case hexadecimal digits.
    static func hexLiteral(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(
            decoding: [UInt8(ascii: "0"), UInt8(ascii: "x"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]],
            as: UTF8.self)
    }
}
