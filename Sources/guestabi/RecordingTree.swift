import QEMUSource
import Synchronization

/// A source tree that remembers which files were read through it, so a command's output can be
/// checked against its inputs (see ``OutputFile``).
final class RecordingTree: SourceTree {
    let tree: any SourceTree
    private let paths = Mutex<[String]>([])

    init(_ tree: any SourceTree) {
        self.tree = tree
    }

    /// The files read so far, as paths relative to the tree.
    var read: [String] { paths.withLock { $0 } }

    var displayName: String { tree.displayName }

    func read(_ path: String) async throws(QEMUSourceError) -> [UInt8]? {
        paths.withLock { $0.append(path) }
        return try await tree.read(path)
    }

    func files(under directory: String, withSuffixes suffixes: [String]) async throws(QEMUSourceError) -> [String] {
        try await tree.files(under: directory, withSuffixes: suffixes)
    }

    func readAll(_ paths: [String]) async throws(QEMUSourceError) -> [String: [UInt8]] {
        self.paths.withLock { $0 += paths }
        return try await tree.readAll(paths)
    }
}
