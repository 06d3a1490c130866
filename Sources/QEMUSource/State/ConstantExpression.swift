import GuestABI

/// Evaluates integer constant expressions of C tokens: numbers, named constants, parentheses,
/// unary `- ~ !` and binary `* / % + - << >> & ^ |`, as enum values and `.version_id`s are
/// written. Anything else makes the result nil.
struct ConstantExpression {
    let constants: [String: Int]

    func evaluate(_ tokens: [PPToken]) -> Int? {
        var parser = Parser(tokens: tokens, constants: constants)
        guard let value = parser.binary(0), parser.index == tokens.count else { return nil }
        return value
    }

    private struct Parser {
        let tokens: [PPToken]
        let constants: [String: Int]
        var index = 0

        init(tokens: [PPToken], constants: [String: Int]) {
            self.tokens = tokens
            self.constants = constants
        }

        private static let precedence: [String: Int] = [
            "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6,
        ]

        mutating func binary(_ minimum: Int) -> Int? {
            guard var left = unary() else { return nil }
            while index < tokens.count, tokens[index].kind == .punctuator,
                let level = Self.precedence[tokens[index].text], level > minimum
            {
                let op = tokens[index].text
                index += 1
                guard let right = binary(level) else { return nil }
                switch op {
                case "|": left |= right
                case "^": left ^= right
                case "&": left &= right
                case "<<": left = right < 63 && right >= 0 ? left << right : 0
                case ">>": left = right < 63 && right >= 0 ? left >> right : 0
                case "+": left &+= right
                case "-": left &-= right
                case "*": left &*= right
                case "/": guard right != 0 else { return nil }; left /= right
                default: guard right != 0 else { return nil }; left %= right
                }
            }
            return left
        }

        mutating func unary() -> Int? {
            guard index < tokens.count else { return nil }
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .number: return CExpression.integer(token.text)
            case .identifier: return constants[token.text]
            case .punctuator:
                switch token.text {
                case "(":
                    guard let value = binary(0), index < tokens.count, tokens[index].isPunctuator(")") else { return nil }
                    index += 1
                    return value
                case "-": return unary().map { -$0 }
                case "+": return unary()
                case "~": return unary().map { ~$0 }
                case "!": return unary().map { $0 == 0 ? 1 : 0 }
                default: return nil
                }
            default: return nil
            }
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var text = self
        while let last = text.last, drop(last) { text.removeLast() }
        return text
    }
}
