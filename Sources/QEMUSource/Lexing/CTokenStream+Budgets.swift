import GuestABI

extension CTokenStream {
    /// The stream cut before its first token that exceeds a ``SourceBudget``: a token longer than
    /// ``SourceBudget/maximumTokenLength`` bytes, or a bracket opened deeper than
    /// ``SourceBudget/maximumNestingDepth`` (brackets of directive lines are not counted). The
    /// cut is an error diagnostic at that token's line, so what follows it is never read and
    /// every later pass stays linear and shallow.
    package func enforcingBudgets() -> CTokenStream {
        var depth = 0
        var inDirective = false
        for (index, token) in tokens.enumerated() {
            let length = token.end - token.start
            if length > SourceBudget.maximumTokenLength {
                return cut(
                    at: index,
                    "a token of \(length) bytes, more than the \(SourceBudget.maximumTokenLength) a source token may have; the rest of the file is not read")
            }
            switch token.kind {
            case .directive: inDirective = true
            case .endOfDirective: inDirective = false
            case .punctuator where !inDirective && length == 1:
                switch bytes[token.start] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > SourceBudget.maximumNestingDepth {
                        return cut(
                            at: index,
                            "brackets nested more than \(SourceBudget.maximumNestingDepth) deep; the rest of the file is not read")
                    }
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(depth - 1, 0)
                default: break
                }
            default: break
            }
        }
        return self
    }

    private func cut(at index: Int, _ message: String) -> CTokenStream {
        var copy = self
        copy.diagnostics.append(SourceDiagnostic(location(tokens[index]), message))
        copy.tokens.removeSubrange(index...)
        return copy
    }
}
