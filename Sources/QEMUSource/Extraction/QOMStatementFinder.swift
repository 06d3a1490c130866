import GuestABI

/// Finds, in a file's raw tokens, the few statements that can declare QOM types, so that only
/// those become ``PPToken``s: a declaration that names `TypeInfo` or `VirtioPCIDeviceTypeInfo`
/// outside parentheses, at file scope or in a function (`static const TypeInfo info = { … };`
/// in a register function), and each file-scope `OBJECT_DEFINE_…(…)` invocation. Brackets are
/// counted on bytes and directive lines stepped over, so a file costs one walk of its tokens.
struct QOMStatementFinder {
    /// The declarations that may define a `TypeInfo`, each through its `;`, in source order.
    private(set) var declarations: [PPToken] = []
    /// Each `OBJECT_DEFINE_…( … )` invocation, name through `)`.
    private(set) var objectDefines: [[PPToken]] = []

    private static let objectDefinePrefix: [UInt8] = Array("OBJECT_DEFINE_".utf8)

    init(_ stream: CTokenStream) {
        let tokens = stream.tokens
        var braces = 0
        var parentheses = 0
        var statementStart = 0
        // The brace depth of the declaration being read, once it has named the type.
        var wantedDepth: Int?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .directive:
                while index < tokens.count, tokens[index].kind != .endOfDirective { index += 1 }
            case .punctuator where token.end - token.start == 1:
                switch stream.bytes[token.start] {
                case UInt8(ascii: "("): parentheses += 1
                case UInt8(ascii: ")"): parentheses = max(0, parentheses - 1)
                case UInt8(ascii: "{"):
                    braces += 1
                    if wantedDepth == nil { statementStart = index + 1 }
                case UInt8(ascii: "}"):
                    braces = max(0, braces - 1)
                    if wantedDepth == nil { statementStart = index + 1 }
                case UInt8(ascii: ";") where parentheses == 0:
                    if let depth = wantedDepth {
                        guard depth == braces else { break }
                        declarations += Self.ppTokens(stream, statementStart...index)
                        wantedDepth = nil
                    }
                    statementStart = index + 1
                default: break
                }
            case .identifier where parentheses == 0:
                if wantedDepth == nil, stream.matches(token, "TypeInfo") || stream.matches(token, "VirtioPCIDeviceTypeInfo") {
                    wantedDepth = braces
                } else if braces == 0, Self.isObjectDefine(token, in: stream), index + 1 < tokens.count,
                    stream.matches(tokens[index + 1], "("), let close = stream.closing(of: index + 1)
                {
                    objectDefines.append(Self.ppTokens(stream, index...close))
                    index = close
                    statementStart = close + 1
                }
            default: break
            }
            index += 1
        }
    }

    private static func isObjectDefine(_ token: CToken, in stream: CTokenStream) -> Bool {
        token.end - token.start > objectDefinePrefix.count
            && stream.bytes[token.start..<(token.start + objectDefinePrefix.count)].elementsEqual(objectDefinePrefix)
    }

    /// The tokens of `range` outside directive lines.
    private static func ppTokens(_ stream: CTokenStream, _ range: ClosedRange<Int>) -> [PPToken] {
        var result: [PPToken] = []
        var inDirective = false
        for index in range {
            switch stream.tokens[index].kind {
            case .directive: inDirective = true
            case .endOfDirective: inDirective = false
            default: if !inDirective { result.append(stream.ppToken(at: index)) }
            }
        }
        return result
    }
}
