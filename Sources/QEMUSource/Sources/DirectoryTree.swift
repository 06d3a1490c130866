import Synchronization
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
        resolvedRoot = Self.resolved(self.root)
    }

    /// The root with every symbolic link resolved: links inside the tree must lead below it.
    private let resolvedRoot: String

    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The bytes of `root/path` (following symbolic links inside the tree), or `nil` when nothing
    /// or a directory is there. Throws ``QEMUSourceError/Code/unreadableFile`` naming the path
    /// for anything else that is not a regular file (a FIFO or device is never read from), a
    /// link that loops, dangles or leaves the tree, or a file over the size budget.
    public func read(_ path: String) async throws(QEMUSourceError) -> [UInt8]? {
        let location = try absolutePath(of: path)
        let root = resolvedRoot
        return try await BlockingIO.run { () throws(QEMUSourceError) in
            switch FileBytes.read(atPath: location, root: root) {
            case .contents(let bytes): return bytes
            case .missing, .damaged(.notRegular(.directory)): return nil
            case .damaged(let damage): throw Self.failure(location, damage)
            }
        }
    }

    /// The error for a damaged file at `location`.
    static func failure(_ location: String, _ damage: FileDamage) -> QEMUSourceError {
        QEMUSourceError(.unreadableFile, subject: location, reason: "the file \(damage)", hint: damage.hint)
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
    /// Throws for the first path in `paths` order that is damaged (see ``readFiles(_:keeping:)``).
    public func readAll(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> [String: [UInt8]] {
        let files = try await readFiles(paths, keeping: keep)
        // A directory is no file here (as for `read`); the rest of the damage fails the read.
        let damaged = files.damaged.filter { $0.value != .notRegular(.directory) }
        if let first = paths.first(where: { damaged[$0] != nil }), let damage = damaged[first] {
            throw Self.failure(try absolutePath(of: first), damage)
        }
        return files.contents
    }

    /// Reads `paths` on all cores at once like ``readAll(_:keeping:)``, reporting each path that
    /// exists but is not a regular file of the tree (a directory included) as damaged.
    public func readFiles(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async throws(QEMUSourceError) -> TreeFiles {
        var unique: [(path: String, location: String)] = []
        var seen = Set<String>()
        for path in paths where seen.insert(path).inserted {
            unique.append((path, try absolutePath(of: path)))
        }
        let work = unique
        let root = resolvedRoot
        return try await BlockingIO.run { () throws(QEMUSourceError) in
            let outcome = Mutex(TreeFiles(capacity: work.count))
            BlockingIO.concurrentlyPerform(work.count) { index in
                let path = work[index].path
                switch FileBytes.read(atPath: work[index].location, root: root) {
                case .contents(let bytes) where keep(path, bytes): outcome.withLock { $0.contents[path] = bytes }
                case .contents, .missing: break
                case .damaged(let damage): outcome.withLock { $0.damaged[path] = damage }
                }
            }
            return outcome.withLock { outcome in
                let result = outcome
                outcome = TreeFiles(capacity: 0)
                return result
            }
        }
    }

    /// `root/path` after checking and normalising `path`.
    private func absolutePath(of path: String) throws(QEMUSourceError) -> String {
        let relative = try SourcePath.normalizedFile(path, in: root)
        return root == "/" ? "/" + relative : root + "/" + relative
    }
}
