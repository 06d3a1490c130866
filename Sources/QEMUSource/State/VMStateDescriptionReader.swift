import GuestABI

/// Reads the `VMStateDescription` objects of one file: their initializers, with the fields'
/// `VMSTATE_*` macros expanded through the tree's own `include/migration/vmstate.h`.
struct VMStateDescriptionReader {
    /// Names left unexpanded: offsets and type checks say nothing about the wire and cost the
    /// most to expand.
    static let frozen: Set<String> = [
        "vmstate_offset_value", "vmstate_offset_pointer", "vmstate_offset_array", "vmstate_offset_2darray",
        "vmstate_offset_sub_array", "vmstate_offset_buffer", "vmstate_offset_varray", "offsetof", "type_check",
        "type_check_array", "type_check_2darray", "type_check_pointer", "type_check_varray", "typeof_field",
        "sizeof_field", "typeof_elt_of_field",
    ]

    let declarations: TopLevelDeclarations
    var expander: MacroExpander
    let file: String
    /// Integer constants the file's `#define`s and enums give (for `.version_id = MY_VERSION`).
    let constants: [String: Int]

    /// Every description of the file.
    mutating func sections() -> [StateSection] {
        var variables: [String: InitializedVariable] = [:]
        for variable in declarations.variables where variables[variable.name] == nil { variables[variable.name] = variable }
        var result: [StateSection] = []
        for variable in declarations.variables where variable.hasType("VMStateDescription") {
            guard let first = variable.initializer.first, !first.isPunctuator("{") else { continue }  // arrays of them: none in QEMU
            let fields = DesignatedInitializer(variable.initializer)
            let name = fields["name"].map { expander.expand($0) }.flatMap(Self.string) ?? variable.name
            let section = StateSection(
                identifier: variable.name, name: name, scope: StateScope.scope(of: file),
                versionID: fields["version_id"].flatMap { integer($0) },
                minimumVersionID: fields["minimum_version_id"].flatMap { integer($0) } ?? 0,
                fields: fields["fields"].map { stateFields(of: $0, variables: variables) } ?? [],
                subsections: fields["subsections"].map { Self.references(in: $0, variables: variables) } ?? [],
                needed: fields["needed"].flatMap(neededPredicate),
                unmigratable: fields["unmigratable"].map { $0.normalizedText != "0" && $0.normalizedText != "false" } ?? false,
                location: variable.location)
            result.append(section)
        }
        return result
    }

    /// The string a name expression comes to, parentheses dropped.
    static func string(_ tokens: [PPToken]) -> String? {
        tokens.filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.concatenatedString
    }

    private mutating func integer(_ tokens: [PPToken]) -> Int? {
        ConstantExpression(constants: constants).evaluate(expander.expand(tokens))
    }

    /// The fields of `.fields = (const VMStateField[]) { … }` or `.fields = some_array`.
    private mutating func stateFields(of value: [PPToken], variables: [String: InitializedVariable]) -> [StateField] {
        let body: [PPToken]
        if let open = value.firstIndex(where: { $0.isPunctuator("{") }),
            let close = TopLevelDeclarations.closing(value[...], from: open)
        {
            body = Array(value[(open + 1)..<close])
        } else if let name = value.last(where: \.isIdentifier), let array = variables[name.text] {
            body = array.initializer
        } else {
            return []
        }
        let expanded = expander.expand(body)
        var result: [StateField] = []
        for part in expanded.splitTopLevel() {
            guard let open = part.first, open.isPunctuator("{"), let close = TopLevelDeclarations.closing(part[...], from: 0)
            else { continue }
            let initializer = DesignatedInitializer(Array(part[1..<close]))
            let flags = Self.flags(initializer["flags"])
            // `VMSTATE_END_OF_LIST()`: `{ .flags = VMS_END }`, or `{}` before 8.1.
            guard !flags.contains("VMS_END"), close > 1 else { break }
            result.append(field(initializer, flags: flags, location: open.location))
        }
        return result
    }

    private func field(_ initializer: DesignatedInitializer, flags: [String], location: SourceLocation) -> StateField {
        let info = initializer["info"].flatMap { tokens -> String? in
            guard let name = tokens.first(where: \.isIdentifier)?.text else { return nil }
            return name.hasPrefix("vmstate_info_") ? String(name.dropFirst("vmstate_info_".count)) : "custom " + name
        }
        let nested = initializer["vmsd"].flatMap { $0.first(where: \.isIdentifier)?.text }
        let variable = flags.contains { $0.hasPrefix("VMS_VARRAY") }
        var count = initializer["num"].map { Self.stripParentheses($0).normalizedText }
        if variable { count = count.map { "var×\($0)" } ?? "var" }
        if count == "0", flags.contains("VMS_MUST_EXIST") { count = "0" }
        let test = initializer["field_exists"].flatMap { tokens -> String? in
            let text = Self.stripParentheses(tokens).normalizedText
            return text == "NULL" || text.isEmpty ? nil : text
        }
        let version = initializer["version_id"].flatMap { ConstantExpression(constants: constants).evaluate(Self.stripParentheses($0)) } ?? 0
        let name = initializer["name"].flatMap(Self.string) ?? "?"
        return StateField(
            name: name, info: info, nested: nested, flags: flags,
            size: initializer["size"].map { Self.stripParentheses($0).normalizedText }, count: count,
            versionGuard: version, test: test, location: location)
    }

    private static func flags(_ tokens: [PPToken]?) -> [String] {
        guard let tokens else { return [] }
        return Set(tokens.filter { $0.isIdentifier && $0.text.hasPrefix("VMS_") }.map(\.text)).sorted()
    }

    static func stripParentheses(_ tokens: [PPToken]) -> [PPToken] {
        var slice = tokens[...]
        while slice.count >= 2, slice.first!.isPunctuator("("), TopLevelDeclarations.closing(slice, from: slice.startIndex) == slice.endIndex - 1 {
            slice = slice.dropFirst().dropLast()
        }
        return Array(slice)
    }

    /// `&a, &b, NULL` inside braces (or the array variable named): the identifiers taken.
    static func references(in value: [PPToken], variables: [String: InitializedVariable]) -> [String] {
        var tokens = value
        if !value.contains(where: { $0.isPunctuator("{") }), let name = value.last(where: \.isIdentifier),
            let array = variables[name.text]
        {
            tokens = array.initializer
        }
        var result: [String] = []
        for (index, token) in tokens.enumerated() where token.isPunctuator("&") && index + 1 < tokens.count {
            if tokens[index + 1].isIdentifier { result.append(tokens[index + 1].text) }
        }
        return result
    }

    /// The `.needed` function and what its body reads.
    private func neededPredicate(_ value: [PPToken]) -> NeededPredicate? {
        guard let name = value.last(where: \.isIdentifier)?.text, name != "NULL" else { return nil }
        guard let function = declarations.functions[name] else {
            return NeededPredicate(function: name, body: "", reads: [], location: nil)
        }
        return NeededPredicate(
            function: name, body: function.body.normalizedText, reads: Self.reads(function.body), location: function.location)
    }

    private static let keywords: Set<String> = [
        "return", "if", "else", "sizeof", "bool", "int", "true", "false", "NULL", "void", "const", "static", "unsigned",
        "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int32_t", "int64_t", "for", "while", "switch", "case", "default",
        "break", "opaque", "struct",
    ]

    /// Member names (`->x`, `.x`) and called functions of a body, in order of first use.
    static func reads(_ body: [PPToken]) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for (index, token) in body.enumerated() where token.isIdentifier && !keywords.contains(token.text) {
            let previous = index > 0 ? body[index - 1] : nil
            let next = index + 1 < body.count ? body[index + 1] : nil
            let isMember = previous?.isPunctuator("->") == true || previous?.isPunctuator(".") == true
            let isCall = next?.isPunctuator("(") == true
            guard isMember || isCall else { continue }
            let text = isCall ? token.text + "()" : token.text
            if seen.insert(text).inserted { result.append(text) }
        }
        return result
    }
}
