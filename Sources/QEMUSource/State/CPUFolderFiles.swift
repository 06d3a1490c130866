import GuestABI

/// One CPU folder's C files for ``CPUIdentityReader``, tokenized when needed: the files are
/// read in pieces (``declarationsByChunk(_:)``), and a function not read yet is looked for in
/// the files that name it.
struct CPUFolderFiles {
    /// A file read: its stream (for its own macros), tokens and declarations.
    typealias Parsed = (path: String, stream: CTokenStream, tokens: [PPToken], declarations: TopLevelDeclarations)

    let folder: String
    let files: [String: [UInt8]]
    /// The folder's C files among `files` (`.c`, and `.c.inc` CPU code older trees include).
    let sources: [String]
    private(set) var parsed: [Parsed] = []
    private var parsedPaths: Set<String> = []
    /// Every function read, the first of each name.
    private(set) var functions: [String: FunctionDefinition] = [:]
    /// Names looked for in the files (found or not).
    private(set) var sought: Set<String> = []

    init(folder: String, files: [String: [UInt8]]) {
        self.folder = folder
        self.files = files
        sources = files.keys.filter { ($0.hasSuffix(".c") || $0.hasSuffix(".c.inc")) && StateScope.cpuScope(of: $0) == folder }.sorted()
    }

    /// Reads `path` (its `bytes` when given, else from `files`) once.
    mutating func parse(_ path: String, bytes: [UInt8]? = nil) {
        guard parsedPaths.insert(path).inserted, let bytes = bytes ?? files[path] else { return }
        let stream = CTokenizer(bytes: bytes, file: path).tokenize()
        let tokens = stream.ppTokens(undefining: "CONFIG_USER_ONLY")
        let declarations = Self.declarationsByChunk(tokens)
        for (name, function) in declarations.functions where functions[name] == nil { functions[name] = function }
        parsed.append((path, stream, tokens, declarations))
    }

    /// Reads the folder's files that hold `word` and are not read yet.
    mutating func parseFiles(holding word: String) {
        let needle = [Array(word.utf8)]
        for path in sources where !parsedPaths.contains(path) {
            if let bytes = files[path], ByteSearch.contains(anyOf: needle, in: bytes) { parse(path) }
        }
    }

    /// The definition of `name`, reading the files that name it when none is read yet. QOM's
    /// class getters (`*_GET_CLASS`) are the evaluator's own (``CPUIdentityEvaluation``).
    mutating func definition(_ name: String) -> FunctionDefinition? {
        if functions[name] == nil, sought.insert(name).inserted, !name.hasSuffix("_GET_CLASS") { parseFiles(holding: name) }
        return functions[name]
    }

    /// The declarations of `tokens`, each top-level piece (``topLevelChunks(_:macros:)``) read
    /// on its own: a definition whose head is a macro (`POWERPC_FAMILY(POWER8)(ObjectClass *oc,
    /// void *data) { … }`) is no function to ``TopLevelDeclarations``, which then steps over
    /// what follows it up to the next top-level `;`, definitions included.
    static func declarationsByChunk(_ tokens: [PPToken]) -> TopLevelDeclarations {
        var result = TopLevelDeclarations(functions: [:], variables: [])
        for chunk in topLevelChunks(tokens, macros: MacroTable()) {
            let declarations = TopLevelDeclarations(chunk)
            for (name, function) in declarations.functions where result.functions[name] == nil { result.functions[name] = function }
            result.variables += declarations.variables
        }
        return result
    }

    /// The file's tokens in pieces to expand one at a time: split after each top-level `;` or
    /// `}` and before each top-level invocation of a macro (`POWERPC_DEF(…)` lists have no `;`).
    static func topLevelChunks(_ tokens: [PPToken], macros: MacroTable) -> [[PPToken]] {
        var chunks: [[PPToken]] = []
        var current: [PPToken] = []
        var depth = 0
        for token in tokens {
            if depth == 0, token.isIdentifier, macros[token.text]?.isFunctionLike == true, !current.isEmpty,
                current.last?.isPunctuator(")") == true
            {
                chunks.append(current)
                current = []
            }
            current.append(token)
            if token.isPunctuator("{") || token.isPunctuator("(") || token.isPunctuator("[") { depth += 1 }
            if token.isPunctuator("}") || token.isPunctuator(")") || token.isPunctuator("]") { depth = max(depth - 1, 0) }
            if depth == 0, token.isPunctuator(";") || token.isPunctuator("}") {
                chunks.append(current)
                current = []
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

}
