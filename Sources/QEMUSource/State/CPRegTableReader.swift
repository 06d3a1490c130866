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
                    SourceDiagnostic(first.location, "ARM_CP_ALIAS / ARM_CP_NO_RAW not found in the tree's enums or #defines: register keys not read", severity: .warning))
            }
            return ([], diagnostics)
        }
        // Special registers are never migrated: `ARM_CP_SPECIAL_MASK` bits, or before that enum
        // the `ARM_CP_SPECIAL` bit every special type sets.
        let excludedMask = alias | noRaw | (constants["ARM_CP_SPECIAL_MASK"] ?? constants["ARM_CP_SPECIAL"] ?? 0)
        // Each definition with the id its calls and retypes are filed under: the name for a
        // file-scope table, `function@index` for a local one (two blocks of one function may each
        // declare a local `rvbar`; a call uses the latest declared before it).
        var definitions: [(id: String, name: String, tokens: [PPToken], location: SourceLocation)] = []
        for variable in declarations.variables where variable.hasType("ARMCPRegInfo") {
            definitions.append((variable.name, variable.name, variable.initializer, variable.location))
        }
        // Every call site defining a table: one table may be defined by several functions
        // (two CPU models' init functions) or under several conditions.
        var calls: [String: [(function: String, gate: [String])]] = [:]
        var retypes: [String: [Retype]] = [:]
        for function in declarations.functions.values.sorted(by: { $0.location < $1.location }) {
            let locals = Self.localTables(in: function.body)
            definitions += locals.map { ("\(function.name)@\($0.start)", $0.name, $0.tokens, $0.location) }
            let localNames = Set(locals.map(\.name))
            // The id of the table `name` at `index`: the latest local declared before, else file scope.
            let resolve = { (name: String, index: Int) -> String in
                locals.last(where: { $0.name == name && $0.start < index }).map { "\(function.name)@\($0.start)" } ?? name
            }
            ConditionWalker.walk(function.body) { index, gate in
                if var retype = Self.retype(in: function.body, at: index, tables: localNames, gate: gate) {
                    retype.table = resolve(retype.table, index)
                    retypes[retype.table, default: []].append(retype)
                    return
                }
                let token = function.body[index]
                guard token.isIdentifier, Self.defineCalls.contains(token.text), index + 1 < function.body.count,
                    function.body[index + 1].isPunctuator("("),
                    let close = TopLevelDeclarations.closing(function.body[...], from: index + 1)
                else { return }
                let arguments = Array(function.body[(index + 2)..<close]).splitTopLevel()
                guard arguments.count >= 2, let name = arguments[1].last(where: \.isIdentifier)?.text else { return }
                let table = resolve(name, index)
                if calls[table]?.contains(where: { $0.function == function.name && $0.gate == gate }) != true {
                    calls[table, default: []].append((function.name, gate))
                }
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
            let sites: [(function: String, gate: [String])?] = calls[definition.id] ?? [nil]
            for call in sites {
                let (keys, excluded) = entryKeys(
                    entries, of: definition.id, at: definition.location, call: call?.gate, retypes: retypes, excludedMask: excludedMask)
                result.append(
                    CPRegTable(
                        identifier: definition.name, definedIn: call?.function, gate: call?.gate ?? [], keys: keys,
                        excluded: excluded, location: definition.location))
            }
        }
        return (result, diagnostics)
    }

    /// The keys an entry adds: one per execution state it is visible in. Wildcards (`CP_ANY`,
    /// 0xff when the tree's enums do not name it: it is a `#define`) migrate only their 0
    /// instance (QEMU marks the others aliases).
    private func keys(of fields: DesignatedInitializer, name: String, type: Int, location: SourceLocation) -> [CPRegKey] {
        // A coordinate the code computes (`.crm = i` in a loop) is `*`: the key is a pattern
        // (``CPRegKey/isPattern``) of the registers the loop may define.
        let evaluate = { (field: String) -> String in
            guard let tokens = fields[field] else { return "0" }
            guard let value = ConstantExpression(constants: constants).evaluate(tokens) else { return "*" }
            return value == (constants["CP_ANY"] ?? 0xff) ? "0" : String(value)
        }
        let state = fields["state"].flatMap { ConstantExpression(constants: constants).evaluate($0) } ?? 0
        let cpText = evaluate("cp")
        let cp = cpText == "0" ? "15" : cpText
        let (crn, crm, opc0, opc1, opc2) = (evaluate("crn"), evaluate("crm"), evaluate("opc0"), evaluate("opc1"), evaluate("opc2"))
        let aa32 = constants["ARM_CP_STATE_AA32"] ?? 0
        let aa64 = constants["ARM_CP_STATE_AA64"] ?? 1
        let both = constants["ARM_CP_STATE_BOTH"] ?? 2
        let is64 = (constants["ARM_CP_64BIT"].map { type & $0 != 0 } ?? false) ? " 64bit" : ""
        var result: [CPRegKey] = []
        if state == aa32 || state == both {
            let key = "aa32 cp\(cp)\(is64) op1=\(opc1) crn=\(crn) crm=\(crm) op2=\(opc2)"
            // QEMU's add_cpreg_to_hashtable: the AArch32 view of a banked register defined for
            // both states migrates no bank on a v8 CPU (the non-secure bank is the 64-bit
            // register's alias; the secure bank has its own 64-bit definition there).
            let banked = state == both && fields["bank_fieldoffsets"] != nil
            result.append(CPRegKey(key: key, name: name, location: location, conditions: banked ? ["!arm_feature(env, ARM_FEATURE_V8)"] : []))
        }
        if state == aa64 || state == both {
            let system = cpText == "0" || state == both ? "" : "cp\(cpText) "
            let key = "aa64 \(system)op0=\(opc0) op1=\(opc1) crn=\(crn) crm=\(crm) op2=\(opc2)"
            result.append(CPRegKey(key: key, name: name, location: location))
        }
        return result
    }

    /// The migrated keys and the excluded entry names of a table's `entries` as defined by a
    /// call under `call` (its gate), the entries' `.type` changes (`retypes`) applied.
    private mutating func entryKeys(
        _ entries: [[PPToken]], of table: String, at fallback: SourceLocation, call: [String]?, retypes: [String: [Retype]],
        excludedMask: Int
    ) -> (keys: [CPRegKey], excluded: [String]) {
        var keys: [CPRegKey] = []
        var excluded: [String] = []
        for (position, entry) in entries.enumerated() {
            let fields = DesignatedInitializer(entry)
            // A name the code builds (`g_strdup_printf`) is kept as such: its keys are patterns.
            guard let name = fields.string("name") ?? (fields["name"] == nil ? nil : "(computed name)") else { continue }
            let type = fields["type"].flatMap { ConstantExpression(constants: constants).evaluate($0) } ?? 0
            // `table[i].type = …` before the table is defined: the entry's own conditions.
            var conditions: [String] = []
            var excludedAlways = type & excludedMask != 0
            for retype in retypes[table] ?? [] where retype.entry == position {
                let newType = ConstantExpression(constants: constants).evaluate(expander.expand(retype.value)) ?? 0
                let extra = Array(retype.gate.dropFirst(Self.commonPrefix(retype.gate, call ?? [])))
                let holds = extra.isEmpty ? "1" : extra.joined(separator: " && ")
                switch (type & excludedMask != 0, newType & excludedMask != 0) {
                case (false, true):
                    if extra.isEmpty { excludedAlways = true } else { conditions.append(extra.count == 1 ? ConditionWalker.negation(of: holds) : "!(\(holds))") }
                case (true, false):
                    excludedAlways = false
                    conditions.append(holds)
                default: break
                }
            }
            if excludedAlways {
                excluded.append(name)
                continue
            }
            let location = entry.first?.location ?? fallback
            keys += self.keys(of: fields, name: name, type: type, location: location).map { key in
                var key = key
                key.conditions += conditions
                return key
            }
        }
        return (keys, excluded)
    }

    /// An assignment of a local table entry's type: `name[2].type = …;` (or `name.type = …;`
    /// for a single entry), under `gate`.
    struct Retype {
        var table: String
        var entry: Int
        var value: [PPToken]
        var gate: [String]
    }

    /// The ``Retype`` that starts at `index` of `body`, if one does.
    static func retype(in body: [PPToken], at index: Int, tables: Set<String>, gate: [String]) -> Retype? {
        guard body[index].isIdentifier, tables.contains(body[index].text), index == 0 || !body[index - 1].isPunctuator(".") else { return nil }
        var cursor = index + 1
        var entry = 0
        if cursor + 2 < body.count, body[cursor].isPunctuator("["), body[cursor + 1].kind == .number, body[cursor + 2].isPunctuator("]") {
            guard let value = Int(body[cursor + 1].text) else { return nil }
            entry = value
            cursor += 3
        }
        guard cursor + 3 < body.count, body[cursor].isPunctuator("."), body[cursor + 1].isIdentifier, body[cursor + 1].text == "type",
            body[cursor + 2].isPunctuator("="), let end = body[(cursor + 3)...].firstIndex(where: { $0.isPunctuator(";") })
        else { return nil }
        return Retype(table: body[index].text, entry: entry, value: Array(body[(cursor + 3)..<end]), gate: gate)
    }

    /// How many leading conjuncts `a` and `b` share.
    static func commonPrefix(_ a: [String], _ b: [String]) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// `ARMCPRegInfo name[] = { … };` and `ARMCPRegInfo name = { … };` inside a function body.
    static func localTables(in body: [PPToken]) -> [(name: String, tokens: [PPToken], location: SourceLocation, start: Int)] {
        var result: [(String, [PPToken], SourceLocation, Int)] = []
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
            result.append((body[index + 1].text, Array(body[(cursor + 2)..<close]), body[index + 1].location, index))
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
