package import GuestABI

/// The tokens of one C source file, with the bytes they point into and the problems found.
///
/// Tokens are in increasing byte order and never overlap. Queries work on bytes and allocate
/// only when they return a `String`.
package struct CTokenStream: Sendable {
    /// The file the tokens come from, relative to the tree root.
    package let file: String
    /// The source bytes the tokens' ranges point into.
    package let bytes: [UInt8]
    /// The tokens, in source order.
    package var tokens: [CToken]
    /// Unterminated comments and literals (errors), stray bytes (warnings).
    package var diagnostics: [SourceDiagnostic]

    /// Creates a stream; ``CTokenizer/tokenize()`` is the usual way to get one.
    package init(file: String, bytes: [UInt8], tokens: [CToken], diagnostics: [SourceDiagnostic]) {
        self.file = file
        self.bytes = bytes
        self.tokens = tokens
        self.diagnostics = diagnostics
    }

    // MARK: - Spelling

    /// The exact source bytes of `token`, continuations included; empty for a token that is not
    /// from this stream's buffer.
    package func text(_ token: CToken) -> String {
        guard isInBuffer(token) else { return "" }
        return String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    /// The text of `token` with backslash-newline continuations removed: what the compiler sees.
    package func spelling(_ token: CToken) -> String {
        String(decoding: logicalBytes(token), as: UTF8.self)
    }

    /// Whether the exact source bytes of `token` are `text`. Compares bytes; allocates nothing.
    package func matches(_ token: CToken, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            guard expected.count == token.end - token.start, isInBuffer(token) else { return false }
            return bytes.withUnsafeBufferPointer { source in
                var offset = 0
                while offset < expected.count {
                    if source[token.start + offset] != expected[offset] { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// Whether `token` is a directive named `name` (`"define"`), however `#` and the name are spaced.
    package func isDirective(_ token: CToken, named name: StaticString) -> Bool {
        guard token.kind == .directive, isInBuffer(token) else { return false }
        return name.withUTF8Buffer { expected in
            let nameStart = token.end - expected.count
            guard nameStart > token.start else { return false }
            let before = bytes[nameStart - 1]
            guard !CByte.isIdentifierContinue(before) else { return false }
            return bytes[nameStart..<token.end].elementsEqual(expected)
        }
    }

    /// Where `token` starts.
    package func location(_ token: CToken) -> SourceLocation {
        SourceLocation(file: file, line: token.line)
    }

    // MARK: - Structure

    /// The index of the `)`, `]` or `}` that closes the `(`, `[` or `{` at `tokens[index]`, or `nil`
    /// if `tokens[index]` is not an opener or is never closed.
    ///
    /// Only brackets of the same kind are counted, so a stray bracket of another kind does not
    /// derail the match. When the opener is inside a directive the search ends with the
    /// directive's line; otherwise directive lines met on the way are skipped, so `#if
    /// defined(X)` between the brackets is not counted.
    package func closing(of index: Int) -> Int? {
        guard tokens.indices.contains(index) else { return nil }
        let openerToken = tokens[index]
        guard openerToken.kind == .punctuator, openerToken.end - openerToken.start == 1, isInBuffer(openerToken) else {
            return nil
        }
        let opener = bytes[openerToken.start]
        let closer: UInt8
        switch opener {
        case UInt8(ascii: "("): closer = UInt8(ascii: ")")
        case UInt8(ascii: "["): closer = UInt8(ascii: "]")
        case UInt8(ascii: "{"): closer = UInt8(ascii: "}")
        default: return nil
        }
        var depth = 0
        var i = index + 1
        while i < tokens.count {
            let token = tokens[i]
            switch token.kind {
            case .punctuator where token.end - token.start == 1 && isInBuffer(token):
                let byte = bytes[token.start]
                if byte == opener {
                    depth += 1
                } else if byte == closer {
                    if depth == 0 { return i }
                    depth -= 1
                }
            case .directive:
                // The opener is outside any directive: skip this directive's line.
                i += 1
                while i < tokens.count, tokens[i].kind != .endOfDirective { i += 1 }
            case .endOfDirective:
                return nil  // the opener's directive ends unbalanced
            default:
                break
            }
            i += 1
        }
        return nil
    }

    // MARK: - Continuations

    /// Whether the byte range of `token` lies inside `bytes`.
    func isInBuffer(_ token: CToken) -> Bool {
        token.start >= 0 && token.start <= token.end && token.end <= bytes.count
    }

    /// The bytes of `token` without backslash-newline continuations.
    func logicalBytes(_ token: CToken) -> [UInt8] {
        var result: [UInt8] = []
        guard isInBuffer(token) else { return result }
        result.reserveCapacity(token.end - token.start)
        var p = token.start
        while p < token.end {
            let byte = bytes[p]
            if byte == CByte.backslash, p + 1 < token.end {
                if bytes[p + 1] == CByte.lineFeed {
                    p += 2
                    continue
                }
                if bytes[p + 1] == CByte.carriageReturn, p + 2 < token.end, bytes[p + 2] == CByte.lineFeed {
                    p += 3
                    continue
                }
            }
            result.append(byte)
            p += 1
        }
        return result
    }
}
