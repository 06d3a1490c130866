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
        var code = CPUFolderFiles(folder: folder, files: files)
        code.parseFiles(holding: "post_load")
        guard var found = refusal(in: code.parsed.map(\.declarations), functions: code.functions) else { return nil }
        code.parseFiles(holding: "TypeInfo")
        let reset = await resetField(of: CExpression(parsing: found.field), in: &code, more: more)
        found.resetField = reset?.field
        found.resetLocation = reset?.location
        let types = CPUClassTypes(code, shared: shared)
        // The functions the check reaches, and the class fields they read, to a fixed point.
        var wanted = Set(CExpression(parsing: found.check).calledNames)
        var read: [String: CPUCheckFunction] = [:]
        var fieldsRead: Set<String> = []
        var hookFields: Set<String> = []
        var classes: [String: CPUClassFields] = [:]
        // Each round reads or gives up on every name wanted so far: a finite set, capped anyway.
        for _ in 0..<64 {
            for name in wanted where read[name] == nil {
                guard let definition = code.definition(name) else { continue }
                let function = checkFunction(definition)
                read[name] = function
                for text in function.steps.flatMap({ [$0.value] + $0.conditions }) {
                    let expression = CExpression(parsing: text)
                    fieldsRead.formUnion(expression.memberNames)
                    hookFields.formUnion(expression.calledMembers)
                    wanted.formUnion(expression.calledNames)
                }
            }
            classes = types.classFields(fieldsRead.union(found.resetField.map { [$0] } ?? []))
            // The functions class hooks name (`pcc->pvr_match = ppc_pvr_match_power9;`).
            let hooks = Set(classes.values.flatMap { $0.fields.filter { hookFields.contains($0.key) }.map(\.value) })
            let pending = wanted.union(hooks).filter { read[$0] == nil && !code.sought.contains($0) }
            if pending.isEmpty { break }
            wanted.formUnion(hooks)
        }
        let texts = read.values.flatMap { $0.steps.flatMap { [$0.value] + $0.conditions } } + classes.values.flatMap(\.fields.values) + [found.check]
        let used = Set(texts.flatMap { CExpression(parsing: $0).names })
        return CPUIdentityCheck(
            section: found.section, function: found.function, location: found.location, check: found.check,
            runTimeConditions: found.others, cpuObjects: found.objects, field: found.field, resetField: found.resetField,
            resetLocation: found.resetLocation, functions: read, classes: classes,
            constants: types.constants(of: code).filter { used.contains($0.key) })
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

    /// The class field `field` (`env->spr[SPR_PVR]`) is reset from: the first call whose second
    /// argument is its index and whose last is `x->name`, in the files read, then in the
    /// folder's files that name the index, then in those `more` reads (a helper file no needle kept).
    private static func resetField(
        of field: CExpression, in code: inout CPUFolderFiles,
        more: (@Sendable (_ folder: String, _ word: String) async -> [String: [UInt8]])?
    ) async -> (field: String, location: SourceLocation)? {
        guard case .index(_, .name(let index)) = field else { return nil }
        if let found = resetCall(of: index, in: code.parsed.sorted { $0.path < $1.path }.map(\.tokens)) { return found }
        let before = code.parsed.count
        code.parseFiles(holding: index + ",")
        if let found = resetCall(of: index, in: code.parsed[before...].sorted { $0.path < $1.path }.map(\.tokens)) { return found }
        guard let more else { return nil }
        let extra = await more(code.folder, index + ",")
        let start = code.parsed.count
        for path in extra.keys.sorted() { code.parse(path, bytes: extra[path]) }
        return resetCall(of: index, in: code.parsed[start...].map(\.tokens))
    }

    /// The first call in `files` whose second argument is `index` and whose last is `x->name`.
    private static func resetCall(of index: String, in files: [[PPToken]]) -> (field: String, location: SourceLocation)? {
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
