import Foundation

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory: Sendable {
    /// The directory's absolute path.
    let path: String

    init(_ label: String) throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("guestabi-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `relativePath`, creating parent directories.
    func write(_ relativePath: String, _ contents: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(contents).write(to: url)
    }

    /// Writes `text` as UTF-8 to `relativePath`, creating parent directories.
    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, Array(text.utf8))
    }

    /// Creates a symbolic link at `relativePath` pointing to `destination` (as written, not resolved).
    func link(_ relativePath: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: path + "/" + relativePath,
            withDestinationPath: destination
        )
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
