import GuestABI

/// The CPU types a folder declares and their class inits, for the class fields of each model:
/// the `TypeInfo`s of its files that declare types (written directly, or by the folder's or the
/// file's macros, such as a model table's `POWERPC_DEF(…)`, expanded by the preprocessor), and
/// the folder's integer constants (``constants(of:)``). The folder's headers are tokenized once,
/// for both.
struct CPUClassTypes {
    /// A type: its parent's key, its class init, the model name its name starts with.
    struct TypeEntry {
        var parent: String?
        var classInit: String?
        var model: String?
        var location: SourceLocation
    }

    private(set) var types: [String: TypeEntry] = [:]
    private(set) var classInits: [String: FunctionDefinition] = [:]
    /// The enum constants of the folder's headers.
    private var headerConstants: [String: Int] = [:]

    /// Reads the types of the files of `code` read so far; `shared` holds the tree-wide macros.
    init(_ code: CPUFolderFiles, shared: [String: MacroDefinition]) {
        var folderMacros = MacroTable()
        for stream in Self.headers(of: code) {
            folderMacros.collect(from: stream)
            EnumConstants.collect(stream.ppTokens(), into: &headerConstants)
        }
        let typeNeedle = [Array("TypeInfo".utf8)]
        for file in code.parsed where ByteSearch.contains(anyOf: typeNeedle, in: code.files[file.path] ?? []) {
            var table = MacroTable()
            table.collect(from: file.stream)
            table.add(contentsOf: folderMacros.definitions)
            table.fallback = shared
            var expander = MacroExpander(table: table)
            // Only the pieces that declare types, or invoke a macro of the folder or the file, are
            // expanded: function bodies are read as written.
            var expanded: [PPToken] = []
            for chunk in CPUFolderFiles.topLevelChunks(file.tokens, macros: table) {
                let declaresTypes = chunk.contains { $0.isIdentifier && $0.text == "TypeInfo" }
                let local = chunk.first.map { $0.isIdentifier && table.definitions[$0.text]?.isFunctionLike == true } ?? false
                expanded += declaresTypes || local ? expander.expand(chunk) : chunk
            }
            let declarations = CPUFolderFiles.declarationsByChunk(expanded)
            for (name, function) in declarations.functions { classInits[name] = function }
            for variable in declarations.variables where variable.hasType("TypeInfo") {
                let fields = DesignatedInitializer(variable.initializer)
                guard let name = fields["name"].map(Self.typeKey) else { continue }
                types[name] = TypeEntry(
                    parent: fields["parent"].map(Self.typeKey), classInit: fields["class_init"]?.last(where: \.isIdentifier)?.text,
                    model: fields["name"]?.first(where: { $0.stringValue != nil })?.stringValue, location: variable.location)
            }
        }
    }

    /// The folder's headers, tokenized.
    private static func headers(of code: CPUFolderFiles) -> [CTokenStream] {
        code.files.keys.filter { $0.hasSuffix(".h") && $0.hasPrefix(code.folder + "/") }.sorted().compactMap { path in
            code.files[path].map { CTokenizer(bytes: $0, file: path).tokenize() }
        }
    }

    /// The integer constants of the enums of the folder's headers and of its files `code` has
    /// read so far (it may have read more since these types were).
    func constants(of code: CPUFolderFiles) -> [String: Int] {
        var constants = headerConstants
        for file in code.parsed { EnumConstants.collect(file.tokens, into: &constants) }
        return constants
    }

    /// A type's name as written after expansion (`"power9_v2.0" "-" "powerpc64-cpu"`), parentheses dropped.
    private static func typeKey(_ tokens: [PPToken]) -> String {
        tokens.filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.map { $0.stringValue ?? $0.text }.joined()
    }

    /// Every type's class fields among `fields`, its ancestors' class inits applied first.
    func classFields(_ fields: Set<String>) -> [String: CPUClassFields] {
        var assignments: [String: [String: String]] = [:]
        func assigned(_ name: String) -> [String: String] {
            if let known = assignments[name] { return known }
            var result: [String: String] = [:]
            if let body = classInits[name]?.body {
                ConditionWalker.walk(body) { index, gate in
                    guard gate.isEmpty, index + 4 < body.count, index == 0 || body[index - 1].isPunctuator(";") || body[index - 1].isPunctuator("{")
                        || body[index - 1].isPunctuator("}"),
                        body[index].isIdentifier, body[index + 1].isPunctuator("->"), body[index + 2].isIdentifier,
                        fields.contains(body[index + 2].text), body[index + 3].isPunctuator("="),
                        let end = body[(index + 4)...].firstIndex(where: { $0.isPunctuator(";") })
                    else { return }
                    result[body[index + 2].text] = Array(body[(index + 4)..<end]).normalizedText
                }
            }
            assignments[name] = result
            return result
        }
        var classes: [String: CPUClassFields] = [:]
        // A name a family and a model share (`e5500`) is the model's: a type no other type
        // derives from first, then in declaration order, so that every run resolves it the same.
        let parents = Set(types.values.compactMap(\.parent))
        let order = types.sorted { lhs, rhs in
            (parents.contains(lhs.key) ? 1 : 0, lhs.value.location, lhs.key) < (parents.contains(rhs.key) ? 1 : 0, rhs.value.location, rhs.key)
        }
        for (key, type) in order {
            guard let model = type.model else { continue }
            var chain: [String] = []
            var current: String? = key
            while let name = current, chain.count < 16, let entry = types[name] {
                if let classInit = entry.classInit { chain.append(classInit) }
                current = entry.parent
            }
            var merged: [String: String] = [:]
            for classInit in chain.reversed() { merged.merge(assigned(classInit)) { _, later in later } }
            if !merged.isEmpty, classes[model] == nil { classes[model] = CPUClassFields(fields: merged, location: type.location) }
        }
        return classes
    }

}
