/// Preprocessor directives: their start and end, and the `#if 0` groups whose text is lexed leniently.
extension CScanner {
    /// A directive whose logical line is being lexed.
    struct OpenDirective {
        /// The index of its ``CToken/Kind/directive`` token.
        var tokenIndex: Int
        /// What the directive does to conditional groups and to lexing.
        var name: DirectiveName
    }

    /// The directives the scanner tells apart.
    enum DirectiveName {
        /// `#if`.
        case conditional
        /// `#ifdef`, `#ifndef`: open a group whose condition is never the literal `0`.
        case namedConditional
        /// `#elif`, `#elifdef`, `#elifndef`, `#else`.
        case alternative
        /// `#endif`.
        case endConditional
        /// `#error`, `#warning`: free text follows, lexed leniently.
        case message
        /// Any other directive, or none (`#` alone, `# 12 "file.c"`).
        case other
    }

    // MARK: - Start and end

    /// Lexes the `#` at `position`, which starts a logical line, and the directive's name if one
    /// follows on the same line: one ``CToken/Kind/directive`` token covering both.
    mutating func lexDirectiveStart() {
        let start = position
        let startLine = line
        position += 1
        skipDirectiveGap()
        var end = start + 1
        var name = DirectiveName.other
        if position < count, CByte.isIdentifierStart(buffer[position]) {
            let nameStart = position
            end = identifierEnd(from: position + 1)
            name = directiveName(nameStart..<end)
            position = end
        }
        append(.directive, start, end, line: startLine)
        directive = OpenDirective(tokenIndex: tokens.count - 1, name: name)
    }

    /// Skips spaces, continuations and block comments between `#` and a directive's name.
    private mutating func skipDirectiveGap() {
        while position < count {
            let byte = buffer[position]
            if byte == CByte.space || byte == CByte.tab || byte == CByte.verticalTab || byte == CByte.formFeed {
                position += 1
            } else if let after = spliceEnd(at: position) {
                position = after
                line += 1
            } else if byte == CByte.slash, position + 1 < count, buffer[position + 1] == CByte.star {
                let startLine = line
                position += 2
                skipBlockComment(startLine: startLine)
            } else {
                return
            }
        }
    }

    /// Appends the zero-length ``CToken/Kind/endOfDirective`` token at `offset` and updates the
    /// `#if 0` depth for the directive that ends there.
    mutating func closeDirective(at offset: Int) {
        guard let open = directive else { return }
        let isIfZero =
            open.name == .conditional && tokens.count == open.tokenIndex + 2
            && tokens[open.tokenIndex + 1].kind == .number
            && tokens[open.tokenIndex + 1].end - tokens[open.tokenIndex + 1].start == 1
            && buffer[tokens[open.tokenIndex + 1].start] == UInt8(ascii: "0")
        admit(CToken(kind: .endOfDirective, start: offset, end: offset, line: line))
        directive = nil
        if skippedDepth > 0 {
            switch open.name {
            case .conditional, .namedConditional: skippedDepth += 1
            case .endConditional: skippedDepth -= 1
            case .alternative where skippedDepth == 1: skippedDepth = 0
            default: break
            }
        } else if isIfZero {
            skippedDepth = 1
        }
    }

    // MARK: - Names

    /// Classifies the directive name spelled by `range`.
    private func directiveName(_ range: Range<Int>) -> DirectiveName {
        if spells(range, "if") { return .conditional }
        if spells(range, "ifdef") || spells(range, "ifndef") { return .namedConditional }
        if spells(range, "else") || spells(range, "elif") || spells(range, "elifdef") || spells(range, "elifndef") {
            return .alternative
        }
        if spells(range, "endif") { return .endConditional }
        if spells(range, "error") || spells(range, "warning") { return .message }
        return .other
    }

    /// Whether the bytes in `range` are exactly `text`.
    private func spells(_ range: Range<Int>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            expected.count == range.count && expected.elementsEqual(buffer[range])
        }
    }
}
