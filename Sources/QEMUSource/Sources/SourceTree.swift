/// A QEMU source tree the extractor reads through: a directory on disk, or a git repository at a ref.
///
/// Paths are relative to the tree root and use `/` as separator (`hw/i386/pc_q35.c`); `.` components
/// and repeated slashes are ignored, while absolute paths, `..` components and paths containing a
/// newline or NUL byte are rejected with ``QEMUSourceError/Code/invalidPath``. Every requirement throws
/// only ``QEMUSourceError``.
public protocol SourceTree: Sendable {
    /// A name for messages: the directory path, or `repository@ref`.
    var displayName: String { get }

    /// The bytes of the file at `path`, or `nil` when no file exists there (a directory is not a file).
    ///
    /// Throws when the file exists but cannot be read.
    func read(_ path: String) async throws(QEMUSourceError) -> [UInt8]?

    /// The files below `directory` (recursively) whose names end with one of `suffixes`, as paths
    /// relative to the tree root, sorted by their UTF-8 bytes.
    ///
    /// An empty `directory` (or `.`) is the whole tree; an empty `suffixes` array keeps every file. A
    /// directory that does not exist has no files.
    func files(under directory: String, withSuffixes suffixes: [String]) async throws(QEMUSourceError) -> [String]

    /// The bytes of every file in `paths` that exists, keyed by the path as given; missing files are
    /// absent from the result.
    ///
    /// Conforming types read in bulk (in parallel, or in one round trip); the default reads one file
    /// after another.
    func readAll(_ paths: [String]) async throws(QEMUSourceError) -> [String: [UInt8]]

    /// Reads `paths` like ``readAll(_:)`` but keeps only the files `keep` accepts, dropping the
    /// others' bytes as soon as they are read (so a scan of a whole tree holds little memory).
    func readAll(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> [String: [UInt8]]

    /// Reads `paths` like ``readAll(_:keeping:)``, but a path that exists and is not a regular
    /// file of the tree (a FIFO, a device, a directory, a link that loops, dangles or leaves the
    /// tree, a file over the size budget) is reported in ``TreeFiles/damaged`` instead of failing
    /// the whole read.
    func readFiles(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> TreeFiles
}

/// The files read from a tree, and the paths that exist but are not files extraction can read.
public struct TreeFiles: Sendable {
    /// The bytes of each file read and kept.
    public var contents: [String: [UInt8]]
    /// Why each damaged path could not be read.
    public var damaged: [String: FileDamage]

    /// Files and damage as found.
    public init(contents: [String: [UInt8]] = [:], damaged: [String: FileDamage] = [:]) {
        self.contents = contents
        self.damaged = damaged
    }

    init(capacity: Int) {
        contents = Dictionary(minimumCapacity: capacity)
        damaged = [:]
    }
}

extension SourceTree {
    /// Reads with ``readAll(_:keeping:)``: a tree whose reads cannot be damaged (git objects).
    public func readFiles(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> TreeFiles {
        TreeFiles(contents: try await readAll(paths, keeping: keep))
    }

    /// Reads everything with ``readAll(_:)``, then filters.
    public func readAll(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> [String: [UInt8]] {
        try await readAll(paths).filter { keep($0.key, $0.value) }
    }

    /// Reads `paths` one after another with ``read(_:)``.
    public func readAll(_ paths: [String]) async throws(QEMUSourceError) -> [String: [UInt8]] {
        var contents: [String: [UInt8]] = [:]
        contents.reserveCapacity(paths.count)
        for path in paths where contents[path] == nil {
            if let bytes = try await read(path) {
                contents[path] = bytes
            }
        }
        return contents
    }

    /// Reads the file at `path` as UTF-8 text (invalid bytes become U+FFFD), or `nil` when it is missing.
    public func readText(_ path: String) async throws(QEMUSourceError) -> String? {
        guard let bytes = try await read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
