/// A condition's value for one CPU model when the sources may not decide it (Kleene's
/// three-valued logic): `arm_feature(env, ARM_FEATURE_V7)` is `yes` or `no` once the model's
/// features are known, `cpu_isar_feature(aa64_sve, cpu)` or `!cpu->has_el3` stay `unknown`.
public enum GateTruth: String, Hashable, Sendable, Codable {
    case yes, no, unknown

    /// Both hold.
    public static func && (lhs: GateTruth, rhs: GateTruth) -> GateTruth {
        if lhs == .no || rhs == .no { return .no }
        if lhs == .yes && rhs == .yes { return .yes }
        return .unknown
    }

    /// Either holds.
    public static func || (lhs: GateTruth, rhs: GateTruth) -> GateTruth {
        if lhs == .yes || rhs == .yes { return .yes }
        if lhs == .no && rhs == .no { return .no }
        return .unknown
    }

    /// The negation.
    public static prefix func ! (value: GateTruth) -> GateTruth {
        switch value {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}

/// A C condition as the state reader keeps it (`arm_feature(env, ARM_FEATURE_CBAR) &&
/// !(arm_feature(env, ARM_FEATURE_V8))`), parsed once into `&&` / `||` / `!` over atoms. An
/// atom `arm_feature(…, NAME)` is the feature `NAME`; a literal number is its truth; anything
/// else (`cpu_isar_feature(…)`, `kvm_enabled()`, `cpu->has_el3`, a comparison) is unknown.
public indirect enum GateExpression: Hashable, Sendable {
    case feature(String)
    case constant(GateTruth)
    case other(String)
    case not(GateExpression)
    case and(GateExpression, GateExpression)
    case or(GateExpression, GateExpression)

    /// The expression `text` holds; an atom of what cannot be parsed.
    public init(parsing text: String) {
        var parser = GateParser(text)
        let expression = parser.parseOr()
        self = parser.atEnd ? expression : .other(text)
    }

    /// `conditions` (conjuncts) as one C condition: a conjunct holding `||` is parenthesised,
    /// so `a || b` and `c` read `(a || b) && c`, as they hold.
    public static func conjunction(_ conditions: [String]) -> String {
        conditions.map { $0.contains("||") ? "(\($0))" : $0 }.joined(separator: " && ")
    }

    /// Its value when `feature` tells each feature's.
    public func evaluate(_ feature: (String) -> GateTruth) -> GateTruth {
        switch self {
        case .feature(let name): feature(name)
        case .constant(let value): value
        case .other: .unknown
        case .not(let inner): !inner.evaluate(feature)
        case .and(let left, let right): left.evaluate(feature) && right.evaluate(feature)
        case .or(let left, let right): left.evaluate(feature) || right.evaluate(feature)
        }
    }
}

/// A recursive-descent parser of ``GateExpression`` over the condition's bytes.
private struct GateParser {
    private let tokens: [String]
    private var index = 0

    init(_ text: String) {
        tokens = Self.tokenize(Array(text.utf8))
    }

    var atEnd: Bool { index == tokens.count }

    mutating func parseOr() -> GateExpression {
        parseChain("||", operand: { $0.parseChain("&&", operand: { $0.parseUnary() }, combine: GateExpression.and) }, combine: GateExpression.or)
    }

    /// `operand (op operand)*`, left-associated by `combine`.
    private mutating func parseChain(
        _ op: String, operand: (inout GateParser) -> GateExpression, combine: (GateExpression, GateExpression) -> GateExpression
    ) -> GateExpression {
        var left = operand(&self)
        while index < tokens.count, tokens[index] == op {
            index += 1
            left = combine(left, operand(&self))
        }
        return left
    }

    private mutating func parseUnary() -> GateExpression {
        guard index < tokens.count else { return .other("") }
        if tokens[index] == "!" {
            index += 1
            return .not(parseUnary())
        }
        if tokens[index] == "(" {
            let start = index
            index += 1
            let inner = parseOr()
            if index < tokens.count, tokens[index] == ")" {
                index += 1
                // `(a) == b`: a comparison that began with a parenthesis, an atom of its own.
                if index < tokens.count, !Self.ends(tokens[index]) { return atom(from: start) }
                return inner
            }
            return atom(from: start)
        }
        return atom(from: index)
    }

    /// The tokens from `start` to the next `&&` / `||` / unmatched `)` as one atom.
    private mutating func atom(from start: Int) -> GateExpression {
        index = start
        var depth = 0
        while index < tokens.count {
            let token = tokens[index]
            if depth == 0, Self.ends(token) { break }
            if token == "(" { depth += 1 }
            if token == ")" { depth -= 1 }
            index += 1
        }
        let atom = Array(tokens[start..<index])
        // arm_feature ( env , NAME ) — the feature NAME whatever names the state.
        if atom.count >= 6, atom[0] == "arm_feature", atom[1] == "(", atom.last == ")", atom[atom.count - 3] == "," {
            return .feature(atom[atom.count - 2])
        }
        if atom.count == 1, let value = Int(atom[0]) { return .constant(value == 0 ? .no : .yes) }
        if atom == ["true"] { return .constant(.yes) }
        if atom == ["false"] { return .constant(.no) }
        return .other(atom.joined(separator: " "))
    }

    private static func ends(_ token: String) -> Bool { token == "&&" || token == "||" || token == ")" }

    /// Identifiers and numbers as one token each, `&&` and `||` as one, other bytes alone.
    private static func tokenize(_ bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        var index = 0
        func isWord(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                index += 1
            } else if isWord(byte) {
                let start = index
                while index < bytes.count, isWord(bytes[index]) { index += 1 }
                tokens.append(String(decoding: bytes[start..<index], as: UTF8.self))
            } else if index + 1 < bytes.count, (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "|")), bytes[index + 1] == byte {
                tokens.append(byte == UInt8(ascii: "&") ? "&&" : "||")
                index += 2
            } else {
                tokens.append(String(decoding: [byte], as: UTF8.self))
                index += 1
            }
        }
        return tokens
    }
}
