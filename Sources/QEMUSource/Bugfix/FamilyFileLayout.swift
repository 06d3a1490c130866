import GuestABI

/// What the bugfix generator needs to know about one family's source file: its machine
/// `#define`s, where each version's machine is defined, the options functions of a version,
/// and how class fields are reached. Found with the tokenizer, never by matching lines.
struct FamilyFileLayout {
    /// A `#define DEFINE_…MACHINE…(params) body` of the file.
    struct MachineMacro {
        var name: String
        var parameters: [String]
        /// 0-based first and last physical line.
        var firstLine: Int
        var lastLine: Int
    }

    /// A file-scope `DEFINE_…(X, Y)` invocation.
    struct Invocation {
        var macro: String
        var line: Int
    }

    /// An options function of one version: `pc_q35_machine_10_0_options(MachineClass *m)`.
    struct OptionsFunction {
        var name: String
        /// `MachineClass *m`.
        var parameters: String
        /// The name of its first parameter (`m`).
        var parameterName: String
        /// True when it receives the machine class (where compat entries and class facts go).
        var takesMachineClass: Bool
    }

    let path: String
    let lines: [String]
    let stream: CTokenStream
    let declarations: TopLevelDeclarations
    private(set) var macros: [MachineMacro] = []
    private(set) var invocations: [MachineVersion: Invocation] = [:]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        stream = CTokenizer(bytes: bytes, file: path).tokenize()
        declarations = TopLevelDeclarations(stream.ppTokens())
        readMacros()
        readInvocations()
    }

    private mutating func readMacros() {
        let tokens = stream.tokens
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard stream.isDirective(tokens[index], named: "define"), index + 1 < tokens.count else { continue }
            let nameToken = tokens[index + 1]
            let name = stream.text(nameToken)
            guard name.hasPrefix("DEFINE_"), name.contains("MACHINE"), index + 2 < tokens.count, stream.matches(tokens[index + 2], "("),
                tokens[index + 2].start == nameToken.end
            else { continue }
            var parameters: [String] = []
            var cursor = index + 3
            while cursor < tokens.count, !stream.matches(tokens[cursor], ")") {
                if tokens[cursor].kind == .identifier || stream.matches(tokens[cursor], "...") { parameters.append(stream.text(tokens[cursor])) }
                cursor += 1
            }
            var end = cursor
            while end < tokens.count, tokens[end].kind != .endOfDirective { end += 1 }
            let endOffset = end < tokens.count ? tokens[end].start : stream.bytes.count
            let lastLine = tokens[index].line - 1 + stream.bytes[tokens[index].start..<endOffset].filter { $0 == UInt8(ascii: "\n") }.count
            macros.append(MachineMacro(name: name, parameters: parameters, firstLine: tokens[index].line - 1, lastLine: lastLine))
            index = end
        }
    }

    private mutating func readInvocations() {
        let known = Set(macros.map(\.name))
        let tokens = stream.ppTokens()
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if token.kind == .punctuator {
                if token.text == "{" || token.text == "(" { depth += 1 }
                if token.text == "}" || token.text == ")" { depth -= 1 }
            }
            guard depth == 0, token.isIdentifier, known.contains(token.text), index + 5 < tokens.count,
                tokens[index + 1].isPunctuator("("), tokens[index + 3].isPunctuator(","),
                let major = Int(tokens[index + 2].text), let minor = Int(tokens[index + 4].text)
            else { continue }
            let version: MachineVersion
            if tokens[index + 5].isPunctuator(")") {
                version = MachineVersion(major, minor)
            } else if index + 7 < tokens.count, tokens[index + 5].isPunctuator(","), let micro = Int(tokens[index + 6].text),
                tokens[index + 7].isPunctuator(")")
            {
                version = MachineVersion(major, minor, micro: micro)
            } else {
                continue
            }
            invocations[version] = Invocation(macro: token.text, line: token.location.line - 1)
        }
    }

    /// The macro the file uses for a plain version (`DEFINE_Q35_MACHINE`), from the one that
    /// defines `version`, with or without `_AS_LATEST`.
    func plainMacro(for invocation: Invocation) -> MachineMacro? {
        let plain = invocation.macro.replacingSuffix("_AS_LATEST", with: "")
        return macros.first { $0.name == plain }
    }

    /// The file's macro named `name`.
    func macro(_ name: String) -> MachineMacro? { macros.first { $0.name == name } }

    /// The options functions of `version`, in file order: every function named
    /// `…_machine_X_Y_<sym>` with `<sym>` ending in `options`.
    func optionsFunctions(of version: MachineVersion) -> [OptionsFunction] {
        let infix = "_machine_\(version.major)_\(version.minor)_"
        return declarations.functions.values
            .filter { function in
                guard let range = function.name.firstRange(of: infix) else { return false }
                let sym = function.name[range.upperBound...]
                return sym.hasSuffix("options") && sym.first.map { !$0.isNumber } == true
            }
            .sorted { $0.location.line < $1.location.line }
            .map { function in
                let parameterName = function.parameters.last(where: \.isIdentifier)?.text ?? "m"
                return OptionsFunction(
                    name: function.name, parameters: Self.render(function.parameters), parameterName: parameterName,
                    takesMachineClass: function.parameters.contains { $0.isIdentifier && $0.text == "MachineClass" })
            }
    }

    /// How to reach class field `field` (`default_kernel_irqchip_split`, `smp_props.books_supported`)
    /// from a function whose machine-class parameter is `parameter`: the pointer to write through
    /// and, when it is not the parameter itself, the declaration that makes it
    /// (`PCMachineClass *pcmc = PC_MACHINE_CLASS(m);`). Nil when the file never sets the field.
    func classFieldAccess(_ field: String, parameter: String) -> (pointer: String, declaration: String?)? {
        let path = field.split(separator: ".").map(String.init)
        for function in declarations.functions.values.sorted(by: { $0.location.line < $1.location.line }) {
            let body = function.body
            var index = 0
            while index + 2 + 2 * (path.count - 1) < body.count {
                defer { index += 1 }
                guard body[index].isIdentifier, body[index + 1].isPunctuator("->") else { continue }
                var cursor = index + 2
                var matched = true
                for (position, component) in path.enumerated() {
                    if position > 0 {
                        guard cursor < body.count, body[cursor].isPunctuator(".") else { matched = false; break }
                        cursor += 1
                    }
                    guard cursor < body.count, body[cursor].text == component else { matched = false; break }
                    cursor += 1
                }
                guard matched, cursor < body.count, body[cursor].isPunctuator("=") else { continue }
                let pointer = body[index].text
                let ownParameter = function.parameters.last(where: \.isIdentifier)?.text
                if pointer == ownParameter { return (parameter, nil) }
                guard let declaration = Self.declaration(of: pointer, in: body), let ownParameter else { continue }
                let rewritten = declaration.map { $0.isIdentifier && $0.text == ownParameter ? parameter : $0.text }
                return (pointer, Self.render(tokens: rewritten) + ";")
            }
        }
        return nil
    }

    /// `TYPE *name = CAST(param)` inside a body: the tokens up to (not including) its `;`.
    private static func declaration(of name: String, in body: [PPToken]) -> [PPToken]? {
        for index in body.indices where body[index].isIdentifier && body[index].text == name {
            guard index >= 2, body[index - 1].isPunctuator("*"), body[index - 2].isIdentifier,
                index + 1 < body.count, body[index + 1].isPunctuator("=")
            else { continue }
            guard let end = body[index...].firstIndex(where: { $0.isPunctuator(";") }) else { continue }
            return Array(body[(index - 2)..<end])
        }
        return nil
    }

    /// `MachineClass *m` from its tokens.
    static func render(_ tokens: [PPToken]) -> String { render(tokens: tokens.map(\.text)) }

    /// Joins tokens with single spaces, C style: none before `,` `)` `;` or after `(` and `*`.
    static func render(tokens: [String]) -> String {
        var output = ""
        for (index, token) in tokens.enumerated() {
            let previous = index > 0 ? tokens[index - 1] : ""
            let noSpace = output.isEmpty || [",", ")", ";", "(", "->", "."].contains(token) || previous == "(" || previous == "*"
                || previous == "->" || previous == "." || (token == "(" && !previous.isEmpty && previous.last!.isLetter)
            if !noSpace { output += " " }
            output += token
        }
        return output
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
