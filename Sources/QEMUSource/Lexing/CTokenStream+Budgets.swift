import GuestABI

extension CTokenStream {
    /// The stream cut before its first token that exceeds a ``SourceBudget``: more than
    /// ``SourceBudget/maximumTokensPerFile`` tokens, a token longer than
    /// ``SourceBudget/maximumTokenLength`` bytes, a bracket opened deeper than
    /// ``SourceBudget/maximumNestingDepth`` (brackets of directive lines are not counted), or a
    /// file-scope machine definition beyond ``SourceBudget/maximumDefinitionsPerFile``. The
    /// cut is an error diagnostic at that token's line, so what follows it is never read and
    /// every later pass stays linear and shallow.
    package func enforcingBudgets() -> CTokenStream {
        if tokens.count > SourceBudget.maximumTokensPerFile {
            return cut(
                at: SourceBudget.maximumTokensPerFile,
                "more than \(SourceBudget.maximumTokensPerFile) tokens in one file; the rest of the file is not read"
            ).enforcingBudgets()
        }
        var depth = 0
        var inDirective = false
        var definitions = 0
        for (index, token) in tokens.enumerated() {
            let length = token.end - token.start
            if token.kind == .identifier, !inDirective, depth == 0, isMachineDefinition(token) {
                definitions += 1
                if definitions > SourceBudget.maximumDefinitionsPerFile {
                    // Cut here, before anything downstream turns the rest into tokens with text.
                    return cut(
                        at: index,
                        "more than \(SourceBudget.maximumDefinitionsPerFile) machine definitions in one file; this one and the rest are not read")
                }
            }
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

    /// Whether `token` names a machine-definition macro as the extractor reads them: `DEFINE_`,
    /// then `MACHINE` somewhere (see ``TreeExtraction/expandMachineDefinitions``).
    private func isMachineDefinition(_ token: CToken) -> Bool {
        let prefix: [UInt8] = Array("DEFINE_".utf8)
        let middle: [UInt8] = Array("MACHINE".utf8)
        guard token.end - token.start >= prefix.count + middle.count, bytes[token.start] == prefix[0],
            bytes[token.start..<(token.start + prefix.count)].elementsEqual(prefix)
        else { return false }
        var position = token.start + prefix.count
        while position + middle.count <= token.end {
            if bytes[position..<(position + middle.count)].elementsEqual(middle) { return true }
            position += 1
        }
        return false
    }

    private func cut(at index: Int, _ message: String) -> CTokenStream {
        var copy = self
        copy.diagnostics.append(SourceDiagnostic(location(tokens[index]), message))
        copy.tokens.removeSubrange(index...)
        return copy
    }
}
