import GuestABI

/// Whitespace the scanner skips: continuations, comments, and looking past continuations.
extension CScanner {
    // MARK: - Continuations

    /// The index after a line end (`\n` or `\r\n`) starting at `p`, or `nil` if none starts there.
    @inline(__always)
    func newlineEnd(at p: Int) -> Int? {
        guard p < count else { return nil }
        if buffer[p] == CByte.lineFeed { return p + 1 }
        if buffer[p] == CByte.carriageReturn, p + 1 < count, buffer[p + 1] == CByte.lineFeed { return p + 2 }
        return nil
    }

    /// The index after a backslash-newline continuation at `p`, or `nil` if none starts there.
    @inline(__always)
    func spliceEnd(at p: Int) -> Int? {
        guard p < count, buffer[p] == CByte.backslash else { return nil }
        return newlineEnd(at: p + 1)
    }

    /// The logical byte at `p`: continuations there are skipped. Returns the byte (0 at the end
    /// of the buffer), the index after it, and how many continuations were skipped. Nothing is
    /// consumed; the caller adds `lines` to `line` if it takes the byte.
    @inline(__always)
    func peek(_ p: Int) -> (byte: UInt8, index: Int, lines: Int) {
        var p = p
        var lines = 0
        while p < count {
            let byte = buffer[p]
            if byte == CByte.backslash, let after = spliceEnd(at: p) {
                p = after
                lines += 1
                continue
            }
            return (byte, p + 1, lines)
        }
        return (0, p, lines)
    }

    // MARK: - Comments

    /// Lexes at a `/`: a block comment, a line comment, or the punctuators `/` and `/=`.
    mutating func lexSlash() {
        let next = peek(position + 1)
        if next.byte == CByte.star {
            let startLine = line
            line += next.lines
            position = next.index
            skipBlockComment(startLine: startLine)
        } else if next.byte == CByte.slash {
            line += next.lines
            position = next.index
            skipLineComment()
        } else {
            lexPunctuator()
        }
    }

    /// Skips the body of a block comment from `position` (just after `/*`) to just after `*/`,
    /// reporting an error on `startLine` if the buffer ends first.
    mutating func skipBlockComment(startLine: Int) {
        var p = position
        while p < count {
            let byte = buffer[p]
            if byte == CByte.lineFeed {
                line += 1
            } else if byte == CByte.star {
                let next = peek(p + 1)
                if next.byte == CByte.slash {
                    line += next.lines
                    position = next.index
                    return
                }
            }
            p += 1
        }
        position = count
        report("unterminated comment", severity: .error, line: startLine)
    }

    /// Skips the body of a line comment from `position` (just after `//`) to its line feed, which
    /// is left for the main loop. A continuation at the end of the line carries the comment on.
    mutating func skipLineComment() {
        let bodyStart = position
        var p = position
        while p < count {
            if buffer[p] == CByte.lineFeed {
                var q = p - 1
                if q >= bodyStart, buffer[q] == CByte.carriageReturn { q -= 1 }
                guard q >= bodyStart, buffer[q] == CByte.backslash else { break }
                line += 1
            }
            p += 1
        }
        position = p
    }
}
