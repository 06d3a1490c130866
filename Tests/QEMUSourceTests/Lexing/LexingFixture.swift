import GuestABI
import QEMUSource

/// A token as tests spell it: kind and exact text, readable in expectations and failures.
struct ExpectedToken: Equatable, Sendable, CustomStringConvertible {
    /// The token's kind.
    var kind: CToken.Kind
    /// The token's exact source text.
    var text: String

    /// An identifier.
    static func id(_ text: String) -> Self { Self(kind: .identifier, text: text) }
    /// A pp-number.
    static func num(_ text: String) -> Self { Self(kind: .number, text: text) }
    /// A string literal, quotes included.
    static func str(_ text: String) -> Self { Self(kind: .string, text: text) }
    /// A character literal, quotes included.
    static func chr(_ text: String) -> Self { Self(kind: .character, text: text) }
    /// A punctuator.
    static func punct(_ text: String) -> Self { Self(kind: .punctuator, text: text) }
    /// The start of a directive.
    static func dir(_ text: String) -> Self { Self(kind: .directive, text: text) }
    /// The end of a directive.
    static let eod = Self(kind: .endOfDirective, text: "")

    var description: String { "\(kind)(\(text))" }
}

/// Helpers shared by the lexing suites.
enum LexingFixture {
    /// Tokenizes `source` as the file `file`.
    static func lex(_ source: String, file: String = "hw/test/fixture.c") -> CTokenStream {
        CTokenizer(bytes: Array(source.utf8), file: file).tokenize()
    }

    /// The kinds and texts of the tokens of `source`.
    static func tokens(_ source: String) -> [ExpectedToken] {
        let stream = lex(source)
        return stream.tokens.map { ExpectedToken(kind: $0.kind, text: stream.text($0)) }
    }

    /// The first problem with the shape of `stream`'s tokens, or `nil` if they are in increasing
    /// byte order, do not overlap, stay in the buffer, are empty only at directive ends, and have
    /// non-decreasing lines within the file's line count.
    static func shapeProblem(_ stream: CTokenStream) -> String? {
        let lineCount = stream.bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        var previousEnd = 0
        var previousLine = 1
        var openDirective = false
        for (index, token) in stream.tokens.enumerated() {
            if token.start < previousEnd { return "token \(index) starts before the previous one ends" }
            if token.end > stream.bytes.count { return "token \(index) ends past the buffer" }
            if token.end < token.start { return "token \(index) ends before it starts" }
            if (token.end == token.start) != (token.kind == .endOfDirective) {
                return "token \(index) is empty but not a directive end, or the reverse"
            }
            if token.line < previousLine || token.line > lineCount { return "token \(index) has line \(token.line)" }
            switch token.kind {
            case .directive:
                if openDirective { return "token \(index) opens a directive inside another" }
                openDirective = true
            case .endOfDirective:
                if !openDirective { return "token \(index) ends a directive never opened" }
                openDirective = false
            default:
                break
            }
            previousEnd = token.end
            previousLine = token.line
        }
        return openDirective ? "the last directive never ends" : nil
    }
}
