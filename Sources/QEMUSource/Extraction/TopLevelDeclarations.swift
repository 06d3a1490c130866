import GuestABI

/// A function definition found at file scope: `static void name(params) { body }`.
struct FunctionDefinition: Sendable {
    var name: String
    var parameters: [PPToken]
    var body: [PPToken]
    var location: SourceLocation
}

/// A file-scope variable with a brace initializer: `GlobalProperty name[] = { … };` or
/// `static const TypeInfo name = { … };`.
struct InitializedVariable: Sendable {
    var name: String
    /// The declaration's tokens before the name (`static const TypeInfo`).
    var typeTokens: [PPToken]
    /// The tokens inside the outer braces.
    var initializer: [PPToken]
    var location: SourceLocation

    func hasType(_ name: String) -> Bool { typeTokens.contains { $0.isIdentifier && $0.text == name } }
}

/// The file-scope declarations of a token list that the recognisers need: functions, and
/// variables with brace initializers. Everything else at file scope is stepped over.
struct TopLevelDeclarations: Sendable {
    var functions: [String: FunctionDefinition] = [:]
    var variables: [InitializedVariable] = []
    /// Blocks that never close: everything after them is lost, so each is an error.
    var diagnostics: [SourceDiagnostic] = []

    /// Declarations found elsewhere (``TopLevelLayout``).
    init(functions: [String: FunctionDefinition], variables: [InitializedVariable]) {
        self.functions = functions
        self.variables = variables
    }

    init(_ tokens: [PPToken]) {
        var index = 0
        var statementStart = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isPunctuator(";") {
                index += 1
                statementStart = index
                continue
            }
            if token.isPunctuator("{") {
                guard let close = Self.closing(tokens, from: index) else {
                    diagnostics.append(
                        SourceDiagnostic(token.location, "'{' is never closed (or a bracket inside it is unbalanced); the rest of the file is not read"))
                    break
                }
                let head = tokens[statementStart..<index]
                if let function = Self.function(head: head, body: tokens[(index + 1)..<close]) {
                    if functions[function.name] == nil { functions[function.name] = function }
                    index = close + 1
                    statementStart = index
                    continue
                }
                if let variable = Self.variable(head: head, initializer: tokens[(index + 1)..<close]) {
                    variables.append(variable)
                }
                index = close + 1
                continue
            }
            index += 1
        }
    }

    /// `… name ( params )` right before `{`.
    private static func function(head: ArraySlice<PPToken>, body: ArraySlice<PPToken>) -> FunctionDefinition? {
        guard let last = head.last, last.isPunctuator(")"), let open = openingParen(head) else { return nil }
        let nameIndex = open - 1
        guard nameIndex >= head.startIndex, head[nameIndex].isIdentifier else { return nil }
        // `= {` initializers and `struct x {` are not functions; `__attribute__((x))` before the
        // name is fine.
        guard !head.contains(where: { $0.isPunctuator("=") }) else { return nil }
        return FunctionDefinition(
            name: head[nameIndex].text, parameters: Array(head[(open + 1)..<(head.endIndex - 1)]), body: Array(body),
            location: head[nameIndex].location)
    }

    /// `… name [ ] = {` or `… name = {`.
    private static func variable(head: ArraySlice<PPToken>, initializer: ArraySlice<PPToken>) -> InitializedVariable? {
        guard let equals = head.lastIndex(where: { $0.isPunctuator("=") }), equals == head.endIndex - 1 else { return nil }
        var nameIndex = equals - 1
        while nameIndex >= head.startIndex, !head[nameIndex].isIdentifier { nameIndex -= 1 }
        guard nameIndex >= head.startIndex else { return nil }
        return InitializedVariable(
            name: head[nameIndex].text, typeTokens: Array(head[head.startIndex..<nameIndex]), initializer: Array(initializer),
            location: head[nameIndex].location)
    }

    private static func openingParen(_ head: ArraySlice<PPToken>) -> Int? {
        var depth = 0
        var index = head.endIndex - 1
        while index >= head.startIndex {
            if head[index].isPunctuator(")") { depth += 1 }
            if head[index].isPunctuator("(") {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }

    /// The index of the closer matching the opener at `start`.
    static func closing(_ tokens: [PPToken], from start: Int) -> Int? {
        closing(tokens[...], from: start)
    }

    /// Brackets must nest by kind: `{ ( }` is unbalanced, not closed.
    static func closing(_ tokens: ArraySlice<PPToken>, from start: Int) -> Int? {
        // Brackets are one-byte punctuators: compared as bytes, the hot loop of every reader.
        var open: [UInt8] = []
        var index = start
        while index < tokens.endIndex {
            // Read in place: copying the token would retain its strings.
            if tokens[index].kind == .punctuator, let byte = tokens[index].singleByte {
                switch byte {
                case UInt8(ascii: "("): open.append(UInt8(ascii: ")"))
                case UInt8(ascii: "["): open.append(UInt8(ascii: "]"))
                case UInt8(ascii: "{"): open.append(UInt8(ascii: "}"))
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    guard open.popLast() == byte else { return nil }
                    if open.isEmpty { return index }
                default: break
                }
            }
            index += 1
        }
        return nil
    }
}

extension Array where Element == PPToken {
    /// Splits on commas outside any brackets.
    func splitTopLevel(on separator: String = ",") -> [[PPToken]] {
        ArraySlice(self).splitTopLevel(on: separator)
    }
}

extension ArraySlice where Element == PPToken {
    func splitTopLevel(on separator: String = ",") -> [[PPToken]] {
        var parts: [[PPToken]] = [[]]
        var depth = 0
        for token in self {
            if token.kind == .punctuator {
                // Brackets as bytes: comparing the strings is the slow path of this hot loop.
                switch token.singleByte {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default:
                    if depth == 0, token.isPunctuator(separator) {
                        parts.append([])
                        continue
                    }
                }
            }
            parts[parts.count - 1].append(token)
        }
        return parts
    }
}

extension Sequence where Element == PPToken {
    /// The tokens as C text in one canonical spacing, whatever the source's layout:
    /// `2047 * TiB`, `!module_object_class_by_name(TYPE_X)`, `caps[SPAPR_CAP_HTM]`, `a->b.c`.
    var normalizedText: String {
        var text = ""
        var previous: PPToken?
        for token in self {
            if let previous, Self.spaceBetween(previous, token) { text += " " }
            text += token.text
            previous = token
        }
        return text
    }

    private static func spaceBetween(_ left: PPToken, _ right: PPToken) -> Bool {
        if left.kind == .punctuator, ["(", "[", ".", "->", "!", "~", "#"].contains(left.text) { return false }
        if right.kind == .punctuator, [")", "]", ",", ";", ".", "->", "["].contains(right.text) { return false }
        if right.isPunctuator("("), left.kind == .identifier { return false }
        return true
    }

    /// The value of a run of adjacent string literals, or nil if anything else is in it.
    var concatenatedString: String? {
        var result = ""
        var sawString = false
        for token in self {
            guard let value = token.stringValue else { return nil }
            result += value
            sawString = true
        }
        return sawString ? result : nil
    }
}
