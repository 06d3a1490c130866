/// The `.field = value` members of one brace initializer (the tokens inside its braces), the
/// first of each name kept: a field written twice sits in two `#if` branches, both of which the
/// token list holds.
struct DesignatedInitializer: Sendable {
    private var fields: [String: [PPToken]] = [:]

    init(_ tokens: [PPToken]) {
        for part in tokens.splitTopLevel() where part.count >= 4 {
            guard part[0].isPunctuator("."), part[1].isIdentifier, part[2].isPunctuator("="), fields[part[1].text] == nil
            else { continue }
            fields[part[1].text] = Array(part[3...])
        }
    }

    /// Reads `tokens`, then expands the macros in the values of `expanding` (and only those:
    /// expanding a whole initializer costs more than the few fields a reader needs).
    init(_ tokens: [PPToken], expanding names: [String], with expander: inout MacroExpander) {
        self.init(tokens)
        for name in names {
            if let value = fields[name] { fields[name] = expander.expand(value) }
        }
    }

    /// The value tokens of `.name = …`.
    subscript(name: String) -> [PPToken]? { fields[name] }

    /// The value of `.name = …` when it is a string once parentheses are dropped
    /// (`("base" "-" "x86_64-cpu")`, what `X86_CPU_TYPE_NAME("base")` expands to).
    func string(_ name: String) -> String? {
        fields[name]?.filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.concatenatedString
    }
}
