/// What makes two verify runs the same run: the binaries (by content), the options and the
/// cell list. `verify merge` joins only shards whose identities are equal.
public struct VerifyRunIdentity: Hashable, Sendable, Codable {
    /// One side's binary.
    public struct Binary: Hashable, Sendable, Codable {
        /// The path as given.
        public var path: String
        /// The SHA-256 of the file at `path`.
        public var sha256: String
        /// The version its QMP greeting reports.
        public var version: String
        /// The target it emulates (`query-target`).
        public var target: String

        /// Creates a binary's identity.
        public init(path: String, sha256: String, version: String, target: String) {
            self.path = path
            self.sha256 = sha256
            self.version = version
            self.target = target
        }
    }

    /// The source's binary.
    public var from: Binary
    /// The destination's binary.
    public var to: Binary
    /// The options that change what a cell does, normalised (`--running`, `--defaults`,
    /// `--guest` files by digest, timeouts are not among them).
    public var options: [String]
    /// How many cells the whole run has, and their digest (``VerifyCell/digest(_:)``).
    public var cellCount: Int
    public var cellDigest: String

    /// Creates an identity.
    public init(from: Binary, to: Binary, options: [String], cells: [VerifyCell]) {
        self.from = from
        self.to = to
        self.options = options
        cellCount = cells.count
        cellDigest = VerifyCell.digest(cells)
    }

    /// The first field in which `other` differs, for a refusal message; nil when equal.
    public func difference(from other: VerifyRunIdentity) -> String? {
        if from.sha256 != other.from.sha256 { return "source binary \(from.path) (sha256 \(from.sha256.prefix(12))) vs \(other.from.path) (\(other.from.sha256.prefix(12)))" }
        if to.sha256 != other.to.sha256 { return "destination binary \(to.path) (sha256 \(to.sha256.prefix(12))) vs \(other.to.path) (\(other.to.sha256.prefix(12)))" }
        if options != other.options { return "options [\(options.joined(separator: " "))] vs [\(other.options.joined(separator: " "))]" }
        if cellCount != other.cellCount || cellDigest != other.cellDigest {
            return "cell list \(cellCount) cells (\(cellDigest)) vs \(other.cellCount) cells (\(other.cellDigest))"
        }
        if self != other { return "binary paths or versions" }
        return nil
    }
}
