import GuestABI

/// Reads the entries of a `GlobalProperty` initializer, after macro expansion:
/// `{ "drv", "prop", "val" }`, `{ TYPE_X, "p", "v", .optional = true }`, or designated
/// `{ .driver = …, .property = …, .value = … }`. Entries it cannot read become diagnostics.
enum CompatArrayParser {
    static func entries(
        of initializer: [PPToken], origin: String, diagnostics: inout [SourceDiagnostic]
    ) -> [CompatProperty] {
        var result: [CompatProperty] = []
        for element in initializer.splitTopLevel() {
            guard let first = element.first else { continue }  // The trailing comma.
            guard first.isPunctuator("{"), let close = TopLevelDeclarations.closing(element, from: 0),
                close == element.count - 1
            else {
                diagnostics.append(
                    SourceDiagnostic(first.location, "\(origin): cannot read compat entry '\(element.normalizedText)'"))
                continue
            }
            var driver: String?
            var property: String?
            var value: String?
            var optional = false
            var problems: [String] = []
            let fields = Array(element[1..<close]).splitTopLevel().filter { !$0.isEmpty }
            for (position, field) in fields.enumerated() {
                var name: String
                var valueTokens = field[...]
                if field.count >= 3, field[0].isPunctuator("."), field[1].isIdentifier, field[2].isPunctuator("=") {
                    name = field[1].text
                    valueTokens = field[3...]
                } else {
                    name = ["driver", "property", "value", "used", "optional"][min(position, 4)]
                }
                switch name {
                case "driver", "property", "value":
                    guard let text = valueTokens.concatenatedString else {
                        let unresolved = valueTokens.first { $0.isIdentifier }?.text ?? valueTokens.normalizedText
                        problems.append("\(name) '\(unresolved)' is not a string (unresolved macro?)")
                        let fallback = valueTokens.normalizedText
                        if name == "driver" { driver = fallback } else if name == "property" { property = fallback } else { value = fallback }
                        continue
                    }
                    if name == "driver" { driver = text } else if name == "property" { property = text } else { value = text }
                case "optional":
                    optional = valueTokens.normalizedText == "true" || valueTokens.normalizedText == "1"
                case "used":
                    continue
                default:
                    problems.append("unknown field .\(name)")
                }
            }
            for problem in problems {
                diagnostics.append(SourceDiagnostic(first.location, "\(origin): \(problem)"))
            }
            guard let driver, let property, let value else {
                diagnostics.append(
                    SourceDiagnostic(first.location, "\(origin): compat entry without driver, property and value"))
                continue
            }
            result.append(
                CompatProperty(
                    driver: driver, property: property, value: value, optional: optional,
                    source: Provenance(origin: origin, location: first.location)))
        }
        return result
    }
}
