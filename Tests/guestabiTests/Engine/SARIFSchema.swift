import Foundation

/// Validates SARIF logs against the official OASIS SARIF 2.1.0 schema, vendored under
/// `Tests/guestabiTests/Fixtures/.schemas/`, with Python's `jsonschema` (scripts/setup-python.sh
/// installs it).
enum SARIFSchema {
    /// The vendored schema.
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/.schemas/sarif-schema-2.1.0.json")

    /// What the validator said: status 0 and `valid (…Validator)`, or 1 and one line per error.
    struct Outcome {
        var status: Int32
        var output: String
    }

    /// The validator: the class the schema's `$schema` names (draft-04 for SARIF 2.1.0 Errata
    /// 01), with format checks. `jsonschema` checks `uri` and `uri-reference` only when an
    /// optional package is installed, so both are checked here against RFC 3986's characters
    /// (a `uri` also needs a scheme).
    static let script = #"""
        import json, re, sys
        import jsonschema

        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        checker = jsonschema.FormatChecker()
        characters = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")

        @checker.checks("uri-reference")
        def uri_reference(value):
            return not isinstance(value, str) or bool(characters.match(value))

        @checker.checks("uri")
        def uri(value):
            return not isinstance(value, str) or (
                bool(characters.match(value)) and bool(re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value)))

        errors = sorted(cls(schema, format_checker=checker).iter_errors(instance), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(str(part) for part in error.absolute_path) + ": " + error.message)
        if errors:
            sys.exit(1)
        print("valid (" + cls.__name__ + ")")
        """#

    /// Writes `sarif` to a temporary file and validates it.
    static func validate(_ sarif: String) throws -> Outcome {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Self.file.path, file.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
