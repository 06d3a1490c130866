import GuestABI

/// Identifiers, numbers, string and character literals, and punctuators.
extension CScanner {
    // MARK: - Identifiers

    /// Lexes the identifier at `position`, or a literal with an encoding prefix (`L"x"`, `u8"x"`).
    mutating func lexIdentifier() {
        let start = position
        let startLine = line
        let end = identifierEnd(from: position + 1)
        if isEncodingPrefix(start..<end) {
            let next = peek(end)
            if next.byte == CByte.doubleQuote || next.byte == CByte.singleQuote {
                line += next.lines
                let kind: CToken.Kind = next.byte == CByte.doubleQuote ? .string : .character
                lexQuoted(kind, start: start, quoteAt: next.index - 1, line: startLine)
                return
            }
        }
        append(.identifier, start, end, line: startLine)
        position = end
    }

    /// The end of an identifier whose remaining bytes start at `p`, following continuations.
    mutating func identifierEnd(from p: Int) -> Int {
        var p = p
        while p < count {
            let byte = buffer[p]
            if CByte.isIdentifierContinue(byte) {
                p += 1
                continue
            }
            if byte == CByte.backslash {
                let next = peek(p)
                if next.lines > 0, CByte.isIdentifierContinue(next.byte) {
                    line += next.lines
                    p = next.index
                    continue
                }
            }
            break
        }
        return p
    }

    /// Whether `range` spells `L`, `u`, `U` or `u8`.
    private func isEncodingPrefix(_ range: Range<Int>) -> Bool {
        let first = buffer[range.lowerBound]
        switch range.count {
        case 1: return first == UInt8(ascii: "L") || first == UInt8(ascii: "u") || first == UInt8(ascii: "U")
        case 2: return first == UInt8(ascii: "u") && buffer[range.lowerBound + 1] == UInt8(ascii: "8")
        default: return false
        }
    }

    // MARK: - Numbers

    /// Lexes the pp-number starting at `position` on `startLine`, whose remaining bytes start at `p`.
    mutating func lexNumber(contentFrom p: Int, line startLine: Int) {
        var p = p
        while p < count {
            var next = (byte: buffer[p], index: p + 1, lines: 0)
            if next.byte == CByte.backslash {
                next = peek(p)
                if next.lines == 0 { break }
            }
            guard CByte.isIdentifierContinue(next.byte) || next.byte == CByte.dot else { break }
            line += next.lines
            p = next.index
            let lower = next.byte | 0x20
            if lower == UInt8(ascii: "e") || lower == UInt8(ascii: "p") {
                let sign = peek(p)
                if sign.byte == CByte.plus || sign.byte == CByte.minus {
                    line += sign.lines
                    p = sign.index
                }
            }
        }
        append(.number, position, p, line: startLine)
        position = p
    }

    // MARK: - Literals

    /// Lexes a string or character literal that starts at `start` (its prefix, if any) and whose
    /// opening quote is at `quoteAt`. An unescaped line end or the end of the buffer ends an
    /// unterminated literal there; lexing goes on with the line end.
    mutating func lexQuoted(_ kind: CToken.Kind, start: Int, quoteAt: Int, line startLine: Int) {
        let quote = buffer[quoteAt]
        var p = quoteAt + 1
        while p < count {
            let byte = buffer[p]
            if byte == quote {
                append(kind, start, p + 1, line: startLine)
                position = p + 1
                return
            }
            if byte == CByte.lineFeed {
                var end = p
                if buffer[end - 1] == CByte.carriageReturn, end - 1 > quoteAt { end -= 1 }
                unterminated(kind, start: start, end: end, line: startLine)
                position = p
                return
            }
            if byte == CByte.backslash {
                if let after = spliceEnd(at: p) {
                    line += 1
                    p = after
                    continue
                }
                // An escape: skip the escaped byte, unless it is a line end reached through continuations.
                let escaped = peek(p + 1)
                line += escaped.lines
                p = escaped.byte == CByte.lineFeed ? escaped.index - 1 : escaped.index
                continue
            }
            p += 1
        }
        unterminated(kind, start: start, end: count, line: startLine)
        position = count
    }

    /// Appends an unterminated literal and reports it: an error, or a warning where QEMU's
    /// preprocessor would not look (`#if 0` groups, `#error` and `#warning` text).
    private mutating func unterminated(_ kind: CToken.Kind, start: Int, end: Int, line startLine: Int) {
        append(kind, start, end, line: startLine)
        let what = kind == .string ? "string" : "character"
        let lenient = skippedDepth > 0 || directive?.name == .message
        report("unterminated \(what) literal", severity: lenient ? .warning : .error, line: startLine)
    }

    // MARK: - Punctuators

    /// Lexes the longest punctuator at `position`, following continuations between its bytes.
    mutating func lexPunctuator() {
        let startLine = line
        let first = buffer[position]
        let second = peek(position + 1)
        var end = position + 1
        var lines = 0
        func take(_ next: (byte: UInt8, index: Int, lines: Int)) {
            end = next.index
            lines += next.lines
        }
        switch first {
        case UInt8(ascii: "-"):
            if second.byte == UInt8(ascii: ">") || second.byte == first || second.byte == UInt8(ascii: "=") {
                take(second)
            }
        case UInt8(ascii: "+"), UInt8(ascii: "&"), UInt8(ascii: "|"):
            if second.byte == first || second.byte == UInt8(ascii: "=") { take(second) }
        case UInt8(ascii: "<"), UInt8(ascii: ">"):
            if second.byte == first {
                take(second)
                let third = peek(second.index)
                if third.byte == UInt8(ascii: "=") { take(third) }
            } else if second.byte == UInt8(ascii: "=") {
                take(second)
            }
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"),
            UInt8(ascii: "^"):
            if second.byte == UInt8(ascii: "=") { take(second) }
        case CByte.hash:
            if second.byte == CByte.hash { take(second) }
        case CByte.dot:
            if second.byte == CByte.dot {
                let third = peek(second.index)
                if third.byte == CByte.dot {
                    take(second)
                    take(third)
                }
            }
        default:
            break
        }
        append(.punctuator, position, end, line: startLine)
        line += lines
        position = end
    }
}
