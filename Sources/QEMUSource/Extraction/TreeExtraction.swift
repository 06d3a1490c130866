import GuestABI

/// The working state of one extraction: the tree's files, the files it reads parsed once (see
/// ``ParsedFile``), the macros known for each family file, and the diagnostics met.
struct TreeExtraction: Sendable {
    /// Macros a recogniser reads itself rather than expanding.
    static let frozenMacros: Set<String> = ["MACHINE_VER_DEPRECATION", "MACHINE_VER_DELETION"]

    let files: [String: [UInt8]]
    let qemuVersion: QEMUVersion
    private(set) var diagnostics: [SourceDiagnostic] = []
    private(set) var lifecycleRule: LifecycleRule = .none
    private var parsed: [String: ParsedFile] = [:]
    /// The files whose lexer errors are already among `diagnostics`.
    private var reported: Set<String> = []
    /// ``macroTable(for:)`` of each file asked for so far.
    private var macroTables: [String: MacroTable] = [:]
    private var typeMacros = MacroTable()
    private var globalArrays: [String: [CompatProperty]] = [:]

    init(files: [String: [UInt8]], qemuVersion: QEMUVersion) {
        self.files = files
        self.qemuVersion = qemuVersion
    }

    /// Reads the shared parts once, then each family file in its own task (they share nothing
    /// they write), and merges machines and diagnostics in family order.
    mutating func run(families: [FamilySource]) async -> [MachineDefinition] {
        let present = families.filter { files[$0.file] != nil }
        let roots = FamilySource.boardsHeaders + FamilySource.sharedArrayFiles + present.map(\.file)
        let tree = files
        async let typeDefinitions = TypeMacroIndex.collect(tree)
        async let parsedFiles = ParsedFile.parseClosure(of: roots, in: tree)
        (parsed, typeMacros) = await (parsedFiles, MacroTable(typeDefinitions))
        readLifecycleRule()
        for file in FamilySource.sharedArrayFiles + present.map(\.file) where files[file] != nil {
            indexArrays(of: file)
        }
        for required in ["hw/core/machine.c"] where files[required] == nil {
            diagnostics.append(SourceDiagnostic(SourceLocation(file: required, line: 1), "missing: the shared compat arrays are read from it"))
        }
        let shared = self
        let results = await withTaskGroup(of: (Int, [MachineDefinition], [SourceDiagnostic]).self) { group in
            for (index, family) in present.enumerated() {
                group.addTask {
                    var worker = shared
                    worker.diagnostics = []
                    let machines = worker.recogniseMachines(in: family)
                    return (index, machines, worker.diagnostics)
                }
            }
            var collected: [(Int, [MachineDefinition], [SourceDiagnostic])] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }
        }
        var machines: [MachineDefinition] = []
        for (_, familyMachines, familyDiagnostics) in results {
            machines += familyMachines
            diagnostics += familyDiagnostics
        }
        return machines
    }

    // MARK: - Files and macros

    /// `path` parsed (on first use when it was not among the files parsed up front); the first
    /// use reports its lexer errors as diagnostics.
    mutating func parsedFile(_ path: String) -> ParsedFile? {
        if parsed[path] == nil, let bytes = files[path] {
            parsed[path] = ParsedFile(path: path, bytes: bytes, available: { files[$0] != nil })
        }
        guard let file = parsed[path] else { return nil }
        if reported.insert(path).inserted {
            diagnostics += file.stream.diagnostics.filter { $0.severity == .error }
        }
        return file
    }

    /// The token stream of `path`; its lexer errors become diagnostics on first use.
    mutating func stream(_ path: String) -> CTokenStream? {
        parsedFile(path)?.stream
    }

    /// The macros visible in `path`: its own, then its headers', then every `TYPE_*` of the tree.
    /// Built once per file (reporting lexer errors of the headers on the way).
    mutating func macroTable(for path: String) -> MacroTable {
        if let table = macroTables[path] { return table }
        var table = MacroTable()
        guard let main = parsedFile(path) else { return table }
        let headers = IncludeGraph.headers(of: path) { self.parsedFile($0)?.includes ?? [] }
        let files = [main] + headers.compactMap { parsed[$0] }
        table.reserveCapacity(files.reduce(0) { $0 + $1.macros.count })
        for file in files { table.add(contentsOf: file.macros) }
        table.fallback = typeMacros.definitions
        macroTables[path] = table
        return table
    }

    private mutating func readLifecycleRule() {
        guard let header = FamilySource.boardsHeaders.first(where: { files[$0] != nil }), let boards = stream(header) else {
            diagnostics.append(
                SourceDiagnostic(SourceLocation(file: FamilySource.boardsHeaders[0], line: 1), "missing: the lifecycle rule is read from it"))
            return
        }
        var table = MacroTable()
        table.collect(from: boards)
        lifecycleRule = TreeLifecycleRule.rule(from: table)
    }

    /// Reads the file-scope `GlobalProperty` arrays of `path` into the tree-wide index.
    private mutating func indexArrays(of path: String) {
        guard let stream = stream(path) else { return }
        let declarations = TopLevelDeclarations(stream.ppTokens())
        diagnostics += declarations.diagnostics
        let arrays = declarations.variables.filter { $0.hasType("GlobalProperty") }
        guard !arrays.isEmpty else { return }
        var expander = MacroExpander(table: macroTable(for: path), frozen: Self.frozenMacros)
        for array in arrays {
            let entries = CompatArrayParser.entries(
                of: expander.expand(array.initializer), origin: array.name, diagnostics: &diagnostics)
            if globalArrays[array.name] == nil { globalArrays[array.name] = entries }
        }
        diagnostics += expander.diagnostics
    }

    // MARK: - Machines

    private mutating func recogniseMachines(in family: FamilySource) -> [MachineDefinition] {
        guard let stream = stream(family.file) else { return [] }
        let table = macroTable(for: family.file)
        var expander = MacroExpander(table: table, frozen: Self.frozenMacros)
        var unterminated: [SourceDiagnostic] = []
        let tokens = Self.expandMachineDefinitions(
            stream.ppTokens(), table: table, expander: &expander, diagnostics: &unterminated)
        diagnostics += unterminated
        let declarations = TopLevelDeclarations(tokens)
        diagnostics += declarations.diagnostics
        let regions = ConditionalRegions(stream)
        var interpreter = ChainInterpreter(functions: declarations.functions, globalArrays: globalArrays, expander: expander)
        let deletionVersions = MachineRecogniser.deletionVersions(in: declarations)
        var machines: [MachineDefinition] = []
        for variable in declarations.variables where variable.hasType("TypeInfo") {
            let recogniser = MachineRecogniser(
                variable: variable, target: family.target, qemuVersion: qemuVersion, rule: lifecycleRule,
                declarations: declarations, deletionVersions: deletionVersions)
            let condition = regions.condition(at: variable.location.line)
            // Code under `#if 0` is never compiled.
            if let condition, condition.split(separator: "&&").contains(where: { $0.filter { $0 != " " } == "0" }) {
                continue
            }
            if let machine = recogniser.machine(interpreter: &interpreter, condition: condition) {
                machines.append(machine)
            }
        }
        diagnostics += expander.diagnostics + interpreter.diagnostics + interpreter.expander.diagnostics
        return machines
    }

    /// Replaces each file-scope invocation of a `DEFINE_…MACHINE…` macro with its expansion;
    /// other tokens stay as written.
    static func expandMachineDefinitions(
        _ tokens: [PPToken], table: MacroTable, expander: inout MacroExpander, diagnostics: inout [SourceDiagnostic]
    ) -> [PPToken] {
        var output: [PPToken] = []
        output.reserveCapacity(tokens.count)
        var depth = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punctuator {
                if token.text == "{" || token.text == "(" { depth += 1 }
                if token.text == "}" || token.text == ")" { depth -= 1 }
            }
            if depth == 0, token.isIdentifier, token.text.hasPrefix("DEFINE_"), token.text.contains("MACHINE"),
                table[token.text]?.isFunctionLike == true, index + 1 < tokens.count, tokens[index + 1].isPunctuator("(")
            {
                guard let close = TopLevelDeclarations.closing(tokens, from: index + 1) else {
                    diagnostics.append(SourceDiagnostic(token.location, "\(token.text)( is never closed; the machine is not read"))
                    output.append(token)
                    index += 1
                    continue
                }
                output += expander.expand(Array(tokens[index...close]))
                index = close + 1
                continue
            }
            output.append(token)
            index += 1
        }
        return output
    }
}
