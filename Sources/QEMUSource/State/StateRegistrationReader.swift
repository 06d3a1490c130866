import GuestABI

/// Finds where one file registers descriptions: `dc->vmsd = &x` (and `.vmsd = &x` in class
/// initializer objects), `.legacy_vmsd = &x` (a CPU's), `vmstate_register*(…, &x, …)` and
/// `register_savevm_live(…, "name", …)`, each with its enclosing function and, for a class_init,
/// the QOM type whose `TypeInfo` names it.
struct StateRegistrationReader {
    static let registerCalls: Set<String> = [
        "vmstate_register", "vmstate_register_any", "vmstate_register_with_alias_id", "vmstate_replace_hack_for_ppc",
    ]

    /// The lengths of the names ``scan(_:function:qomType:)`` looks for, as bits: most
    /// identifiers are ruled out by their length before any string is compared or hashed.
    private static let nameLengths: UInt64 = (registerCalls.union(["register_savevm_live", "vmsd", "legacy_vmsd"]))
        .reduce(0) { $0 | (1 << UInt64($1.utf8.count)) }

    let declarations: TopLevelDeclarations
    var expander: MacroExpander

    mutating func registrations() -> [StateRegistration] {
        let types = qomTypes()
        var result: [StateRegistration] = []
        for function in declarations.functions.values.sorted(by: { $0.location < $1.location }) {
            result += scan(function.body, function: function.name, qomType: types[function.name])
        }
        for variable in declarations.variables
        where !variable.hasType("VMStateDescription") && !variable.hasType("VMStateField") {
            result += scan(variable.initializer, function: nil, qomType: nil)
        }
        return result
    }

    private func scan(_ tokens: [PPToken], function: String?, qomType: String?) -> [StateRegistration] {
        var result: [StateRegistration] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // Tested in place (a copy would retain the token's strings), length first.
            guard tokens[index].isIdentifier else { continue }
            let length = tokens[index].text.utf8.count
            guard length < 64, Self.nameLengths & (1 << UInt64(length)) != 0 else { continue }
            let token = tokens[index]
            // `->vmsd = &x`, `.vmsd = &x`, `.legacy_vmsd = &x`
            if token.text == "vmsd" || token.text == "legacy_vmsd", index > 0,
                tokens[index - 1].isPunctuator("->") || tokens[index - 1].isPunctuator("."),
                index + 3 < tokens.count, tokens[index + 1].isPunctuator("="), tokens[index + 2].isPunctuator("&"),
                tokens[index + 3].isIdentifier
            {
                let mechanism: StateRegistration.Mechanism = token.text == "legacy_vmsd" ? .cpuClass : .deviceClass
                result.append(
                    StateRegistration(
                        section: tokens[index + 3].text, mechanism: mechanism, function: function, qomType: qomType,
                        location: token.location))
                continue
            }
            let isRegister = Self.registerCalls.contains(token.text)
            guard isRegister || token.text == "register_savevm_live", index + 1 < tokens.count,
                tokens[index + 1].isPunctuator("("), let close = TopLevelDeclarations.closing(tokens[...], from: index + 1)
            else { continue }
            let arguments = Array(tokens[(index + 2)..<close]).splitTopLevel()
            if isRegister {
                if let section = arguments.lazy.compactMap({ argument -> String? in
                    guard argument.count == 2, argument[0].isPunctuator("&"), argument[1].isIdentifier else { return nil }
                    return argument[1].text
                }).first {
                    result.append(
                        StateRegistration(
                            section: section, mechanism: .vmstateRegister, function: function, qomType: qomType,
                            location: token.location))
                }
            } else if token.text == "register_savevm_live", let name = arguments.first.flatMap({ $0.concatenatedString }) {
                result.append(
                    StateRegistration(
                        section: name, mechanism: .savevmLive, function: function, qomType: qomType, location: token.location))
            }
        }
        return result
    }

    /// class_init function → QOM type name, from the file's `TypeInfo` initializers (single or
    /// arrays of them).
    private mutating func qomTypes() -> [String: String] {
        var result: [String: String] = [:]
        for variable in declarations.variables where variable.hasType("TypeInfo") {
            let groups: [[PPToken]]
            if variable.initializer.first?.isPunctuator("{") == true {
                groups = variable.initializer.splitTopLevel().compactMap { part in
                    guard part.first?.isPunctuator("{") == true, let close = TopLevelDeclarations.closing(part[...], from: 0)
                    else { return nil }
                    return Array(part[1..<close])
                }
            } else {
                groups = [variable.initializer]
            }
            for group in groups {
                let initializer = DesignatedInitializer(group)
                guard let classInit = initializer["class_init"]?.last(where: \.isIdentifier)?.text,
                    let name = initializer["name"].map({ expander.expand($0) }).flatMap(VMStateDescriptionReader.string)
                else { continue }
                if result[classInit] == nil { result[classInit] = name }
            }
        }
        // Functions a class_init installs (`dc->realize = icp_realize`) act for its type. One
        // installed by several class_inits (piix3-ide's and piix4-ide's realize) acts for the
        // first in the file: a total order, so every run names the same type.
        let classInits = result.compactMap { classInit, type in
            declarations.functions[classInit].map { (function: $0, type: type) }
        }.sorted { ($0.function.location, $0.function.name) < ($1.function.location, $1.function.name) }
        for (function, type) in classInits {
            let body = function.body
            for (index, token) in body.enumerated() where token.isPunctuator("=") && index + 1 < body.count {
                let value = body[index + 1]
                if value.isIdentifier, declarations.functions[value.text] != nil, result[value.text] == nil {
                    result[value.text] = type
                }
            }
        }
        return result
    }
}
