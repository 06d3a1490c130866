import ArgumentParser

/// `--format table|json`.
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// `--format text|json`.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
