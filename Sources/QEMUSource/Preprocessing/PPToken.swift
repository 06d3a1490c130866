import GuestABI

/// A token with its text, as the preprocessor and the recognisers work on it: tokens of several
/// files and of macro expansions mix, so each carries its own text and location.
struct PPToken: Hashable, Sendable, CustomStringConvertible {
    var kind: CToken.Kind
    var text: String
    var location: SourceLocation
    /// True when a space or line break came before the token in its source (stringification
    /// keeps one space there).
    var precededBySpace: Bool

    init(kind: CToken.Kind, text: String, location: SourceLocation, precededBySpace: Bool = true) {
        self.kind = kind
        self.text = text
        self.location = location
        self.precededBySpace = precededBySpace
    }

    var description: String { text }

    var isIdentifier: Bool { kind == .identifier }

    /// Punctuators are short ASCII strings, held inline: `==` compares their raw bits, with no
    /// Unicode-aware comparison (and no generic byte loop) on this hottest test of every reader.
    func isPunctuator(_ text: String) -> Bool {
        kind == .punctuator && self.text == text
    }

    /// The byte of a one-byte token (`{`, `,`), nil for longer ones.
    var singleByte: UInt8? {
        let utf8 = text.utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    /// The contents of a string literal, escapes decoded; `nil` for other tokens.
    var stringValue: String? {
        // An unterminated literal (`"` alone, as a truncated `#include "` leaves) has no body.
        guard kind == .string, let open = text.firstIndex(of: "\""), text.last == "\"" else { return nil }
        let bodyStart = text.index(after: open)
        let bodyEnd = text.index(before: text.endIndex)
        guard bodyStart <= bodyEnd else { return nil }
        let body = text[bodyStart..<bodyEnd]
        return StringLiteralDecoder.decode(Substring(body))
    }
}

extension CTokenStream {
    /// The tokens of the stream outside preprocessor directives, as `PPToken`s.
    func ppTokens(skippingDirectives: Bool = true) -> [PPToken] {
        var result: [PPToken] = []
        result.reserveCapacity(tokens.count)
        var inDirective = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .directive:
                inDirective = true
                if skippingDirectives { continue }
            case .endOfDirective:
                inDirective = false
                if skippingDirectives { continue }
            default:
                if inDirective && skippingDirectives { continue }
            }
            result.append(ppToken(at: index))
        }
        return result
    }

    /// The token at `index` as a `PPToken`.
    func ppToken(at index: Int) -> PPToken {
        let token = tokens[index]
        let spaced = token.start == 0 || Self.isSpace(bytes[token.start - 1]) || index == 0 || tokens[index - 1].end < token.start
        return PPToken(kind: token.kind, text: text(token), location: location(token), precededBySpace: spaced)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}

/// Decodes the escapes of a C string literal body.
enum StringLiteralDecoder {
    static func decode(_ body: Substring) -> String {
        guard body.contains("\\") else { return String(body) }
        var bytes: [UInt8] = []
        var iterator = Array(body.utf8)[...]
        while let byte = iterator.popFirst() {
            guard byte == UInt8(ascii: "\\"), let next = iterator.popFirst() else {
                bytes.append(byte)
                continue
            }
            switch next {
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(next - UInt8(ascii: "0"))
                var count = 1
                while count < 3, let digit = iterator.first, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "7") {
                    value = value * 8 + Int(digit - UInt8(ascii: "0"))
                    iterator.removeFirst()
                    count += 1
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                var value = 0
                while let digit = iterator.first, let nibble = hexValue(digit) {
                    // Any number of digits may follow; like a compiler, keep the low byte.
                    value = (value * 16 + nibble) & 0xFF
                    iterator.removeFirst()
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            default: bytes.append(next)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
