import GuestABI

/// Where ``TopLevelDeclarations`` finds a file's functions and initialized variables, worked out
/// on the raw tokens (brackets, `;` and `=` compared as bytes), so that a reader turns into
/// ``PPToken``s only the declarations it needs (``function(_:)``, ``variable(_:)``).
///
/// It sees what ``TopLevelDeclarations`` sees of ``CTokenStream/ppTokens(skippingDirectives:)``:
/// the tokens outside directive lines. A position is an index into ``positions``.
struct TopLevelLayout {
    /// A function definition: `… name ( parameters ) { body }`.
    struct Function {
        var name: String
        var nameIndex: Int
        var parameters: Range<Int>
        var body: Range<Int>
    }

    /// A variable with a brace initializer: `type tokens name … = { initializer }`.
    struct Variable {
        var name: String
        var nameIndex: Int
        var typeTokens: Range<Int>
        var initializer: Range<Int>
    }

    let stream: CTokenStream
    /// The indices in the stream of the tokens outside directive lines.
    let positions: [Int]
    /// For each position, the byte of a one-byte punctuator there, 0 for any other token.
    private let marks: [UInt8]
    /// The first definition of each function name, in source order.
    private(set) var functions: [Function] = []
    private(set) var variables: [Variable] = []
    /// Blocks that never close, as ``TopLevelDeclarations/diagnostics``.
    private(set) var diagnostics: [SourceDiagnostic] = []

    init(_ stream: CTokenStream) {
        self.stream = stream
        var positions: [Int] = []
        var marks: [UInt8] = []
        positions.reserveCapacity(stream.tokens.count)
        marks.reserveCapacity(stream.tokens.count)
        var inDirective = false
        stream.tokens.withUnsafeBufferPointer { tokens in
            stream.bytes.withUnsafeBufferPointer { bytes in
                for index in tokens.indices {
                    let token = tokens[index]
                    switch token.kind {
                    case .directive: inDirective = true
                    case .endOfDirective: inDirective = false
                    default:
                        guard !inDirective else { continue }
                        positions.append(index)
                        marks.append(token.kind == .punctuator && token.end - token.start == 1 ? bytes[token.start] : 0)
                    }
                }
            }
        }
        self.positions = positions
        self.marks = marks
        var seen = Set<String>()
        var index = 0
        var statementStart = 0
        while index < positions.count {
            let byte = punctuatorByte(index)
            if byte == UInt8(ascii: ";") {
                index += 1
                statementStart = index
                continue
            }
            if byte == UInt8(ascii: "{") {
                guard let close = closing(from: index) else {
                    diagnostics.append(
                        SourceDiagnostic(
                            stream.location(stream.tokens[positions[index]]),
                            "'{' is never closed (or a bracket inside it is unbalanced); the rest of the file is not read"))
                    break
                }
                let head = statementStart..<index
                if let function = function(head: head, body: (index + 1)..<close) {
                    if seen.insert(function.name).inserted { functions.append(function) }
                    index = close + 1
                    statementStart = index
                    continue
                }
                if let variable = variable(head: head, initializer: (index + 1)..<close) { variables.append(variable) }
                index = close + 1
                continue
            }
            index += 1
        }
    }

    // MARK: Tokens

    /// The byte of a one-byte punctuator at `position`, nil for any other token.
    private func punctuatorByte(_ position: Int) -> UInt8? {
        let mark = marks[position]
        return mark == 0 ? nil : mark
    }

    private func isIdentifier(_ position: Int) -> Bool {
        stream.tokens[positions[position]].kind == .identifier
    }

    /// Whether the token at `position` is an identifier spelled `name`.
    func isIdentifier(_ position: Int, _ name: [UInt8]) -> Bool {
        let token = stream.tokens[positions[position]]
        return token.kind == .identifier && token.end - token.start == name.count
            && stream.bytes[token.start..<token.end].elementsEqual(name)
    }

    /// Whether an identifier in `range` is spelled as one of `names` or starts with one of
    /// `prefixes`. One walk of the tokens, bytes compared only where the first byte agrees.
    func names(in range: Range<Int>, anyOf names: [[UInt8]], orPrefixes prefixes: [[UInt8]]) -> Bool {
        stream.tokens.withUnsafeBufferPointer { tokens in
            stream.bytes.withUnsafeBufferPointer { bytes in
                positions.withUnsafeBufferPointer { positions in
                    func spells(_ word: [UInt8], at start: Int) -> Bool {
                        var offset = 1
                        while offset < word.count {
                            if bytes[start + offset] != word[offset] { return false }
                            offset += 1
                        }
                        return true
                    }
                    for position in range {
                        let token = tokens[positions[position]]
                        guard token.kind == .identifier, token.end > token.start else { continue }
                        let length = token.end - token.start
                        let first = bytes[token.start]
                        for name in names where name.count == length && name[0] == first && spells(name, at: token.start) {
                            return true
                        }
                        for prefix in prefixes where !prefix.isEmpty && prefix.count <= length && prefix[0] == first {
                            if spells(prefix, at: token.start) { return true }
                        }
                    }
                    return false
                }
            }
        }
    }

    /// The tokens of `range` as ``PPToken``s, as ``CTokenStream/ppTokens(skippingDirectives:)``
    /// gives them.
    func ppTokens(_ range: Range<Int>) -> [PPToken] {
        range.map { stream.ppToken(at: positions[$0]) }
    }

    /// `function` as ``TopLevelDeclarations`` has it.
    func definition(_ function: Function) -> FunctionDefinition {
        FunctionDefinition(
            name: function.name, parameters: ppTokens(function.parameters), body: ppTokens(function.body),
            location: stream.location(stream.tokens[positions[function.nameIndex]]))
    }

    /// `variable` as ``TopLevelDeclarations`` has it.
    func definition(_ variable: Variable) -> InitializedVariable {
        InitializedVariable(
            name: variable.name, typeTokens: ppTokens(variable.typeTokens), initializer: ppTokens(variable.initializer),
            location: stream.location(stream.tokens[positions[variable.nameIndex]]))
    }

    // MARK: Structure (as TopLevelDeclarations)

    /// `… name ( params )` right before `{`.
    private func function(head: Range<Int>, body: Range<Int>) -> Function? {
        guard !head.isEmpty, punctuatorByte(head.upperBound - 1) == UInt8(ascii: ")"), let open = openingParen(head) else { return nil }
        let nameIndex = open - 1
        guard nameIndex >= head.lowerBound, isIdentifier(nameIndex) else { return nil }
        guard !head.contains(where: { punctuatorByte($0) == UInt8(ascii: "=") }) else { return nil }
        return Function(
            name: stream.text(stream.tokens[positions[nameIndex]]), nameIndex: nameIndex, parameters: (open + 1)..<(head.upperBound - 1),
            body: body)
    }

    /// `… name [ ] = {` or `… name = {`.
    private func variable(head: Range<Int>, initializer: Range<Int>) -> Variable? {
        guard !head.isEmpty, punctuatorByte(head.upperBound - 1) == UInt8(ascii: "=") else { return nil }
        var nameIndex = head.upperBound - 2
        while nameIndex >= head.lowerBound, !isIdentifier(nameIndex) { nameIndex -= 1 }
        guard nameIndex >= head.lowerBound else { return nil }
        return Variable(
            name: stream.text(stream.tokens[positions[nameIndex]]), nameIndex: nameIndex, typeTokens: head.lowerBound..<nameIndex,
            initializer: initializer)
    }

    private func openingParen(_ head: Range<Int>) -> Int? {
        var depth = 0
        var index = head.upperBound - 1
        while index >= head.lowerBound {
            let byte = punctuatorByte(index)
            if byte == UInt8(ascii: ")") { depth += 1 }
            if byte == UInt8(ascii: "(") {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }

    /// The position of the closer matching the opener at `start`; brackets must nest by kind.
    private func closing(from start: Int) -> Int? {
        var open: [UInt8] = []
        return marks.withUnsafeBufferPointer { marks in
            var index = start
            while index < marks.count {
                switch marks[index] {
                case UInt8(ascii: "("): open.append(UInt8(ascii: ")"))
                case UInt8(ascii: "["): open.append(UInt8(ascii: "]"))
                case UInt8(ascii: "{"): open.append(UInt8(ascii: "}"))
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    guard open.popLast() == marks[index] else { return nil }
                    if open.isEmpty { return index }
                default: break
                }
                index += 1
            }
            return nil
        }
    }
}
