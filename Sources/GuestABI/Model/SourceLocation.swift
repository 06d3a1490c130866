/// A place in a QEMU source tree: a path relative to the tree's root and a 1-based line.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file, relative to the tree root (`hw/i386/pc_q35.c`).
    public var file: String
    /// The 1-based line number.
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `hw/i386/pc_q35.c:312`.
    public var description: String { "\(file):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}

/// A problem found while reading a source tree, at a place in it. Reading never stops at the
/// first problem: diagnostics are collected and reported with whatever was found.
public struct SourceDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Something could not be understood, so the result may be incomplete.
        case error
        /// Something unusual that did not lose information.
        case warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates a diagnostic.
    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `hw/i386/pc_q35.c:312: error: unterminated comment`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension SourceDiagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, line, severity, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            SourceLocation(
                file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line)),
            try container.decode(String.self, forKey: .message),
            severity: try container.decodeIfPresent(Severity.self, forKey: .severity) ?? .error)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
    }
}
