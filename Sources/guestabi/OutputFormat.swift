import ArgumentParser

/// `--format table|json`.
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
