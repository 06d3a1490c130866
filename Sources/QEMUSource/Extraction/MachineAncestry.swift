/// The abstract machine types a family file declares itself (`TYPE_SPAPR_MACHINE`,
/// `TYPE_VIRT_MACHINE`, …) and their class inits, so a versioned machine's class can start from
/// what its parents' class inits set, as QOM builds it: the parent's class init runs first, then
/// the machine's own options chain overrides some fields.
///
/// Without this, a field only the base class init sets (pseries' `default_cpu_type`) is
/// invisible in the older release, and a newer release that pins a different value for the old
/// machine reads as a faithful pin. Parents declared in other files (`TYPE_PC_MACHINE` in
/// `pc.c`, `TYPE_MACHINE`) are not run; what a pc family's base options set is already in its
/// chain, which calls them.
struct MachineAncestry {
    private struct TypeDeclaration {
        var parent: String?
        var classInit: String?
    }

    /// Declared types of the file by QOM type name.
    private var types: [String: TypeDeclaration] = [:]

    /// The `TypeInfo`s of `declarations`, their names and parents expanded with `expander`.
    init(_ declarations: TopLevelDeclarations, expander: inout MacroExpander) {
        for variable in declarations.variables where variable.hasType("TypeInfo") {
            let fields = Self.designatedFields(variable.initializer)
            guard let nameTokens = fields["name"], let name = Self.typeName(nameTokens, expander: &expander) else { continue }
            let classInit = fields["class_init"].flatMap { $0.count == 1 && $0[0].isIdentifier ? $0[0].text : nil }
            types[name] = TypeDeclaration(parent: fields["parent"].flatMap { Self.typeName($0, expander: &expander) }, classInit: classInit)
        }
    }

    /// The class inits of the file's ancestors of a type whose `.parent` is `parentTokens`,
    /// root first (the order QOM runs them). Empty when the parent is declared elsewhere.
    func classInits(parent parentTokens: [PPToken]?, expander: inout MacroExpander) -> [String] {
        guard let parentTokens, var current = Self.typeName(parentTokens, expander: &expander) else { return [] }
        var inits: [String] = []
        var seen: Set<String> = []
        while let declaration = types[current], seen.insert(current).inserted {
            if let classInit = declaration.classInit { inits.append(classInit) }
            guard let parent = declaration.parent else { break }
            current = parent
        }
        return inits.reversed()
    }

    /// The QOM type name `tokens` spell: a string literal, or macros that expand to string
    /// literals (`MACHINE_TYPE_NAME("virt")`, `TYPE_SPAPR_MACHINE`), parentheses dropped.
    private static func typeName(_ tokens: [PPToken], expander: inout MacroExpander) -> String? {
        let expanded = expander.expand(tokens).filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }
        return expanded.concatenatedString
    }

    /// `.field = tokens` of an initializer.
    static func designatedFields(_ initializer: [PPToken]) -> [String: [PPToken]] {
        var fields: [String: [PPToken]] = [:]
        for part in initializer.splitTopLevel() where part.count >= 4 {
            guard part[0].isPunctuator("."), part[1].isIdentifier, part[2].isPunctuator("=") else { continue }
            fields[part[1].text] = Array(part[3...])
        }
        return fields
    }
}
