import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private directory (mode 0700, from `mkdtemp`) for one QEMU's sockets, removed with all
/// it holds by ``remove()``.
struct TemporaryDirectory: Sendable {
    /// The directory's absolute path.
    let path: String

    /// Creates `<TMPDIR>/<prefix>XXXXXX`, or under `/tmp` when TMPDIR is so long that a socket
    /// path inside would not fit in `sockaddr_un`.
    static func create(prefix: String, roomForName nameLength: Int) throws(QMPError) -> TemporaryDirectory {
        var base = FileManager.default.temporaryDirectory.path
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        // "<base>/<prefix>XXXXXX/<name>"
        let pathLength = base.utf8.count + 1 + prefix.utf8.count + 6 + 1 + nameLength
        if pathLength > UnixSocket.maximumPathLength { base = "/tmp" }
        var template = Array("\(base)/\(prefix)XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap(mkdtemp).map { String(cString: $0) }
        }
        guard let created else {
            let reason = String(cString: strerror(errno))
            throw QMPError(
                .launchFailed, subject: base, reason: "cannot create a private directory for the QMP socket: \(reason)",
                hint: "make TMPDIR point to a writable directory")
        }
        return TemporaryDirectory(path: created)
    }

    /// Removes the directory and everything in it; a directory already gone is fine.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
