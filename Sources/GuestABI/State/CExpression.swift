/// A C expression as the state reader keeps it (canonical text such as
/// `(pvr & 0x0f00) == (pcc->pvr & 0x0f00)`), parsed for ``CPUIdentityEvaluation``: numbers,
/// names, member and index access, calls, unary and binary operators with C's precedence, and
/// `?:`. A cast `(uint32_t)x` reads as `x`. What does not parse is kept as `unparsed` text,
/// whose value is unknown.
public indirect enum CExpression: Hashable, Sendable {
    case number(Int)
    case name(String)
    /// `base->field` or `base.field`.
    case member(CExpression, String)
    case index(CExpression, CExpression)
    case call(CExpression, [CExpression])
    case unary(String, CExpression)
    case binary(String, CExpression, CExpression)
    case conditional(CExpression, CExpression, CExpression)
    case unparsed(String)

    /// The expression `text` is; `unparsed(text)` when it is not one this parser reads.
    public init(parsing text: String) {
        var parser = CExpressionParser(CExpressionParser.tokens(of: text))
        if let expression = parser.expression(0), parser.atEnd {
            self = expression
        } else {
            self = .unparsed(text)
        }
    }

    /// The value of a C integer literal (`0x1f`, `12U`, `1ULL`, `017`), nil for anything else.
    public static func integer(_ text: String) -> Int? {
        var digits = Substring(text.lowercased())
        while let last = digits.last, last == "u" || last == "l" { digits.removeLast() }
        if digits.hasPrefix("0x") { return Int(digits.dropFirst(2), radix: 16) }
        if digits.count > 1, digits.hasPrefix("0") { return Int(digits.dropFirst(), radix: 8) }
        return Int(digits)
    }

    /// Every call's callee name in it (`pvr_match` in `!pvr_match(cpu, x)`).
    public var calledNames: [String] {
        var names: [String] = []
        visit { if case .call(.name(let name), _) = $0 { names.append(name) } }
        return names
    }

    /// Every field called as a function (`pvr_match` in `pcc->pvr_match(pcc, pvr, true)`).
    public var calledMembers: [String] {
        var names: [String] = []
        visit { if case .call(.member(_, let field), _) = $0 { names.append(field) } }
        return names
    }

    /// Every field name read through `->` or `.` in it.
    public var memberNames: [String] {
        var names: [String] = []
        visit { if case .member(_, let field) = $0 { names.append(field) } }
        return names
    }

    /// Every plain name in it.
    public var names: [String] {
        var names: [String] = []
        visit { if case .name(let name) = $0 { names.append(name) } }
        return names
    }

    /// Calls `body` on this expression and every expression inside it.
    public func visit(_ body: (CExpression) -> Void) {
        body(self)
        switch self {
        case .number, .name, .unparsed: break
        case .member(let base, _): base.visit(body)
        case .index(let base, let index):
            base.visit(body)
            index.visit(body)
        case .call(let callee, let arguments):
            callee.visit(body)
            for argument in arguments { argument.visit(body) }
        case .unary(_, let operand): operand.visit(body)
        case .binary(_, let left, let right):
            left.visit(body)
            right.visit(body)
        case .conditional(let condition, let then, let otherwise):
            condition.visit(body)
            then.visit(body)
            otherwise.visit(body)
        }
    }
}

/// A precedence-climbing parser of C expression text.
struct CExpressionParser {
    enum Token: Hashable {
        case number(Int)
        case identifier(String)
        case punctuator(String)
        case other(String)
    }

    private let tokens: [Token]
    private var index = 0

    init(_ tokens: [Token]) {
        self.tokens = tokens
    }

    var atEnd: Bool { index == tokens.count }

    private static let punctuators3: Set<String> = ["<<=", ">>=", "..."]
    private static let punctuators2: Set<String> = [
        "->", "&&", "||", "==", "!=", "<=", ">=", "<<", ">>", "++", "--", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=",
    ]

    /// The tokens of `text`; a string or character literal becomes `other` (its value unknown).
    static func tokens(of text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        func isIdentifierByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                index += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                var end = index
                while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                tokens.append(CExpression.integer(text).map(Token.number) ?? .other(text))
                index = end
            } else if isIdentifierByte(byte) {
                var end = index
                while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
                tokens.append(.identifier(String(decoding: bytes[index..<end], as: UTF8.self)))
                index = end
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                var end = index + 1
                while end < bytes.count, bytes[end] != byte {
                    end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                end = min(end + 1, bytes.count)
                tokens.append(.other(String(decoding: bytes[index..<end], as: UTF8.self)))
                index = end
            } else {
                let rest = String(decoding: bytes[index..<min(index + 3, bytes.count)], as: UTF8.self)
                let length = Self.punctuators3.contains(rest) ? 3 : Self.punctuators2.contains(String(rest.prefix(2))) ? 2 : 1
                tokens.append(.punctuator(String(decoding: bytes[index..<index + length], as: UTF8.self)))
                index += length
            }
        }
        return tokens
    }

    private static let precedence: [String: Int] = [
        "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, "<=": 7, ">": 7, ">=": 7,
        "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
    ]

    private func peek(_ offset: Int = 0) -> Token? {
        index + offset < tokens.count ? tokens[index + offset] : nil
    }

    private mutating func take(_ punctuator: String) -> Bool {
        guard peek() == .punctuator(punctuator) else { return false }
        index += 1
        return true
    }

    /// An expression whose binary operators bind tighter than `minimum` (0: a whole one, `?:` included).
    mutating func expression(_ minimum: Int) -> CExpression? {
        guard var left = unary() else { return nil }
        while case .punctuator(let op) = peek(), let level = Self.precedence[op], level > minimum {
            index += 1
            guard let right = expression(level) else { return nil }
            left = .binary(op, left, right)
        }
        if minimum == 0, take("?") {
            guard let then = expression(0), take(":"), let otherwise = expression(0) else { return nil }
            left = .conditional(left, then, otherwise)
        }
        return left
    }

    private mutating func unary() -> CExpression? {
        guard let token = peek() else { return nil }
        if case .punctuator(let op) = token, ["!", "~", "-", "+", "&", "*"].contains(op) {
            index += 1
            return unary().map { .unary(op, $0) }
        }
        // A cast: `(name)` or `(name *)` followed by an operand.
        if token == .punctuator("("), case .identifier = peek(1) {
            var end = index + 2
            while peek(end - index) == .punctuator("*") { end += 1 }
            if end < tokens.count, tokens[end] == .punctuator(")"), end + 1 < tokens.count {
                switch tokens[end + 1] {
                case .identifier, .number, .punctuator("("):
                    let typeName: String = if case .identifier(let name) = tokens[index + 1] { name } else { "" }
                    if Self.looksLikeType(typeName) || end > index + 2 {
                        index = end + 1
                        return unary()
                    }
                default: break
                }
            }
        }
        return postfix()
    }

    /// Type names a cast is written with (`uint32_t`, `int`, `bool`, `target_ulong`).
    private static func looksLikeType(_ name: String) -> Bool {
        name.hasSuffix("_t") || ["int", "unsigned", "long", "short", "char", "bool", "signed", "target_ulong", "target_long"].contains(name)
    }

    private mutating func postfix() -> CExpression? {
        guard var base = primary() else { return nil }
        while let token = peek() {
            if token == .punctuator("->") || token == .punctuator(".") {
                guard case .identifier(let field) = peek(1) else { return nil }
                index += 2
                base = .member(base, field)
            } else if token == .punctuator("[") {
                index += 1
                guard let inner = expression(0), take("]") else { return nil }
                base = .index(base, inner)
            } else if token == .punctuator("(") {
                index += 1
                var arguments: [CExpression] = []
                if !take(")") {
                    repeat {
                        guard let argument = expression(0) else { return nil }
                        arguments.append(argument)
                    } while take(",")
                    guard take(")") else { return nil }
                }
                base = .call(base, arguments)
            } else {
                break
            }
        }
        return base
    }

    private mutating func primary() -> CExpression? {
        guard let token = peek() else { return nil }
        index += 1
        switch token {
        case .number(let value): return .number(value)
        case .identifier(let name): return .name(name)
        case .punctuator("("):
            guard let inner = expression(0), take(")") else { return nil }
            return inner
        default: return nil
        }
    }
}
