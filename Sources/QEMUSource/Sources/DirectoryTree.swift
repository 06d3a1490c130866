import Synchronization
import SystemPackage

/// A QEMU source tree in a directory on disk, such as an unpacked release under `/var/cache/qemu-corpus`.
///
/// Files are read whole into `[UInt8]` on Dispatch worker threads (never on the cooperative pool);
/// ``readAll(_:)`` reads on every core at once.
public struct DirectoryTree: SourceTree {
    /// The directory the tree's paths are relative to, as given (without trailing slashes).
    public let root: String

    /// The directory path.
    public var displayName: String { root }

    /// A tree rooted at the directory `root` (absolute, or relative to the current directory).
    ///
    /// Throws ``QEMUSourceError/Code/unreadableTree`` when `root` is not an existing directory.
    public init(root: String) throws(QEMUSourceError) {
        var trimmed = Substring(root)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        self.root = String(trimmed)

        let status: Stat
        do {
            status = try FilePath(self.root).stat()
        } catch {
            throw QEMUSourceError(
                .unreadableTree,
                subject: self.root,
                reason: "the source tree does not exist or cannot be reached (\(error))",
                hint: "pass the root of a QEMU source tree (the directory holding VERSION, hw/ and include/); "
                    + "scripts/qemu-sources.sh unpacks releases under /var/cache/qemu-corpus"
            )
        }
        guard status.type == .directory else {
            throw QEMUSourceError(
                .unreadableTree,
                subject: self.root,
                reason: "the source tree is not a directory",
                hint: "pass the root of a QEMU source tree (the directory holding VERSION, hw/ and include/)"
            )
        }
    }

    /// The bytes of `root/path` (following symbolic links), or `nil` when nothing or a directory is there.
    public func read(_ path: String) async throws(QEMUSourceError) -> [UInt8]? {
        let location = try absolutePath(of: path)
        return try await BlockingIO.run { () throws(QEMUSourceError) in
            try FileBytes.read(atPath: location)
        }
    }

    /// The regular files (and symbolic links to them) below `directory`, sorted by UTF-8 bytes; linked
    /// directories are not descended into.
    public func files(
        under directory: String,
        withSuffixes suffixes: [String]
    ) async throws(QEMUSourceError) -> [String] {
        let relative = try SourcePath.normalized(directory, in: root)
        let root = self.root
        return try await BlockingIO.run { () throws(QEMUSourceError) in
            try DirectoryListing.files(root: root, under: relative, withSuffixes: suffixes)
        }
    }

    /// Reads `paths` on all cores at once; when several files cannot be read, the error names the first
    /// of them in `paths` order.
    public func readAll(_ paths: [String]) async throws(QEMUSourceError) -> [String: [UInt8]] {
        try await readAll(paths, keeping: { _, _ in true })
    }

    /// Reads `paths` on all cores at once, keeping only what `keep` accepts; each worker drops a
    /// rejected file's bytes before reading the next, so memory is reused rather than grown.
    public func readAll(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> [String: [UInt8]] {
        var unique: [(path: String, location: String)] = []
        var seen = Set<String>()
        for path in paths where seen.insert(path).inserted {
            unique.append((path, try absolutePath(of: path)))
        }
        let work = unique
        return try await BlockingIO.run { () throws(QEMUSourceError) in
            let outcome = Mutex(ReadAllOutcome(capacity: work.count))
            BlockingIO.concurrentlyPerform(work.count) { index in
                var result = Result { () throws(QEMUSourceError) in try FileBytes.read(atPath: work[index].location) }
                if case .success(let bytes?) = result, !keep(work[index].path, bytes) { result = .success(nil) }
                outcome.withLock { $0.record(result, for: work[index].path, at: index) }
            }
            return try outcome.withLock { outcome throws(QEMUSourceError) in try outcome.finish() }
        }
    }

    /// `root/path` after checking and normalising `path`.
    private func absolutePath(of path: String) throws(QEMUSourceError) -> String {
        let relative = try SourcePath.normalizedFile(path, in: root)
        return root == "/" ? "/" + relative : root + "/" + relative
    }
}

/// What ``DirectoryTree/readAll(_:)`` has gathered so far from its worker threads.
private struct ReadAllOutcome: Sendable {
    private var contents: [String: [UInt8]]
    private var firstFailure: (index: Int, error: QEMUSourceError)?

    init(capacity: Int) {
        contents = Dictionary(minimumCapacity: capacity)
    }

    mutating func record(_ result: Result<[UInt8]?, QEMUSourceError>, for path: String, at index: Int) {
        switch result {
        case .success(let bytes?): contents[path] = bytes
        case .success(nil): break
        case .failure(let error):
            if firstFailure.map({ index < $0.index }) ?? true { firstFailure = (index, error) }
        }
    }

    mutating func finish() throws(QEMUSourceError) -> [String: [UInt8]] {
        if let firstFailure { throw firstFailure.error }
        let result = contents
        contents = [:]
        return result
    }
}
