public import GuestABI

/// Reads the migration state a QEMU tree describes (``StateModel``): the `VMStateDescription`s
/// of the folders that hold device, CPU and migration code, their registrations, and the Arm
/// register tables. Only files that can hold one of these are tokenized (a byte search decides).
public struct StateReader: Sendable {
    /// Folders read (those a tree lacks are skipped: `softmmu/` became `system/` in 8.0).
    public static let folders = ["hw", "target", "migration", "system", "softmmu", "net", "backends", "chardev", "include"]

    private static let needles: [[UInt8]] = [
        "VMStateDescription", "vmsd", "register_savevm_live", "vmstate_register", "set_feature", "ARMCPUInfo",
    ].map { Array($0.utf8) }
    private static let registerInfo = Array("ARMCPRegInfo".utf8)

    /// Whether a C file can hold what the model reads: a needle, or a register table (an
    /// `ARMCPRegInfo` declarator, not only `const ARMCPRegInfo *ri` pointers, which the
    /// translators hold in hundreds of kilobytes of code with no table).
    static func holdsState(_ bytes: [UInt8]) -> Bool {
        ByteSearch.contains(anyOf: needles, in: bytes) || declaresRegisterInfo(bytes)
    }

    /// Whether `ARMCPRegInfo` is followed, after blanks, by a name (a variable or an array).
    static func declaresRegisterInfo(_ bytes: [UInt8]) -> Bool {
        for hit in ByteSearch.occurrences(of: registerInfo, in: bytes) {
            let blanks = hit + registerInfo.count
            var index = blanks
            while index < bytes.count, CByte.isHorizontalSpace(bytes[index]) || bytes[index] == UInt8(ascii: "\n") { index += 1 }
            if index > blanks, index < bytes.count, CByte.isIdentifierStart(bytes[index]) { return true }
        }
        return false
    }
    /// What makes a CPU folder's file part of its ``CPUModelCode``.
    static let modelCodeNeedles: [[UInt8]] = ["set_feature", "ARMCPUInfo", "define_arm_cp_reg", "register_cp_regs_for_features"].map { Array($0.utf8) }
    private static let macroNeedles: [[UInt8]] = ["define VMSTATE_", "define stringify", "define tostring"].map { Array($0.utf8) }

    public let tree: any SourceTree

    /// Creates a reader of `tree`.
    public init(tree: any SourceTree) {
        self.tree = tree
    }

    /// Reads the model. Throws when the tree cannot be read or has no `VERSION`.
    public func read() async throws(QEMUSourceError) -> StateModel {
        guard let versionBytes = try await tree.read("VERSION") else {
            throw QEMUSourceError(
                .notAQEMUTree, subject: tree.displayName, reason: "no VERSION file",
                hint: "point at the top of a QEMU source tree (the folder holding VERSION, hw/ and include/)")
        }
        let version = String(decoding: versionBytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        var paths: [String] = []
        for folder in Self.folders { paths += try await tree.files(under: folder, withSuffixes: [".h", ".c"]) }
        // CPU code older trees include into a translation unit (`target/ppc/translate_init.c.inc`
        // in 5.2), for the ``CPUIdentityCheck``.
        paths += try await tree.files(under: "target", withSuffixes: [".c.inc"])
        let typeNeedle = [Array("TypeInfo".utf8)]
        let files = try await tree.readAll(paths) { path, bytes in
            path.hasSuffix(".h") || Self.holdsState(bytes)
                // A CPU folder's types (model tables) for its ``CPUIdentityCheck``.
                || (path.hasPrefix("target/") && ByteSearch.contains(anyOf: typeNeedle, in: bytes))
        }
        let tree = self.tree
        let read = Set(files.keys)
        let unread = paths.filter { $0.hasPrefix("target/") && ($0.hasSuffix(".c") || $0.hasSuffix(".c.inc")) && !read.contains($0) }
        return await Self.model(of: files, version: version, origin: tree.displayName) { folder, needle in
            let wanted = unread.filter { StateScope.cpuScope(of: $0) == folder }
            let bytes = [Array(needle.utf8)]
            return (try? await tree.readAll(wanted) { _, contents in ByteSearch.contains(anyOf: bytes, in: contents) }) ?? [:]
        }
    }

    /// The model of `files` (path → bytes), whatever read them. `more` reads a CPU folder's
    /// files not among them that hold a word (where a ``CPUIdentityCheck``'s field is reset).
    static func model(
        of files: [String: [UInt8]], version: String, origin: String,
        more: (@Sendable (_ folder: String, _ word: String) async -> [String: [UInt8]])? = nil
    ) async -> StateModel {
        let headers = files.filter { $0.key.hasSuffix(".h") }
        // Shared macros: vmstate's own and every header's VMSTATE_* wrappers, then type names.
        var base = MacroTable()
        let macroHeaders = headers.filter { ByteSearch.contains(anyOf: macroNeedles, in: $0.value) }.keys.sorted {
            ($0.hasSuffix("migration/vmstate.h") ? 0 : 1, $0) < ($1.hasSuffix("migration/vmstate.h") ? 0 : 1, $1)
        }
        for path in macroHeaders {
            guard let bytes = headers[path] else { continue }
            let stream = CTokenizer(bytes: bytes, file: path).tokenize()
            base.collect(from: stream)
        }
        let typeNames = TypeNameMacroIndex.collect(headers)
        var shared = typeNames.definitions
        shared.merge(base.definitions) { _, vmstate in vmstate }
        // Per folder of CPU code: its headers' macros and enum constants (`ARM_CP_*`).
        var folderHeaders: [String: [String]] = [:]
        for path in headers.keys where path.hasPrefix("target/") {
            folderHeaders[Self.folder(of: path), default: []].append(path)
        }
        var folderMacros: [String: [String: MacroDefinition]] = [:]
        var folderConstants: [String: [String: Int]] = [:]
        var folderTableConstants: [String: [String: Int]] = [:]
        for (folder, paths) in folderHeaders where paths.contains(where: { headers[$0].map { ByteSearch.contains(anyOf: [Array("ARMCPRegInfo".utf8)], in: $0) } ?? false }) {
            var table = MacroTable()
            var constants: [String: Int] = [:]
            for path in paths.sorted() {
                guard let bytes = headers[path] else { continue }
                let stream = CTokenizer(bytes: bytes, file: path).tokenize()
                table.collect(from: stream)
                EnumConstants.collect(stream.ppTokens(), into: &constants)
            }
            folderMacros[folder] = table.definitions
            folderConstants[folder] = constants
            // Register tables also read `#define`d type flags (trees before the ARM_CP_* enum);
            // VMState fields keep to the enums (a `#define`d count would change their layout).
            DefinedConstants.collect(table.definitions, into: &constants)
            folderTableConstants[folder] = constants
        }
        let sources = files.keys.filter { path in
            path.hasSuffix(".c") && !path.hasPrefix("include/") && files[path].map(Self.holdsState) == true
        }.sorted()
        let sharedMacros = shared
        let macrosByFolder = folderMacros
        let constantsByFolder = folderConstants
        let tableConstantsByFolder = folderTableConstants
        // Arm register tables outside target/ (the GIC's CPU interface) use the Arm enums.
        let armConstants = folderConstants.first { $0.key == "target/arm" }?.value ?? [:]
        let armTableConstants = folderTableConstants.first { $0.key == "target/arm" }?.value ?? [:]
        let results = await withTaskGroup(of: FileState.self) { group in
            let chunkCount = min(sources.count, 32)
            for chunk in 0..<chunkCount {
                let slice = Array(sources[(sources.count * chunk / max(chunkCount, 1))..<(sources.count * (chunk + 1) / max(chunkCount, 1))])
                group.addTask {
                    var states: [FileState] = []
                    for path in slice {
                        guard let bytes = files[path] else { continue }
                        let folder = Self.folder(of: path)
                        states.append(
                            FileState.read(
                                path: path, bytes: bytes, shared: sharedMacros, folderMacros: macrosByFolder[folder] ?? [:],
                                constants: constantsByFolder[folder] ?? armConstants,
                                tableConstants: tableConstantsByFolder[folder] ?? armTableConstants))
                    }
                    return FileState(merging: states)
                }
            }
            var all: [FileState] = []
            for await state in group { all.append(state) }
            return FileState(merging: all)
        }
        // Total orders throughout: the task group merges files in whatever order they finish.
        var sections = results.sections.sorted { ($0.location, $0.identifier) < ($1.location, $1.identifier) }
        for index in sections.indices {
            if !results.references.contains(sections[index].identifier) { sections[index].referenced = false }
            sections[index].users = Array(Set(results.users[sections[index].identifier] ?? [])).sorted()
        }
        var modelCode: [String: CPUModelCode] = [:]
        for (scope, code) in results.modelCode {
            let defining = Set(results.tables.filter { StateScope.cpuScope(of: $0.location.file) == scope }.compactMap(\.definedIn))
            let pruned = CPUModelCodeReader.prune(code, definingTables: defining)
            if !pruned.models.isEmpty { modelCode[scope] = pruned }
        }
        // Each CPU folder's check of the source's model, read concurrently.
        let folders = Set(files.keys.compactMap { StateScope.cpuScope(of: $0) })
        let identity = await withTaskGroup(of: (String, CPUIdentityCheck?).self) { group in
            for folder in folders {
                group.addTask { (folder, await CPUIdentityReader.check(folder: folder, files: files, shared: sharedMacros, more: more)) }
            }
            var result: [String: CPUIdentityCheck] = [:]
            for await (folder, check) in group { result[folder] = check }
            return result
        }
        return StateModel(
            qemuVersion: version, origin: origin, sections: sections,
            registrations: results.registrations.sorted {
                ($0.location, $0.section, $0.mechanism.rawValue) < ($1.location, $1.section, $1.mechanism.rawValue)
            },
            registerTables: results.tables.sorted { ($0.location, $0.identifier) < ($1.location, $1.identifier) },
            cpuModelCode: modelCode, cpuIdentity: identity,
            diagnostics: results.diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) })
    }

    /// `target/arm` for `target/arm/tcg/x.c`; the file's folder otherwise.
    static func folder(of path: String) -> String {
        StateScope.cpuScope(of: path) ?? path.split(separator: "/").dropLast().joined(separator: "/")
    }
}

/// What one file (or several, merged) contributes.
struct FileState: Sendable {
    var sections: [StateSection] = []
    var registrations: [StateRegistration] = []
    var tables: [CPRegTable] = []
    /// What each CPU folder's files say about its models (``CPUModelCodeReader``), unpruned.
    var modelCode: [String: CPUModelCode] = [:]
    var references: Set<String> = []
    /// Description identifier → `function@file` of the functions taking its address.
    var users: [String: [String]] = [:]
    var diagnostics: [SourceDiagnostic] = []

    init() {}

    init(merging states: [FileState]) {
        for state in states {
            sections += state.sections
            registrations += state.registrations
            tables += state.tables
            for (scope, code) in state.modelCode { modelCode[scope, default: CPUModelCode()].merge(code) }
            references.formUnion(state.references)
            users.merge(state.users) { $0 + $1 }
            diagnostics += state.diagnostics
        }
    }

    static func read(
        path: String, bytes: [UInt8], shared: [String: MacroDefinition], folderMacros: [String: MacroDefinition],
        constants: [String: Int], tableConstants: [String: Int]
    ) -> FileState {
        var state = FileState()
        let stream = CTokenizer(bytes: bytes, file: path).tokenize()
        var table = MacroTable()
        table.collect(from: stream)
        table.add(contentsOf: folderMacros)
        table.fallback = shared
        let tokens = stream.ppTokens(undefining: "CONFIG_USER_ONLY")
        let declarations = TopLevelDeclarations(tokens)
        var fileConstants = constants
        EnumConstants.collect(tokens, into: &fileConstants)
        let expander = MacroExpander(table: table, frozen: VMStateDescriptionReader.frozen)
        var sections = VMStateDescriptionReader(declarations: declarations, expander: expander, file: path, constants: fileConstants)
        state.sections = sections.sections()
        var registrations = StateRegistrationReader(declarations: declarations, expander: expander)
        state.registrations = registrations.registrations()
        if StateReader.declaresRegisterInfo(bytes) {
            // The file's enums, read above, fill in what the folder's enums and #defines lack.
            let readerConstants = tableConstants.merging(fileConstants) { folder, _ in folder }
            var reader = CPRegTableReader(declarations: declarations, expander: expander, constants: readerConstants)
            let (tables, diagnostics) = reader.tables()
            state.tables = tables
            state.diagnostics += diagnostics
        }
        if let scope = StateScope.cpuScope(of: path), ByteSearch.contains(anyOf: StateReader.modelCodeNeedles, in: bytes) {
            var reader = CPUModelCodeReader(declarations: declarations, expander: expander)
            let code = reader.code()
            if !code.isEmpty { state.modelCode[scope] = code }
        }
        // Index loops: the tokens are read in place, not copied.
        for index in tokens.indices.dropLast() where tokens[index].isPunctuator("&") {
            if tokens[index + 1].isIdentifier { state.references.insert(tokens[index + 1].text) }
        }
        // References written inside macros the file uses (`VMSTATE_PCI_DEVICE` → `&vmstate_pci_device`).
        for index in tokens.indices where tokens[index].isIdentifier && tokens[index].text.utf8.starts(with: "VMSTATE_".utf8) {
            if let definition = table[tokens[index].text] {
                for (index, body) in definition.body.enumerated() where body.isPunctuator("&") && index + 1 < definition.body.count {
                    if definition.body[index + 1].isIdentifier { state.references.insert(definition.body[index + 1].text) }
                }
            }
        }
        let sectionNames = Set(state.sections.map(\.identifier))
        for function in declarations.functions.values {
            let body = function.body
            for index in body.indices.dropLast() where body[index].isPunctuator("&") && body[index + 1].isIdentifier {
                let name = body[index + 1].text
                guard name.utf8.starts(with: "vmstate_".utf8) || sectionNames.contains(name) else { continue }
                state.users[name, default: []].append("\(function.name)@\(path)")
            }
        }
        state.diagnostics += declarations.diagnostics
        return state
    }
}

/// Integer constants of object-like `#define`s (`#define ARM_CP_ALIAS 0x0020`, as trees before
/// the `ARM_CP_*` enum wrote them; `#define ARM_CP_NOP (ARM_CP_SPECIAL | 0x0100)`): each macro
/// whose body is a constant expression of numbers and constants known so far, in rounds until
/// none is added. A name an enum already gives keeps the enum's value.
enum DefinedConstants {
    static func collect(_ definitions: [String: MacroDefinition], into constants: inout [String: Int]) {
        var pending = definitions.values.filter { !$0.isFunctionLike && !$0.body.isEmpty && constants[$0.name] == nil }
        while true {
            var added = false
            pending.removeAll { definition in
                guard let value = ConstantExpression(constants: constants).evaluate(definition.body) else { return false }
                constants[definition.name] = value
                added = true
                return true
            }
            if !added { return }
        }
    }
}

/// Integer constants of `enum { A = 1 << 4, B, … }` blocks.
enum EnumConstants {
    static func collect(_ tokens: [PPToken], into constants: inout [String: Int]) {
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].isIdentifier, tokens[index].text == "enum" else { continue }
            var open = index + 1
            while open < tokens.count, tokens[open].isIdentifier { open += 1 }
            guard open < tokens.count, tokens[open].isPunctuator("{"), let close = TopLevelDeclarations.closing(tokens, from: open)
            else { continue }
            var next = 0
            for entry in Array(tokens[(open + 1)..<close]).splitTopLevel() {
                guard let name = entry.first, name.isIdentifier else { continue }
                if entry.count >= 3, entry[1].isPunctuator("="),
                    let value = ConstantExpression(constants: constants).evaluate(Array(entry[2...]))
                {
                    next = value
                }
                if constants[name.text] == nil { constants[name.text] = next }
                next += 1
            }
            index = close
        }
    }
}
