import GuestABI

extension ChainInterpreter {
    /// Assignment operators a statement may use on a class field.
    private static let assignmentOperators: Set<String> = ["=", "|=", "&=", "+=", "-=", "^="]

    /// One statement without blocks: a declaration, an assignment or a call.
    mutating func simpleStatement(
        _ statement: [PPToken], in function: FunctionDefinition, state: inout MachineClassState, instance: Bool,
        locals: inout [String: [CompatProperty]]
    ) {
        guard let first = statement.first else { return }
        if let assignment = topLevelAssignment(statement) {
            let lhs = statement[..<assignment]
            let rhs = Array(statement[(assignment + 1)...])
            if lhs.contains(where: { $0.isIdentifier && $0.text == "GlobalProperty" }) {
                localArray(lhs: lhs, rhs: rhs, in: function, locals: &locals)
            } else if let arrow = lhs.firstIndex(where: { $0.isPunctuator("->") }) {
                var field = Array(lhs[(arrow + 1)...]).normalizedText.filter { $0 != " " }
                if instance { field = "instance." + field }
                var value = rhs
                let op = statement[assignment].text
                if op != "=" { value.insert(PPToken(kind: .punctuator, text: op, location: first.location), at: 0) }
                state.assign(field: field, value: value, origin: function.name, location: statement[assignment].location)
            }
            return
        }
        guard first.isIdentifier, statement.count >= 3, statement[1].isPunctuator("("),
            let close = TopLevelDeclarations.closing(statement, from: 1)
        else { return }
        let callee = first.text
        let arguments = Array(statement[2..<close]).splitTopLevel()
        switch callee {
        case "compat_props_add":
            addCompat(arguments: arguments, at: first.location, in: function, state: &state, locals: locals)
        case "MACHINE_VER_DEPRECATION":
            state.versionedDeprecation = Self.machineVersion(fromMacroArguments: arguments)
        default:
            if functions[callee] != nil {
                if !instance || callee.hasSuffix("_instance_options") {
                    run(callee, into: &state, instance: instance)
                }
            } else if callee.hasSuffix("_options") {
                // An options chain calls the next newer version's options: a missing one loses
                // every entry the rest of the chain would add.
                diagnostics.append(
                    SourceDiagnostic(first.location, "\(function.name): options function '\(callee)' is not defined in the tree"))
            } else if instance {
                let call = "\(callee)(\(arguments.map(\.normalizedText).joined(separator: ", ")))"
                state.assign(
                    field: "instance." + call, value: [PPToken(kind: .identifier, text: "called", location: first.location)],
                    origin: function.name, location: first.location)
            }
        }
    }

    /// The index of the assignment operator at depth 0, if the statement is an assignment.
    private func topLevelAssignment(_ statement: [PPToken]) -> Int? {
        var depth = 0
        for (index, token) in statement.enumerated() where token.kind == .punctuator {
            switch token.text {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default:
                if depth == 0, Self.assignmentOperators.contains(token.text) { return index }
            }
        }
        return nil
    }

    /// `static GlobalProperty compat[] = { … };` inside an options function.
    private mutating func localArray(
        lhs: ArraySlice<PPToken>, rhs: [PPToken], in function: FunctionDefinition, locals: inout [String: [CompatProperty]]
    ) {
        guard let bracket = lhs.firstIndex(where: { $0.isPunctuator("[") }), bracket > lhs.startIndex,
            lhs[bracket - 1].isIdentifier, let open = rhs.first, open.isPunctuator("{"),
            let close = TopLevelDeclarations.closing(rhs, from: 0)
        else {
            diagnostics.append(SourceDiagnostic(function.location, "\(function.name): cannot read a local GlobalProperty array"))
            return
        }
        let initializer = expander.expand(Array(rhs[1..<close]))
        locals[lhs[bracket - 1].text] = CompatArrayParser.entries(
            of: initializer, origin: function.name, diagnostics: &diagnostics)
    }

    /// `compat_props_add(m->compat_props, array, array_len)`.
    private mutating func addCompat(
        arguments: [[PPToken]], at location: SourceLocation, in function: FunctionDefinition,
        state: inout MachineClassState, locals: [String: [CompatProperty]]
    ) {
        guard arguments.count == 3, arguments[1].count == 1, arguments[1][0].isIdentifier else {
            diagnostics.append(SourceDiagnostic(location, "\(function.name): compat_props_add with unexpected arguments"))
            return
        }
        let name = arguments[1][0].text
        if let entries = locals[name] ?? globalArrays[name] {
            state.compat.append(contentsOf: entries)
        } else {
            diagnostics.append(SourceDiagnostic(location, "\(function.name): compat array '\(name)' not found in the tree"))
        }
    }

    /// The version in `MACHINE_VER_*(major, minor[, micro][, _, tag])` arguments.
    static func machineVersion(fromMacroArguments arguments: [[PPToken]]) -> MachineVersion? {
        let texts = arguments.map(\.normalizedText)
        guard texts.count >= 2, let major = Int(texts[0]), let minor = Int(texts[1]) else { return nil }
        switch texts.count {
        case 2: return MachineVersion(major, minor)
        case 3: return Int(texts[2]).map { MachineVersion(major, minor, micro: $0) }
        case 4: return MachineVersion(major, minor, tag: texts[3])
        case 5: return Int(texts[2]).map { MachineVersion(major, minor, micro: $0, tag: texts[4]) }
        default: return nil
        }
    }
}
