import GuestABI

/// Reads one file of a CPU folder for ``CPUModelCode``: its `ARMCPUInfo` model entries and,
/// for each function, the calls it makes and the `set_feature` / `unset_feature` sites, each
/// with the conditions around it (``ConditionWalker``). ``prune(_:tables:)`` then keeps, once
/// every file is read, only the functions that matter for features and register tables.
struct CPUModelCodeReader {
    private static let notCalls: Set<String> = ["if", "while", "for", "switch", "return", "sizeof", "defined", "_Static_assert"]

    let declarations: TopLevelDeclarations
    var expander: MacroExpander
    /// Functions passed to `object_property_add*` / `object_class_property_add*`: QOM property
    /// accessors, which run when someone sets or reads the property, not when the model is built.
    private(set) var accessors: Set<String> = []

    /// The identifiers passed as arguments to QOM property-adding calls in `body`.
    static func propertyAccessors(in body: [PPToken]) -> Set<String> {
        var result: Set<String> = []
        for (index, token) in body.enumerated() where token.isIdentifier
            && (token.text.hasPrefix("object_property_add") || token.text.hasPrefix("object_class_property_add"))
            && index + 1 < body.count && body[index + 1].isPunctuator("(")
        {
            guard let close = TopLevelDeclarations.closing(body[...], from: index + 1) else { continue }
            for argument in Array(body[(index + 2)..<close]).splitTopLevel() where argument.count == 1 && argument[0].isIdentifier {
                result.insert(argument[0].text)
            }
        }
        return result
    }

    mutating func code() -> CPUModelCode {
        var code = CPUModelCode()
        for variable in declarations.variables where variable.hasType("ARMCPUInfo") {
            let expanded = expander.expand(variable.initializer)
            let entries = expanded.first?.isPunctuator("{") == true ? expanded.splitTopLevel() : [expanded]
            for part in entries {
                guard part.first?.isPunctuator("{") == true, let close = TopLevelDeclarations.closing(part[...], from: 0) else { continue }
                let fields = DesignatedInitializer(Array(part[1..<close]))
                guard let name = fields.string("name") else { continue }
                let functions = ["initfn", "class_init"].compactMap { fields[$0]?.last(where: \.isIdentifier)?.text }
                code.models.append(CPUModelEntry(name: name, functions: functions, location: part.first?.location ?? variable.location))
            }
        }
        for function in declarations.functions.values.sorted(by: { $0.location < $1.location }) {
            var facts = CPUFunctionFacts()
            let body = function.body
            accessors.formUnion(Self.propertyAccessors(in: body))
            ConditionWalker.walk(body) { index, gate in
                let token = body[index]
                guard token.isIdentifier, index + 1 < body.count, body[index + 1].isPunctuator("("), !Self.notCalls.contains(token.text),
                    index == 0 || !(body[index - 1].isPunctuator(".") || body[index - 1].isPunctuator("->"))
                else { return }
                if token.text == "set_feature" || token.text == "unset_feature" {
                    guard let close = TopLevelDeclarations.closing(body[...], from: index + 1),
                        let feature = body[(index + 2)..<close].last(where: \.isIdentifier)?.text
                    else { return }
                    let site = GuardedName(name: feature, conditions: gate)
                    if token.text == "set_feature" { facts.sets.append(site) } else { facts.unsets.append(site) }
                    return
                }
                facts.calls.append(GuardedName(name: token.text, conditions: gate))
            }
            guard !(facts.calls.isEmpty && facts.sets.isEmpty && facts.unsets.isEmpty) else { continue }
            code.merge(CPUModelCode(functions: [function.name: facts]))
        }
        code.accessors = accessors.sorted()
        return code
    }

    /// `code` with only the functions that set or clear a feature, define one of `tables`
    /// (the names of the functions defining the folder's register tables), are named by a model,
    /// or call one of those (transitively); calls to anything else are dropped.
    static func prune(_ code: CPUModelCode, definingTables: Set<String>) -> CPUModelCode {
        var relevant = definingTables.union(code.models.flatMap(\.functions))
        for (name, facts) in code.functions where !facts.sets.isEmpty || !facts.unsets.isEmpty { relevant.insert(name) }
        var callers: [String: [String]] = [:]
        for (name, facts) in code.functions {
            for call in facts.calls { callers[call.name, default: []].append(name) }
        }
        var pending = Array(relevant)
        while let name = pending.popLast() {
            for caller in callers[name] ?? [] where relevant.insert(caller).inserted { pending.append(caller) }
        }
        var result = CPUModelCode(models: code.models)
        let accessors = Set(code.accessors)
        for (name, facts) in code.functions where relevant.contains(name) && !accessors.contains(name) {
            var kept = facts
            kept.calls = facts.calls.filter { relevant.contains($0.name) && code.functions[$0.name] != nil || definingTables.contains($0.name) }
            result.functions[name] = kept
        }
        return result
    }
}
