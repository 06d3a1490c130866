import GuestABI

/// The cursor behind ``CTokenizer``: one pass over a buffer of C source, appending tokens and
/// diagnostics. Every iteration of every loop advances `position` by at least one byte.
///
/// Backslash-newline continuations are skipped wherever they occur, so `line` always counts
/// physical lines. The buffer is only valid for the lifetime of the scanner.
struct CScanner {
    /// The source bytes.
    let buffer: UnsafeBufferPointer<UInt8>
    /// The file named in diagnostics.
    let file: String
    /// The number of bytes in `buffer`.
    let count: Int
    /// The next byte to look at.
    var position = 0
    /// The physical line of `position`.
    var line = 1
    /// The tokens so far, in increasing byte order.
    var tokens: [CToken] = []
    /// The problems found so far.
    var diagnostics: [SourceDiagnostic] = []
    /// No token yet on this logical line: a `#` here starts a directive.
    var atLineStart = true
    /// The directive whose logical line is being lexed, if any.
    var directive: OpenDirective?
    /// How many conditional groups deep the scanner is inside an `#if 0` group; 0 outside.
    var skippedDepth = 0
    /// The budgets the tokens so far have used.
    var budget = TokenBudget()
    /// Set at the first token over a budget: that token is the last one looked at.
    var budgetExceeded = false

    /// Creates a scanner at the start of `buffer`.
    init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
        self.buffer = buffer
        self.file = file
        self.count = buffer.count
        tokens.reserveCapacity(min(count / 6, SourceBudget.maximumTokensPerFile))
    }

    // MARK: - Main loop

    /// Lexes the whole buffer, or up to the first token over a ``SourceBudget``.
    mutating func run() {
        if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            position = 3  // a UTF-8 byte order mark is not part of the program
        }
        while position < count, !budgetExceeded {
            let byte = buffer[position]
            switch byte {
            case CByte.space, CByte.tab, CByte.carriageReturn, CByte.verticalTab, CByte.formFeed:
                position += 1
                while position < count, CByte.isHorizontalSpace(buffer[position]) { position += 1 }
            case CByte.lineFeed:
                endLine()
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "_"), UInt8(ascii: "$"):
                lexIdentifier()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                lexNumber(contentFrom: position + 1, line: line)
            case CByte.doubleQuote:
                lexQuoted(.string, start: position, quoteAt: position, line: line)
            case CByte.singleQuote:
                lexQuoted(.character, start: position, quoteAt: position, line: line)
            case CByte.slash:
                lexSlash()
            case CByte.dot:
                let next = peek(position + 1)
                if CByte.isDigit(next.byte) {
                    let startLine = line
                    line += next.lines
                    lexNumber(contentFrom: next.index, line: startLine)
                } else {
                    lexPunctuator()
                }
            case CByte.hash:
                if atLineStart && directive == nil {
                    lexDirectiveStart()
                } else {
                    lexPunctuator()
                }
            case CByte.backslash:
                skipBackslash()
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"),
                UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "~"), UInt8(ascii: "!"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "%"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "&"),
                UInt8(ascii: "|"), UInt8(ascii: "^"):
                lexPunctuator()
            default:
                report("unexpected byte \(CByte.hexLiteral(byte))", severity: .warning)
                position += 1
            }
        }
        if directive != nil, !budgetExceeded {
            closeDirective(at: count)
        }
    }

    // MARK: - Helpers

    /// Appends a token that starts on `line`.
    @inline(__always)
    mutating func append(_ kind: CToken.Kind, _ start: Int, _ end: Int, line: Int) {
        admit(CToken(kind: kind, start: start, end: end, line: line))
        atLineStart = false
    }

    /// Appends `token` unless it is over a budget: then it is an error at its line, and lexing
    /// ends (``run()`` looks no further).
    @inline(__always)
    mutating func admit(_ token: CToken) {
        guard !budgetExceeded else { return }
        if let overrun = budget.overrun(by: token, in: buffer) {
            report(overrun, severity: .error, line: token.line)
            budgetExceeded = true
            return
        }
        tokens.append(token)
    }

    /// Records a problem on `line` (by default the current one).
    mutating func report(_ message: String, severity: SourceDiagnostic.Severity, line: Int? = nil) {
        diagnostics.append(
            SourceDiagnostic(SourceLocation(file: file, line: line ?? self.line), message, severity: severity))
    }

    /// Consumes the line feed at `position`: ends any directive and starts a new logical line.
    mutating func endLine() {
        if directive != nil {
            var end = position
            if end > 0, buffer[end - 1] == CByte.carriageReturn, (tokens.last?.end ?? 0) < end {
                end -= 1
            }
            closeDirective(at: end)
        }
        position += 1
        line += 1
        atLineStart = true
    }

    /// Consumes the backslash at `position`: a continuation, or a stray byte.
    ///
    /// Like GCC, a backslash followed only by spaces before the line ends still continues the line,
    /// with a warning.
    mutating func skipBackslash() {
        if let after = spliceEnd(at: position) {
            position = after
            line += 1
            return
        }
        var p = position + 1
        while p < count, buffer[p] == CByte.space || buffer[p] == CByte.tab { p += 1 }
        if p > position + 1, let after = newlineEnd(at: p) {
            report("backslash and newline separated by space", severity: .warning)
            position = after
            line += 1
            return
        }
        report("unexpected byte \(CByte.hexLiteral(CByte.backslash))", severity: .warning)
        position += 1
    }
}
