import SystemPackage

/// Reads whole files into `[UInt8]`: one `open`, one `fstat`, and reads straight into the array's
/// storage until end of file. Blocking: call it off the cooperative pool (see ``BlockingIO``).
enum FileBytes {
    /// The bytes of the file at `path`, or `nil` when nothing is there or it is a directory.
    static func read(atPath path: String) throws(QEMUSourceError) -> [UInt8]? {
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
        } catch let errno as Errno where errno == .noSuchFileOrDirectory || errno == .notDirectory {
            return nil
        } catch {
            throw unreadable(path, error)
        }
        defer { try? descriptor.close() }

        let expectedSize: Int
        do {
            let status = try descriptor.stat()
            if status.type == .directory { return nil }
            expectedSize = Int(clamping: max(status.size, 0))
        } catch {
            throw unreadable(path, error)
        }
        return try readToEnd(descriptor, path: path, expectedSize: expectedSize)
    }

    /// Reads `descriptor` to its end, expecting `expectedSize` bytes but coping with files that
    /// changed size since `fstat` (and with files like `/proc` entries that report size 0).
    private static func readToEnd(
        _ descriptor: FileDescriptor,
        path: String,
        expectedSize: Int
    ) throws(QEMUSourceError) -> [UInt8] {
        var failure: (any Error)?
        // One spare byte so a file of exactly `expectedSize` bytes is known complete after one read.
        var bytes = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                do {
                    let read = try descriptor.read(
                        into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])),
                        retryOnInterrupt: true
                    )
                    if read == 0 { return }
                    count += read
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw unreadable(path, failure) }
        guard bytes.count > expectedSize else { return bytes }

        // The file grew: keep reading in chunks.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read: Int
            do {
                read = try chunk.withUnsafeMutableBytes { buffer in
                    try descriptor.read(into: buffer, retryOnInterrupt: true)
                }
            } catch {
                throw unreadable(path, error)
            }
            if read == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<read])
        }
    }

    private static func unreadable(_ path: String, _ error: any Error) -> QEMUSourceError {
        let reason: String
        let hint: String
        if let errno = error as? Errno {
            reason = "cannot read the file (\(errno))"
            hint =
                errno == .permissionDenied
                ? "make the file readable by this user (chmod a+r, or run as its owner)"
                : "check that the file is a regular, readable file"
        } else {
            reason = "cannot read the file (\(error))"
            hint = "check that the file is a regular, readable file"
        }
        return QEMUSourceError(.unreadableFile, subject: path, reason: reason, hint: hint)
    }
}
