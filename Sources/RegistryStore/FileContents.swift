public import Foundation

/// Reads a whole file, pipes included (`<(guestabi bugfix plan …)` gives `/dev/fd/63`, which
/// `Data(contentsOf:)` cannot read).
public enum FileContents {
    /// Why a file could not be read, in words for an error message.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The bytes of `path`.
    public static func read(_ path: String) throws(Failure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "no such file")
        }
        guard !isDirectory.boolValue else { throw Failure(description: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure(description: "not readable (permission denied?)") }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw Failure(description: "read failed: \(error.localizedDescription)")
        }
    }
}
