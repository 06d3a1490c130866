import GuestABI

/// A `#define` as read from a file: object-like or function-like, with its replacement tokens.
///
/// Immutable and shared by reference: the macro tables of many files hold the same definitions.
final class MacroDefinition: Hashable, Sendable {
    let name: String
    /// Parameter names of a function-like macro; `nil` for an object-like macro.
    let parameters: [String]?
    /// True when the last parameter is `...` (`__VA_ARGS__`).
    let isVariadic: Bool
    let body: [PPToken]
    let location: SourceLocation
    /// For each token of `body`, the index of the parameter its text names (the last one, should
    /// two share a name), or -1; empty for an object-like macro.
    let bodyParameterIndices: [Int]
    /// For each token of `body`: ``stringifyMark`` for `#`, ``pasteMark`` for `##`, else 0 (read
    /// once here, not compared as strings at every substitution).
    let bodyOperators: [UInt8]
    static let stringifyMark: UInt8 = 1
    static let pasteMark: UInt8 = 2

    init(name: String, parameters: [String]?, isVariadic: Bool, body: [PPToken], location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.isVariadic = isVariadic
        self.body = body
        self.location = location
        if let parameters {
            bodyParameterIndices = body.map { token in parameters.lastIndex(of: token.text) ?? -1 }
        } else {
            bodyParameterIndices = []
        }
        bodyOperators = body.map { token in
            token.isPunctuator("##") ? Self.pasteMark : token.isPunctuator("#") ? Self.stringifyMark : 0
        }
    }

    var isFunctionLike: Bool { parameters != nil }

    /// The same definition, written `lines` lines further down its file.
    func moved(byLines lines: Int) -> MacroDefinition {
        MacroDefinition(
            name: name, parameters: parameters, isVariadic: isVariadic, body: body,
            location: SourceLocation(file: location.file, line: location.line + lines))
    }

    static func == (lhs: MacroDefinition, rhs: MacroDefinition) -> Bool {
        (lhs.name, lhs.parameters, lhs.isVariadic, lhs.body, lhs.location)
            == (rhs.name, rhs.parameters, rhs.isVariadic, rhs.body, rhs.location)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(parameters)
        hasher.combine(isVariadic)
        hasher.combine(body)
        hasher.combine(location)
    }
}

/// The macros known while reading a tree: `#define`s of the files read, in the order read.
/// A later definition of a name does not replace an earlier one, so a header read first for a
/// file wins over an unrelated header that reuses the name.
struct MacroTable: Sendable {
    private(set) var definitions: [String: MacroDefinition] = [:]
    /// For a table seen through a shared index: the index, and where each of its files comes in
    /// this table's order (see ``MacroIndex/definition(of:positions:)``).
    private var view: (index: MacroIndex, positions: [Int])?
    /// Definitions consulted last, shared rather than copied into each table (the tree-wide
    /// `TYPE_` macros a file's QOM type names may use).
    var fallback: [String: MacroDefinition] = [:]

    init() {}

    /// The table whose definitions are the first of each name in `files` (numbers of `index`,
    /// in order), then `index`'s tree-wide ones.
    init(index: MacroIndex, files: [Int]) {
        var positions = [Int](repeating: Int.max, count: index.fileNumbers.count)
        for (position, file) in files.enumerated() where positions[file] == Int.max { positions[file] = position }
        view = (index, positions)
    }

    /// A table of `definitions`, the first of each name winning.
    init(_ definitions: [MacroDefinition]) {
        for definition in definitions { add(definition) }
    }

    subscript(name: String) -> MacroDefinition? {
        if let view { return view.index.definition(of: name, positions: view.positions) ?? fallback[name] }
        return definitions[name] ?? fallback[name]
    }

    mutating func add(_ definition: MacroDefinition) {
        if definitions[definition.name] == nil { definitions[definition.name] = definition }
    }

    /// Makes room for `count` definitions.
    mutating func reserveCapacity(_ count: Int) {
        definitions.reserveCapacity(count)
    }

    /// Adds each of `definitions` whose name this table does not know yet.
    mutating func add(contentsOf definitions: [String: MacroDefinition]) {
        self.definitions.merge(definitions) { current, _ in current }
    }

    /// Adds every `#define` of `stream` for which `include` returns true; returns problems met.
    @discardableResult
    mutating func collect(from stream: CTokenStream, where include: (String) -> Bool = { _ in true }) -> [SourceDiagnostic] {
        var diagnostics: [SourceDiagnostic] = []
        let tokens = stream.tokens
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .directive, stream.hasDirectiveName(tokens[index], "define") else { continue }
            let start = index + 1
            var end = start
            while end < tokens.count, tokens[end].kind != .endOfDirective { end += 1 }
            defer { index = end }
            guard start < end, tokens[start].kind == .identifier else {
                diagnostics.append(SourceDiagnostic(stream.location(tokens[index]), "#define without a macro name", severity: .warning))
                continue
            }
            let name = stream.text(tokens[start])
            guard include(name) else { continue }
            var bodyStart = start + 1
            var parameters: [String]?
            var variadic = false
            // Function-like only when `(` follows the name with no space between.
            if bodyStart < end, tokens[bodyStart].start == tokens[start].end, stream.matches(tokens[bodyStart], "(") {
                var names: [String] = []
                var cursor = bodyStart + 1
                while cursor < end, !stream.matches(tokens[cursor], ")") {
                    let token = tokens[cursor]
                    if token.kind == .identifier {
                        names.append(stream.text(token))
                    } else if stream.matches(token, "...") {
                        variadic = true
                        names.append("__VA_ARGS__")
                    }
                    cursor += 1
                }
                guard cursor < end else {
                    diagnostics.append(
                        SourceDiagnostic(stream.location(tokens[start]), "unterminated parameter list of macro \(name)"))
                    continue
                }
                parameters = names
                bodyStart = cursor + 1
            }
            let body = (bodyStart..<end).map { stream.ppToken(at: $0) }
            add(
                MacroDefinition(
                    name: name, parameters: parameters, isVariadic: variadic, body: body,
                    location: stream.location(tokens[start])))
        }
        return diagnostics
    }

    /// `define` for `#define` and `# define`.
    static func directiveName(_ text: String) -> String {
        String(text.drop { $0 == "#" || $0 == " " || $0 == "\t" })
    }
}

extension CTokenStream {
    /// Whether `MacroTable.directiveName(text(token)) == name`, comparing bytes: the token's
    /// text without its leading `#`, spaces and tabs is exactly `name`.
    func hasDirectiveName(_ token: CToken, _ name: StaticString) -> Bool {
        guard isInBuffer(token) else { return false }
        var start = token.start
        while start < token.end, bytes[start] == CByte.hash || bytes[start] == CByte.space || bytes[start] == CByte.tab {
            start += 1
        }
        return name.withUTF8Buffer { expected in
            expected.count == token.end - start && bytes[start..<token.end].elementsEqual(expected)
        }
    }
}
