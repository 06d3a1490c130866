import GuestABI

/// Reads a CPU folder's ``CPUIdentityCheck``: a `post_load` of one of its `VMStateDescription`s
/// that returns a negative value when a call comparing a migrated field with the CPU holds
/// (`if (!pvr_match(cpu, env->spr[SPR_PVR])) return -EINVAL;`). With it, what evaluating
/// the check needs:
///
/// - the functions it calls, and the functions a class hook it reads names, each read as
///   declarations and `return`s with their conditions (``CPUCheckFunction``);
/// - every CPU type's class fields those functions read, from the `TypeInfo`s of the folder
///   (written directly or by the folder's macros, expanded with the real preprocessor) and the
///   unconditional `x->field = value;` statements of their `class_init`s, ancestors first;
/// - the class field the migrated field is reset from: the call registering it
///   (`spr_register(env, SPR_PVR, …, pcc->pvr)`: its index second, its reset value last);
/// - the folder's enum constants.
enum CPUIdentityReader {
    /// The check of `folder` (`target/ppc`), whose files are among `files`; nil when its code
    /// has none.
    ///
    /// `more` reads the folder's files outside `files` that hold a word: when no file of
    /// `files` resets the checked field, those naming its index (`SPR_PVR,`) are read too.
    static func check(
        folder: String, files: [String: [UInt8]], shared: [String: MacroDefinition],
        more: (@Sendable (_ folder: String, _ word: String) async -> [String: [UInt8]])? = nil
    ) async -> CPUIdentityCheck? {
        let sources = files.keys.filter { ($0.hasSuffix(".c") || $0.hasSuffix(".c.inc")) && StateScope.cpuScope(of: $0) == folder }.sorted()
        // Files are tokenized when needed: those with a `post_load` first, then those declaring
        // types, then those naming a function the check reaches.
        var parsed: [(path: String, stream: CTokenStream, tokens: [PPToken], declarations: TopLevelDeclarations)] = []
        var parsedPaths: Set<String> = []
        var functions: [String: FunctionDefinition] = [:]
        func parse(_ path: String, bytes: [UInt8]? = nil) {
            guard parsedPaths.insert(path).inserted, let bytes = bytes ?? files[path] else { return }
            let stream = CTokenizer(bytes: bytes, file: path).tokenize()
            let tokens = stream.ppTokens(undefining: "CONFIG_USER_ONLY")
            let declarations = declarationsByChunk(tokens)
            for (name, function) in declarations.functions where functions[name] == nil { functions[name] = function }
            parsed.append((path, stream, tokens, declarations))
        }
        func parseFiles(holding word: String) {
            let needle = [Array(word.utf8)]
            for path in sources where !parsedPaths.contains(path) {
                if let bytes = files[path], ByteSearch.contains(anyOf: needle, in: bytes) { parse(path) }
            }
        }
        var sought: Set<String> = []
        /// The definition of `name`, reading the files that name it when none is read yet.
        func definition(_ name: String) -> FunctionDefinition? {
            // QOM's class getters are the evaluator's own (``CPUIdentityEvaluation``).
            if functions[name] == nil, sought.insert(name).inserted, !name.hasSuffix("_GET_CLASS") { parseFiles(holding: name) }
            return functions[name]
        }
        parseFiles(holding: "post_load")
        guard var found = refusal(in: parsed.map(\.declarations), functions: functions) else { return nil }
        parseFiles(holding: "TypeInfo")
        let field = CExpression(parsing: found.field)
        var reset = resetField(of: field, in: parsed.sorted { $0.path < $1.path }.map(\.tokens))
        if reset == nil, case .index(_, .name(let index)) = field {
            // Where the field is reset may be a file of the folder not read yet, or one no
            // needle kept (a helper file).
            let before = parsed.count
            parseFiles(holding: index + ",")
            reset = resetField(of: field, in: parsed[before...].sorted { $0.path < $1.path }.map(\.tokens))
            if reset == nil, let more {
                let extra = await more(folder, index + ",")
                let start = parsed.count
                for path in extra.keys.sorted() { parse(path, bytes: extra[path]) }
                reset = resetField(of: field, in: parsed[start...].map(\.tokens))
            }
        }
        found.resetField = reset?.field
        found.resetLocation = reset?.location
        var folderMacros = MacroTable()
        var constants: [String: Int] = [:]
        for path in files.keys.filter({ $0.hasSuffix(".h") && $0.hasPrefix(folder + "/") }).sorted() {
            guard let bytes = files[path] else { continue }
            let stream = CTokenizer(bytes: bytes, file: path).tokenize()
            folderMacros.collect(from: stream)
            EnumConstants.collect(stream.ppTokens(), into: &constants)
        }
        for file in parsed { EnumConstants.collect(file.tokens, into: &constants) }

        // Class inits and types: the files that declare types, their folder macros expanded.
        var types: [String: (parent: String?, classInit: String?, model: String?, location: SourceLocation)] = [:]
        var classInits: [String: FunctionDefinition] = [:]
        let typeNeedle = [Array("TypeInfo".utf8)]
        for file in parsed where ByteSearch.contains(anyOf: typeNeedle, in: files[file.path] ?? []) {
            var table = MacroTable()
            table.collect(from: file.stream)
            table.add(contentsOf: folderMacros.definitions)
            table.fallback = shared
            var expander = MacroExpander(table: table)
            // Only the pieces that declare types, or invoke a macro of the folder or the file (a
            // model table's `POWERPC_DEF(…)`), are expanded: function bodies are read as written.
            var expanded: [PPToken] = []
            for chunk in topLevelChunks(file.tokens, macros: table) {
                let declaresTypes = chunk.contains { $0.isIdentifier && $0.text == "TypeInfo" }
                let local = chunk.first.map { $0.isIdentifier && table.definitions[$0.text]?.isFunctionLike == true } ?? false
                expanded += declaresTypes || local ? expander.expand(chunk) : chunk
            }
            let declarations = declarationsByChunk(expanded)
            for (name, function) in declarations.functions { classInits[name] = function }
            for variable in declarations.variables where variable.hasType("TypeInfo") {
                let fields = DesignatedInitializer(variable.initializer)
                guard let name = fields["name"].map(typeKey) else { continue }
                types[name] = (
                    fields["parent"].map(typeKey), fields["class_init"]?.last(where: \.isIdentifier)?.text,
                    fields["name"]?.first(where: { $0.stringValue != nil })?.stringValue, variable.location
                )
            }
        }

        // The functions the check reaches, and the class fields they read, to a fixed point.
        var wanted = Set(CExpression(parsing: found.check).calledNames)
        var read: [String: CPUCheckFunction] = [:]
        var fieldsRead: Set<String> = []
        var hookFields: Set<String> = []
        var classes: [String: CPUClassFields] = [:]
        // Each round reads or gives up on every name wanted so far: a finite set, capped anyway.
        for _ in 0..<64 {
            for name in wanted where read[name] == nil {
                guard let definition = definition(name) else { continue }
                let function = checkFunction(definition)
                read[name] = function
                for text in function.steps.flatMap({ [$0.value] + $0.conditions }) {
                    let expression = CExpression(parsing: text)
                    fieldsRead.formUnion(expression.memberNames)
                    hookFields.formUnion(expression.calledMembers)
                    wanted.formUnion(expression.calledNames)
                }
            }
            classes = classFields(types: types, classInits: classInits, fields: fieldsRead.union(found.resetField.map { [$0] } ?? []))
            // The functions class hooks name (`pcc->pvr_match = ppc_pvr_match_power9;`).
            let hooks = Set(classes.values.flatMap { $0.fields.filter { hookFields.contains($0.key) }.map(\.value) })
            let pending = wanted.union(hooks).filter { read[$0] == nil && !sought.contains($0) }
            if pending.isEmpty { break }
            wanted.formUnion(hooks)
        }
        let texts = read.values.flatMap { $0.steps.flatMap { [$0.value] + $0.conditions } } + classes.values.flatMap(\.fields.values) + [found.check]
        let used = Set(texts.flatMap { CExpression(parsing: $0).names })
        return CPUIdentityCheck(
            section: found.section, function: found.function, location: found.location, check: found.check,
            runTimeConditions: found.others, cpuObjects: found.objects, field: found.field, resetField: found.resetField,
            resetLocation: found.resetLocation, functions: read, classes: classes,
            constants: constants.filter { used.contains($0.key) })
    }

    /// A refusal found in a `post_load`.
    private struct Refusal {
        var section: String
        var function: String
        var location: SourceLocation
        var check: String
        var others: [String]
        var objects: [String]
        var field: String
        var resetField: String? = nil
        var resetLocation: SourceLocation? = nil
    }

    /// The first `post_load` refusal whose condition calls a folder function with the CPU and
    /// one migrated field.
    private static func refusal(in files: [TopLevelDeclarations], functions: [String: FunctionDefinition]) -> Refusal? {
        for declarations in files {
            for variable in declarations.variables where variable.hasType("VMStateDescription") {
                guard let postLoad = DesignatedInitializer(variable.initializer)["post_load"]?.last(where: \.isIdentifier)?.text,
                    let function = functions[postLoad]
                else { continue }
                let body = function.body
                // The locals holding the CPU: `T *cpu = opaque;`.
                var objects: [String] = []
                for index in body.indices.dropFirst().dropLast(2)
                where body[index].isPunctuator("=") && body[index - 1].isIdentifier && body[index + 1].text == "opaque"
                    && body[index + 2].isPunctuator(";")
                {
                    objects.append(body[index - 1].text)
                }
                var result: Refusal?
                ConditionWalker.walk(body) { index, gate in
                    guard result == nil, body[index].text == "return", index + 1 < body.count, body[index + 1].isPunctuator("-") else { return }
                    for conjunct in gate {
                        guard case .unary("!", .call(.name(let callee), let arguments)) = CExpression(parsing: conjunct),
                            functions[callee] != nil
                        else { continue }
                        let migrated = arguments.filter { if case .name(let name) = $0, objects.contains(name) { false } else { true } }
                        guard migrated.count == 1, arguments.count == migrated.count + 1,
                            let open = conjunct.firstIndex(of: "("), let field = fieldText(conjunct[open...], objects: objects)
                        else { continue }
                        result = Refusal(
                            section: variable.name, function: postLoad, location: body[index].location, check: conjunct,
                            others: gate.filter { $0 != conjunct }, objects: objects, field: field)
                        return
                    }
                }
                if let result { return result }
            }
        }
        return nil
    }

    /// The text of the call's argument that is not a CPU object (`env->spr[SPR_PVR]` of
    /// `(cpu, env->spr[SPR_PVR]))`).
    private static func fieldText(_ call: Substring, objects: [String]) -> String? {
        var depth = 0
        var start = call.index(after: call.startIndex)
        var parts: [String] = []
        for index in call.indices {
            let character = call[index]
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" {
                depth -= 1
                if depth == 0 {
                    parts.append(trimmed(call[start..<index]))
                    break
                }
            }
            if character == ",", depth == 1 {
                parts.append(trimmed(call[start..<index]))
                start = call.index(after: index)
            }
        }
        let fields = parts.filter { !objects.contains($0) }
        return fields.count == 1 ? fields[0] : nil
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// The class field `field` (`env->spr[SPR_PVR]`) is reset from: the first call, in any of
    /// `files` (token lists), whose second argument is its index and whose last is `x->name`.
    private static func resetField(of field: CExpression, in files: [[PPToken]]) -> (field: String, location: SourceLocation)? {
        guard case .index(_, .name(let index)) = field else { return nil }
        for body in files {
            for position in body.indices.dropLast(5) where body[position + 4].text == index && body[position].isIdentifier
                && body[position + 1].isPunctuator("(") && body[position + 3].isPunctuator(",")
            {
                guard let close = TopLevelDeclarations.closing(body[...], from: position + 1) else { continue }
                let arguments = Array(body[(position + 2)..<close]).splitTopLevel()
                guard arguments.count > 2, let last = arguments.last,
                    case .member(.name, let name) = CExpression(parsing: last.normalizedText)
                else { continue }
                return (name, body[position].location)
            }
        }
        return nil
    }

    /// A type's name as written after expansion (`"power9_v2.0" "-" "powerpc64-cpu"`), parentheses dropped.
    private static func typeKey(_ tokens: [PPToken]) -> String {
        tokens.filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.map { $0.stringValue ?? $0.text }.joined()
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

    /// Every type's class fields among `fields`, its ancestors' class inits applied first.
    private static func classFields(
        types: [String: (parent: String?, classInit: String?, model: String?, location: SourceLocation)],
        classInits: [String: FunctionDefinition], fields: Set<String>
    ) -> [String: CPUClassFields] {
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
        for (key, type) in types {
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

    /// `definition` as declarations and returns; opaque when it loops, jumps or assigns.
    static func checkFunction(_ definition: FunctionDefinition) -> CPUCheckFunction {
        let body = definition.body
        let parameters = Array(definition.parameters).splitTopLevel().compactMap { $0.last(where: \.isIdentifier)?.text }
        var steps: [CPUCheckFunction.Step] = []
        var opaque: String?
        if let jump = body.first(where: { $0.isIdentifier && ["for", "while", "do", "switch", "goto"].contains($0.text) }) {
            opaque = "`\(jump.text)` at \(jump.location)"
        }
        var statementStart = 0
        var lastVisited = -1
        ConditionWalker.walk(body) { index, gate in
            let token = body[index]
            // The walker steps over `if (…)`, `else` and the brace after them: a statement starts here.
            if index != lastVisited + 1 { statementStart = index }
            lastVisited = index
            if token.isPunctuator("{") || token.isPunctuator("}") {
                statementStart = index + 1
                return
            }
            guard token.isPunctuator(";") else {
                if token.kind == .punctuator, ["=", "+=", "-=", "|=", "&=", "^=", "<<=", ">>=", "*=", "/=", "%=", "++", "--"].contains(token.text),
                    opaque == nil
                {
                    // An `=` is a declaration's only when a type comes before the name.
                    let before = body[statementStart..<index]
                    if !(token.text == "=" && before.count >= 2 && before.allSatisfy({ $0.isIdentifier || $0.isPunctuator("*") })) {
                        opaque = "an assignment at \(token.location)"
                    }
                }
                return
            }
            defer { statementStart = index + 1 }
            let statement = Array(body[statementStart..<index])
            guard let first = statement.first else { return }
            if first.text == "return" {
                steps.append(CPUCheckFunction.Step(declares: nil, value: Array(statement.dropFirst()).normalizedText, conditions: gate))
            } else if let equals = statement.firstIndex(where: { $0.isPunctuator("=") }), equals >= 2, statement[equals - 1].isIdentifier {
                steps.append(
                    CPUCheckFunction.Step(
                        declares: statement[equals - 1].text, value: Array(statement[(equals + 1)...]).normalizedText, conditions: gate))
            }
        }
        return CPUCheckFunction(name: definition.name, parameters: parameters, steps: steps, opaque: opaque, location: definition.location)
    }
}
