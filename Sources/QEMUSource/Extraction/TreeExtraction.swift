import GuestABI

/// The working state of one extraction: the tree's files, the files it reads parsed once (see
/// ``ParsedFile``), the macros known for each family file, and the diagnostics met.
///
/// Work runs in copies of this state, one per task; ``LexerReports`` lets their diagnostics be
/// merged as if the tasks had run one after another.
struct TreeExtraction: Sendable {
    /// Macros a recogniser reads itself rather than expanding.
    static let frozenMacros: Set<String> = ["MACHINE_VER_DEPRECATION", "MACHINE_VER_DELETION"]

    let files: [String: [UInt8]]
    let qemuVersion: QEMUVersion
    private(set) var diagnostics: [SourceDiagnostic] = []
    private(set) var lifecycleRule: LifecycleRule = .none
    /// The tree's QOM types and their parents (``QOMTypeIndex``).
    private(set) var qomParents: [String: String] = [:]
    /// The tree's device property model (``PropertyModelReader``), read with the QOM types.
    private(set) var properties = PropertyModel.empty
    /// The reading of the QOM types and the property model, while ``run(families:qomHierarchy:waitForQOM:)``
    /// has not waited for it (see ``finishQOM()``).
    private var qomReading: Task<QOMTreeReader.Result, Never>?
    private var parsed: [String: ParsedFile] = [:]
    /// The files whose lexer errors are already among `diagnostics`, and where they are.
    private var reported: Set<String> = []
    private var reports = LexerReports()
    /// ``macroTable(for:)`` of each file asked for so far.
    private var macroTables: [String: MacroTable] = [:]
    private var typeMacros = MacroTable()
    /// The definitions of the files parsed up front, for their macro tables.
    private var macroIndex: MacroIndex?
    private var globalArrays: [String: [CompatProperty]] = [:]

    /// An extraction of `files`; `parsed` holds files already parsed (see ``ParsedFile``).
    init(files: [String: [UInt8]], qemuVersion: QEMUVersion, parsed: [String: ParsedFile] = [:]) {
        self.files = files
        self.qemuVersion = qemuVersion
        self.parsed = parsed
    }

    /// Records each damaged file as an error at its first line: the extraction is incomplete.
    mutating func report(_ damage: [String: FileDamage]) {
        for (path, problem) in damage.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            diagnostics.append(SourceDiagnostic(SourceLocation(file: path, line: 1), "the file \(problem); it is not read"))
        }
    }

    /// Reads the shared parts once; then, each in its own task, the compat arrays of each file
    /// that has them and the expanded machine definitions of each family file; then each
    /// family's machines in its own task. Arrays, machines and diagnostics are merged in the
    /// order of a serial run. With `qomHierarchy` the QOM types and the property model are read
    /// alongside (``QOMTreeReader``) and may still be being read when this returns: unless
    /// `waitForQOM` is false, it waits for them, else ``finishQOM()`` does.
    mutating func run(families: [FamilySource], qomHierarchy: Bool = true, waitForQOM: Bool = true) async -> [MachineDefinition] {
        let present = families.filter { files[$0.file] != nil }
        let roots = FamilySource.roots(of: present)
        let tree = files
        async let typeDefinitions = TypeMacroIndex.collect(tree)
        async let parsedFiles = ParsedFile.parseClosure(of: roots, in: tree, parsed: parsed)
        (parsed, typeMacros) = await (parsedFiles, MacroTable(typeDefinitions))
        // The QOM hierarchy and the property model need only the files and TYPE_ macros: read
        // them alongside the machines.
        let treeTypeMacros = typeMacros
        qomReading = qomHierarchy ? Task { await QOMTreeReader.read(tree, typeMacros: treeTypeMacros) } : nil
        macroIndex = MacroIndex(files: parsed.mapValues(\.macros), treeWide: typeMacros.definitions)
        readLifecycleRule()
        let arrayFiles = (FamilySource.sharedArrayFiles + present.map(\.file)).filter { files[$0] != nil }
        let familyOfFile = Dictionary(
            uniqueKeysWithValues: present.indices.map { (arrayFiles.count - present.count + $0, present[$0]) })
        let shared = self
        // Each array file's arrays, and for a family file then its expanded definitions; family
        // files first, as they take longest.
        let arrayWorkers = await withTaskGroup(of: (Int, ArrayWorker).self) { group in
            for (index, file) in arrayFiles.enumerated().reversed() {
                group.addTask {
                    var worker = ArrayWorker(state: shared)
                    worker.state.indexArrays(of: file)
                    worker.arraysEnd = worker.state.reports.mark(worker.state.diagnostics)
                    if let family = familyOfFile[index] { worker.expanded = worker.state.expandDefinitions(of: family) }
                    return (index, worker)
                }
            }
            var collected: [(Int, ArrayWorker)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        for worker in arrayWorkers {
            diagnostics += worker.state.reports.diagnostics(
                of: worker.state.diagnostics, in: LexerReports.Mark()..<worker.arraysEnd, unless: &reported)
            for (name, entries) in worker.state.globalArrays where globalArrays[name] == nil { globalArrays[name] = entries }
        }
        for required in ["hw/core/machine.c"] where files[required] == nil {
            diagnostics.append(SourceDiagnostic(SourceLocation(file: required, line: 1), "missing: the shared compat arrays are read from it"))
        }
        let reportedBefore = reported
        let arrays = globalArrays
        let familyWorkers = arrayWorkers.filter { $0.expanded != nil }
        let results = await withTaskGroup(of: (Int, [MachineDefinition], [SourceDiagnostic]).self) { group in
            for (index, worker) in familyWorkers.enumerated() {
                group.addTask {
                    var worker = worker
                    worker.state.globalArrays = arrays
                    let machines = worker.expanded.map { worker.state.recogniseMachines(in: $0) } ?? []
                    var alreadyReported = reportedBefore
                    let familyDiagnostics = worker.state.reports.diagnostics(
                        of: worker.state.diagnostics, in: worker.arraysEnd..<worker.state.reports.mark(worker.state.diagnostics),
                        unless: &alreadyReported)
                    return (index, machines, familyDiagnostics)
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
        if waitForQOM { await finishQOM() }
        return machines
    }

    /// Waits for the QOM types and the property model ``run(families:qomHierarchy:waitForQOM:)``
    /// started reading, if any, and records them.
    mutating func finishQOM() async {
        guard let reading = qomReading else { return }
        qomReading = nil
        let qom = await reading.value
        qomParents = qom.parents
        properties = qom.properties.model
    }

    /// One task's copy of the state after reading an array file, and the family file's expanded
    /// definitions when it is one.
    private struct ArrayWorker: Sendable {
        var state: TreeExtraction
        var arraysEnd = LexerReports.Mark()
        var expanded: ExpandedFamily?

        init(state: TreeExtraction) {
            self.state = state
            self.state.diagnostics = []
            self.state.reports = LexerReports()
        }
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
            reports.record(file.stream.diagnostics.filter { $0.severity == .error }, of: path, into: &diagnostics)
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
        if let macroIndex {
            let numbers = ([path] + headers).compactMap { macroIndex.fileNumbers[$0] }
            if numbers.count == headers.count + 1 {
                table = MacroTable(index: macroIndex, files: numbers)
                macroTables[path] = table
                return table
            }
        }
        let files = [main] + headers.compactMap { parsed[$0] }
        table.reserveCapacity(files.reduce(typeMacros.definitions.count) { $0 + $1.macros.count })
        for file in files { table.add(contentsOf: file.macros) }
        // Definitions are shared references, so one table with the tree-wide ones is cheap and
        // answers each lookup with one hash.
        table.add(contentsOf: typeMacros.definitions)
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

    /// A family file with its machine definitions expanded: what its machines are read from.
    private struct ExpandedFamily: Sendable {
        var family: FamilySource
        var expander: MacroExpander
        var declarations: TopLevelDeclarations
        var regions: ConditionalRegions
    }

    /// Expands the machine definitions of `family`'s file; needs no compat arrays.
    private mutating func expandDefinitions(of family: FamilySource) -> ExpandedFamily? {
        guard let stream = stream(family.file) else { return nil }
        let table = macroTable(for: family.file)
        var expander = MacroExpander(table: table, frozen: Self.frozenMacros)
        var unterminated: [SourceDiagnostic] = []
        let tokens = Self.expandMachineDefinitions(
            stream.ppTokens(), table: table, expander: &expander, diagnostics: &unterminated)
        diagnostics += unterminated
        let declarations = TopLevelDeclarations(tokens)
        diagnostics += declarations.diagnostics
        let regions = ConditionalRegions(stream)
        return ExpandedFamily(family: family, expander: expander, declarations: declarations, regions: regions)
    }

    private mutating func recogniseMachines(in expanded: ExpandedFamily) -> [MachineDefinition] {
        let (family, expander, declarations, regions) =
            (expanded.family, expanded.expander, expanded.declarations, expanded.regions)
        var interpreter = ChainInterpreter(functions: declarations.functions, globalArrays: globalArrays, expander: expander)
        let deletionVersions = MachineRecogniser.deletionVersions(in: declarations)
        let ancestry = MachineAncestry(declarations, expander: &interpreter.expander)
        var machines: [MachineDefinition] = []
        let linesWithoutTCG = regions.linesWithoutTCG
        for variable in declarations.variables where variable.hasType("TypeInfo") {
            var recogniser = MachineRecogniser(
                variable: variable, target: family.target, qemuVersion: qemuVersion, rule: lifecycleRule,
                declarations: declarations, deletionVersions: deletionVersions, ancestry: ancestry)
            recogniser.linesWithoutTCG = linesWithoutTCG
            let condition = regions.condition(at: variable.location.line)
            // Code under `#if 0` is never compiled.
            if let condition, condition.split(separator: "&&").contains(where: { $0.filter { $0 != " " } == "0" }) {
                continue
            }
            if var machine = recogniser.machine(interpreter: &interpreter, condition: condition) {
                // A parent's setting under `#if` depends on the build: the interpreter sees every
                // branch, so such a value is not kept as what the machine inherits, except a TCG
                // build's (`#ifdef CONFIG_TCG`; the other branch was not run).
                machine.inheritedFacts = machine.inheritedFacts?.filter { fact in
                    guard let location = fact.source.location, location.file == family.file else { return true }
                    let condition = regions.condition(at: location.line)
                    return condition == nil || condition == ConditionalRegions.tcgBuild
                }
                if machine.inheritedFacts?.isEmpty == true { machine.inheritedFacts = nil }
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
        var definitions = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punctuator {
                if token.text == "{" || token.text == "(" { depth += 1 }
                if token.text == "}" || token.text == ")" { depth -= 1 }
            }
            if depth == 0, token.isIdentifier, token.text.hasPrefix("DEFINE_"), token.text.contains("MACHINE"),
                table[token.text]?.isFunctionLike == true, index + 1 < tokens.count, tokens[index + 1].isPunctuator("(")
            {
                definitions += 1
                if definitions > SourceBudget.maximumDefinitionsPerFile {
                    diagnostics.append(
                        SourceDiagnostic(
                            token.location,
                            "more than \(SourceBudget.maximumDefinitionsPerFile) machine definitions in one file; this one and the rest are not read"))
                    break
                }
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
