import GuestABI

/// Reads the `ARMCPRegInfo` tables of one file (file scope and function-local), the migrated
/// key of each entry, and the calls that define a table on a CPU (`define_arm_cp_regs*`,
/// `define_one_arm_cp_reg*`) with the conditions around each call.
///
/// An entry is left out of migration when its `.type` has `ARM_CP_ALIAS` or `ARM_CP_NO_RAW`, or
/// any bit of `ARM_CP_SPECIAL_MASK` (QEMU marks special registers no-raw when it adds them);
/// the values come from the tree's own enums.
struct CPRegTableReader {
    static let defineCalls: Set<String> = [
        "define_arm_cp_regs", "define_arm_cp_regs_with_opaque", "define_one_arm_cp_reg", "define_one_arm_cp_reg_with_opaque",
    ]

    let declarations: TopLevelDeclarations
    var expander: MacroExpander
    let constants: [String: Int]

    /// Tables and the (function, gate) of each call defining them, by table identifier.
    mutating func tables() -> (tables: [CPRegTable], diagnostics: [SourceDiagnostic]) {
        var diagnostics: [SourceDiagnostic] = []
        guard let alias = constants["ARM_CP_ALIAS"], let noRaw = constants["ARM_CP_NO_RAW"] else {
            if declarations.variables.contains(where: { $0.hasType("ARMCPRegInfo") }),
                let first = declarations.variables.first(where: { $0.hasType("ARMCPRegInfo") })
            {
                diagnostics.append(
                    SourceDiagnostic(first.location, "ARM_CP_ALIAS / ARM_CP_NO_RAW not found in the tree's enums: register keys not read", severity: .warning))
            }
            return ([], diagnostics)
        }
        let excludedMask = alias | noRaw | (constants["ARM_CP_SPECIAL_MASK"] ?? 0)
        var definitions: [(name: String, tokens: [PPToken], location: SourceLocation)] = []
        for variable in declarations.variables where variable.hasType("ARMCPRegInfo") {
            definitions.append((variable.name, variable.initializer, variable.location))
        }
        var calls: [String: (function: String, gate: [String])] = [:]
        for function in declarations.functions.values.sorted(by: { $0.location < $1.location }) {
            definitions += Self.localTables(in: function.body)
            ConditionWalker.walk(function.body) { index, gate in
                let token = function.body[index]
                guard token.isIdentifier, Self.defineCalls.contains(token.text), index + 1 < function.body.count,
                    function.body[index + 1].isPunctuator("("),
                    let close = TopLevelDeclarations.closing(function.body[...], from: index + 1)
                else { return }
                let arguments = Array(function.body[(index + 2)..<close]).splitTopLevel()
                guard arguments.count >= 2, let table = arguments[1].last(where: \.isIdentifier)?.text else { return }
                if calls[table] == nil { calls[table] = (function.name, gate) }
            }
        }
        var result: [CPRegTable] = []
        for definition in definitions {
            let expanded = expander.expand(definition.tokens)
            let entries: [[PPToken]]
            if expanded.first?.isPunctuator("{") == true {
                entries = expanded.splitTopLevel().compactMap { part in
                    guard part.first?.isPunctuator("{") == true, let close = TopLevelDeclarations.closing(part[...], from: 0)
                    else { return nil }
                    return Array(part[1..<close])
                }
            } else {
                entries = [expanded]
            }
            var keys: [CPRegKey] = []
            var excluded: [String] = []
            for entry in entries {
                let fields = DesignatedInitializer(entry)
                guard let name = fields.string("name") else { continue }
                let type = fields["type"].flatMap { ConstantExpression(constants: constants).evaluate($0) } ?? 0
                if type & excludedMask != 0 {
                    excluded.append(name)
                    continue
                }
                keys += self.keys(of: fields, name: name, type: type, location: entry.first?.location ?? definition.location)
            }
            let call = calls[definition.name]
            result.append(
                CPRegTable(
                    identifier: definition.name, definedIn: call?.function, gate: call?.gate ?? [], keys: keys,
                    excluded: excluded, location: definition.location))
        }
        return (result, diagnostics)
    }

    /// The keys an entry adds: one per execution state it is visible in. Wildcards (`CP_ANY`)
    /// migrate only their 0 instance (QEMU marks the others aliases).
    private func keys(of fields: DesignatedInitializer, name: String, type: Int, location: SourceLocation) -> [CPRegKey] {
        let evaluate = { (field: String) -> Int in
            let value = fields[field].flatMap { ConstantExpression(constants: constants).evaluate($0) } ?? 0
            return value == constants["CP_ANY"] ? 0 : value
        }
        let state = evaluate("state")
        let cp = evaluate("cp")
        let (crn, crm, opc0, opc1, opc2) = (evaluate("crn"), evaluate("crm"), evaluate("opc0"), evaluate("opc1"), evaluate("opc2"))
        let aa32 = constants["ARM_CP_STATE_AA32"] ?? 0
        let aa64 = constants["ARM_CP_STATE_AA64"] ?? 1
        let both = constants["ARM_CP_STATE_BOTH"] ?? 2
        let is64 = (constants["ARM_CP_64BIT"].map { type & $0 != 0 } ?? false) ? " 64bit" : ""
        var result: [CPRegKey] = []
        if state == aa32 || state == both {
            let key = "aa32 cp\(cp == 0 ? 15 : cp)\(is64) op1=\(opc1) crn=\(crn) crm=\(crm) op2=\(opc2)"
            result.append(CPRegKey(key: key, name: name, location: location))
        }
        if state == aa64 || state == both {
            let system = cp == 0 || state == both ? "" : "cp\(cp) "
            let key = "aa64 \(system)op0=\(opc0) op1=\(opc1) crn=\(crn) crm=\(crm) op2=\(opc2)"
            result.append(CPRegKey(key: key, name: name, location: location))
        }
        return result
    }

    /// `ARMCPRegInfo name[] = { … };` and `ARMCPRegInfo name = { … };` inside a function body.
    static func localTables(in body: [PPToken]) -> [(name: String, tokens: [PPToken], location: SourceLocation)] {
        var result: [(String, [PPToken], SourceLocation)] = []
        var index = 0
        while index < body.count {
            defer { index += 1 }
            guard body[index].isIdentifier, body[index].text == "ARMCPRegInfo", index + 1 < body.count,
                body[index + 1].isIdentifier
            else { continue }
            var cursor = index + 2
            while cursor < body.count, body[cursor].isPunctuator("[") || body[cursor].isPunctuator("]") || body[cursor].kind == .number {
                cursor += 1
            }
            guard cursor + 1 < body.count, body[cursor].isPunctuator("="), body[cursor + 1].isPunctuator("{"),
                let close = TopLevelDeclarations.closing(body[...], from: cursor + 1)
            else { continue }
            result.append((body[index + 1].text, Array(body[(cursor + 2)..<close]), body[index + 1].location))
            index = close
        }
        return result
    }
}

/// Walks a function body keeping the conditions of the `if`/`else` blocks and single
/// statements around each token. Each visit gets the conditions that hold there as conjuncts:
/// in `if (a) … else if (b) … else …` the middle branch holds `!(a)` and `b`, the last `!(a)`
/// and `!(b)`.
enum ConditionWalker {
    /// An open condition: its conjuncts (those of the chain before it, negated, then its own
    /// last) and the brace depth (or, for a single statement, the depth whose next `;` closes it).
    private struct Open {
        var conjuncts: [String]
        var closesAt: Int
        var statement: Bool
    }

    static func walk(_ body: [PPToken], _ visit: (Int, [String]) -> Void) {
        var stack: [Open] = []
        var depth = 0
        // The conjuncts of the branch that just closed (what an `else` negates), and those an
        // `else if` hands to the `if` after it.
        var lastClosed: [String]?
        var chainPrefix: [String] = []
        var index = 0
        while index < body.count {
            let token = body[index]
            if token.isIdentifier, token.text == "if", index + 1 < body.count, body[index + 1].isPunctuator("("),
                let close = TopLevelDeclarations.closing(body[...], from: index + 1)
            {
                let condition = Array(body[(index + 2)..<close]).normalizedText
                open(chainPrefix + [condition], after: close, &stack, depth: depth, body: body)
                chainPrefix = []
                index = close + 1
                if index < body.count, body[index].isPunctuator("{") {
                    depth += 1
                    index += 1
                }
                continue
            }
            if token.isIdentifier, token.text == "else", let previous = lastClosed, let own = previous.last {
                let negated = previous.dropLast() + [negation(of: own)]
                index += 1
                if index < body.count, body[index].isIdentifier, body[index].text == "if" {
                    chainPrefix = Array(negated)  // the `if` that follows opens with these first
                    continue
                }
                open(Array(negated), after: index - 1, &stack, depth: depth, body: body)
                if index < body.count, body[index].isPunctuator("{") {
                    depth += 1
                    index += 1
                }
                continue
            }
            visit(index, stack.flatMap(\.conjuncts))
            if token.isPunctuator("{") { depth += 1 }
            if token.isPunctuator("}") {
                depth -= 1
                lastClosed = nil
                while let last = stack.last, !last.statement, last.closesAt > depth {
                    lastClosed = last.conjuncts
                    stack.removeLast()
                }
            }
            if token.isPunctuator(";") {
                lastClosed = nil
                while let last = stack.last, last.statement, last.closesAt == depth {
                    lastClosed = last.conjuncts
                    stack.removeLast()
                }
            }
            index += 1
        }
    }

    /// `!(c)`; `x(…)` for `!x(…)` (a negated call, negated again).
    static func negation(of condition: String) -> String {
        let bytes = Array(condition.utf8)
        if bytes.first == UInt8(ascii: "!"), bytes.last == UInt8(ascii: ")"),
            let open = bytes.firstIndex(of: UInt8(ascii: "(")), open > 1,
            bytes[1..<open].allSatisfy({ $0 == UInt8(ascii: "_") || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) })
        {
            // The call's own parenthesis must be the one that closes at the end.
            var depth = 0
            for (index, byte) in bytes.enumerated().dropFirst(open) {
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") { depth -= 1 }
                if depth == 0 { return index == bytes.count - 1 ? String(condition.dropFirst()) : "!(\(condition))" }
            }
        }
        return "!(\(condition))"
    }

    private static func open(_ conjuncts: [String], after index: Int, _ stack: inout [Open], depth: Int, body: [PPToken]) {
        let braced = index + 1 < body.count && body[index + 1].isPunctuator("{")
        stack.append(Open(conjuncts: conjuncts, closesAt: braced ? depth + 1 : depth, statement: !braced))
    }
}
