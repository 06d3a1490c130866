/// A QEMU source tree inside a git repository at a ref, read without a checkout.
///
/// The ref is resolved to a commit once, when the tree is created. Listings come from
/// `git ls-tree`; file contents from one long-lived `git cat-file --batch` process that every read
/// shares, so concurrent reads are queued on that process in order (and ``readAll(_:)`` asks for all
/// its files in one round trip). Symbolic links inside the tree are followed, like a checkout would;
/// links that leave the tree read as missing. Every git command gets its arguments as argv, never
/// through a shell.
///
/// Call ``close()`` when done to wait for the git process to exit; dropping the tree also ends it,
/// without waiting.
///
/// As with any pipe to a child process, a program using this type should ignore `SIGPIPE`
/// (`signal(SIGPIPE, SIG_IGN)` in `main`): should git die while a request is being written to it, the
/// write would otherwise end the program instead of failing the read.
public final class GitTree: SourceTree {
    /// The repository's git directory, as given: a bare repository or a work tree's `.git`.
    public let gitDirectory: String
    /// The ref as given: a tag, branch or commit.
    public let ref: String
    /// The full object name of the commit `ref` resolved to.
    public let commit: String
    /// `gitDirectory@ref`.
    public let displayName: String

    private let batch: CatFileBatch

    /// A tree at `ref` (tag, branch or commit) of the repository whose git directory is `gitDir`.
    ///
    /// Throws ``QEMUSourceError/Code/unreadableTree`` when `gitDir` is not a git directory,
    /// ``QEMUSourceError/Code/unknownRef`` when `ref` does not name a commit in it, and
    /// ``QEMUSourceError/Code/gitFailed`` when git cannot be run.
    public init(gitDir: String, ref: String) async throws(QEMUSourceError) {
        let displayName = "\(gitDir)@\(ref)"
        self.commit = try await Self.resolve(ref, in: gitDir, subject: displayName)
        self.gitDirectory = gitDir
        self.ref = ref
        self.displayName = displayName
        self.batch = CatFileBatch(gitDirectory: gitDir, subject: displayName)
    }

    /// Ends the `git cat-file` process and waits until it has exited. Reads that were already asked
    /// for are still answered; later reads throw. Calling it again does nothing.
    public func close() async {
        await batch.close()
    }

    // MARK: - SourceTree

    /// The blob at `path` in ``commit``, or `nil` when the commit has no file there.
    public func read(_ path: String) async throws(QEMUSourceError) -> [UInt8]? {
        let name = try objectName(path)
        let objects = try await batch.fetch([name])
        guard case .blob(let bytes)? = objects.first else { return nil }
        return bytes
    }

    /// Asks git for all of `paths` in one round trip.
    public func readAll(_ paths: [String]) async throws(QEMUSourceError) -> [String: [UInt8]] {
        var unique: [String] = []
        var names: [String] = []
        var seen = Set<String>()
        for path in paths where seen.insert(path).inserted {
            unique.append(path)
            names.append(try objectName(path))
        }
        let objects = try await batch.fetch(names)
        var contents: [String: [UInt8]] = Dictionary(minimumCapacity: unique.count)
        for (path, object) in zip(unique, objects) {
            if case .blob(let bytes) = object { contents[path] = bytes }
        }
        return contents
    }

    /// The files (blobs, including symbolic links) below `directory` in ``commit``, from `git ls-tree`,
    /// sorted by UTF-8 bytes.
    public func files(
        under directory: String,
        withSuffixes suffixes: [String]
    ) async throws(QEMUSourceError) -> [String] {
        let relative = try SourcePath.normalized(directory, in: displayName)
        var arguments = [
            "--git-dir", gitDirectory, "--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit,
        ]
        if !relative.isEmpty { arguments += ["--", relative] }
        let listing = try await GitCommand.output(
            arguments,
            subject: displayName,
            hint: "check the repository with `git --git-dir \(gitDirectory) fsck`"
        )
        return Self.blobPaths(inListing: listing, withSuffixes: suffixes)
    }

    // MARK: - Helpers

    /// `<commit>:<path>`, the name `git cat-file` resolves to the file at `path`.
    private func objectName(_ path: String) throws(QEMUSourceError) -> String {
        commit + ":" + (try SourcePath.normalizedFile(path, in: displayName))
    }
}
