#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `-dump-vmstate` file read from disk: its bytes read straight into the document's buffer
/// (no intermediate `Data`), parsed as a ``JSONDocument`` and checked to be a dump.
public enum VMStateDumpFile {
    /// Why a file is not a dump we can read; `description` is the message a user sees.
    public enum Failure: Error, CustomStringConvertible {
        /// The file cannot be opened or read; `reason` is the system's (`strerror`).
        case unreadable(path: String, reason: String)
        /// The bytes are not one JSON text; `reason` says where and why, as ``JSONValue`` does.
        case notJSON(path: String, reason: String)
        /// Valid JSON without the `vmschkmachine` section every dump starts with.
        case notADump(path: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): "\(path): cannot read the file (\(reason))"
            case .notJSON(let path, let reason):
                "\(path): not JSON (\(reason)); give a file written by qemu -dump-vmstate"
            case .notADump(let path): "\(path): not a -dump-vmstate file (no 'vmschkmachine' section)"
            }
        }
    }

    /// Reads and parses the dump at `path`.
    public static func load(_ path: String) throws(Failure) -> JSONDocument {
        let bytes = try contents(of: path)
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            throw .notJSON(path: path, reason: error.reason)
        }
        guard document.member("vmschkmachine", of: document.root) != nil else { throw .notADump(path: path) }
        return document
    }

    /// The whole file, read into an array sized by `fstat` and grown while there is more (a file
    /// that grew since, or a pipe such as `<(ssh host cat dump.json)`).
    static func contents(of path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        // One spare byte: a read that fills the buffer means the file grew since `fstat`.
        let expected = Int(status.st_size) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = readFully(descriptor, buffer, &failure)
        }
        var chunk = [UInt8](repeating: 0, count: bytes.count == expected ? 1 << 16 : 0)
        while failure == 0, !chunk.isEmpty {
            let got = chunk.withUnsafeMutableBufferPointer { readFully(descriptor, $0, &failure) }
            bytes.append(contentsOf: chunk[..<got])
            if got < chunk.count { break }
        }
        guard failure == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }

    /// Reads until `buffer` is full or the file ends; returns the count read, or sets `failure`.
    private static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ failure: inout Int32) -> Int {
        var count = 0
        while count < buffer.count {
            let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            count += got
        }
        return count
    }
}
