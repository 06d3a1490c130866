/// The ``SourceBudget`` limits of one token stream, checked token by token as ``CScanner`` makes
/// them, so lexing ends at the first token over a budget and no work is spent on what follows:
/// more than ``SourceBudget/maximumTokensPerFile`` tokens, a token longer than
/// ``SourceBudget/maximumTokenLength`` bytes, a bracket opened deeper than
/// ``SourceBudget/maximumNestingDepth`` (brackets of directive lines are not counted), or a
/// file-scope machine definition beyond ``SourceBudget/maximumDefinitionsPerFile``.
///
/// Each check is constant work per token, so a file costs the same up to its first overrun
/// however much follows, and every later pass sees a stream within the budgets.
struct TokenBudget {
    private var tokens = 0
    private var depth = 0
    private var inDirective = false
    private var definitions = 0

    /// Counts `token`, the next token of the stream over `buffer`; returns why it is over a
    /// budget (the message of the error that ends the stream at it), or nil.
    mutating func overrun(by token: CToken, in buffer: UnsafeBufferPointer<UInt8>) -> String? {
        tokens += 1
        if tokens > SourceBudget.maximumTokensPerFile {
            return "more than \(SourceBudget.maximumTokensPerFile) tokens in one file; the rest of the file is not read"
        }
        let length = token.end - token.start
        if token.kind == .identifier, !inDirective, depth == 0, Self.isMachineDefinition(token, in: buffer) {
            definitions += 1
            if definitions > SourceBudget.maximumDefinitionsPerFile {
                return "more than \(SourceBudget.maximumDefinitionsPerFile) machine definitions in one file; this one and the rest are not read"
            }
        }
        if length > SourceBudget.maximumTokenLength {
            return "a token of \(length) bytes, more than the \(SourceBudget.maximumTokenLength) a source token may have; the rest of the file is not read"
        }
        switch token.kind {
        case .directive: inDirective = true
        case .endOfDirective: inDirective = false
        case .punctuator where !inDirective && length == 1:
            switch buffer[token.start] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > SourceBudget.maximumNestingDepth {
                    return "brackets nested more than \(SourceBudget.maximumNestingDepth) deep; the rest of the file is not read"
                }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(depth - 1, 0)
            default: break
            }
        default: break
        }
        return nil
    }

    private static let prefix: StaticString = "DEFINE_"
    private static let middle: StaticString = "MACHINE"

    /// Whether `token` names a machine-definition macro as the extractor reads them: `DEFINE_`,
    /// then `MACHINE` somewhere (see ``TreeExtraction/expandMachineDefinitions``).
    private static func isMachineDefinition(_ token: CToken, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        prefix.withUTF8Buffer { prefix in
            middle.withUTF8Buffer { middle in
                guard token.end - token.start >= prefix.count + middle.count, starts(with: prefix, at: token.start, in: buffer)
                else { return false }
                var position = token.start + prefix.count
                while position + middle.count <= token.end {
                    if starts(with: middle, at: position, in: buffer) { return true }
                    position += 1
                }
                return false
            }
        }
    }

    @inline(__always)
    private static func starts(with text: UnsafeBufferPointer<UInt8>, at position: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<text.count where buffer[position + offset] != text[offset] { return false }
        return true
    }
}
