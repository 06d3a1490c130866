import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a command's `-o FILE`: only to a new or regular file that is none of the command's
/// inputs, atomically (a temporary file in the same directory, then `rename`), so a failure
/// leaves the old file as it was and a device or directory is never replaced.
enum OutputFile {
    /// Writes `data` to `path`; `inputs` are the files the command read (compared by device
    /// and inode, after resolving links).
    static func write(_ data: Data, to path: String, inputs: [String] = []) throws(CommandFailure) {
        var target = stat()
        if stat(path, &target) == 0 {
            guard target.st_mode & S_IFMT == S_IFREG else {
                throw CommandFailure.badInput("'\(path)': \(kind(of: target.st_mode)), not a regular file; give a new file or a regular one to replace")
            }
            for input in inputs {
                var status = stat()
                if stat(input, &status) == 0, status.st_dev == target.st_dev, status.st_ino == target.st_ino {
                    throw CommandFailure.badInput("'\(path)': is an input of this command ('\(input)'); write the output to another file")
                }
            }
        } else if errno != ENOENT {
            throw CommandFailure.badInput("'\(path)': cannot be written (\(String(cString: strerror(errno))))")
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw CommandFailure.badInput("'\(path)': cannot create a file in \(directory) (\(String(cString: strerror(errno))))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            close(descriptor)
            if !renamed { unlink(temporary) }
        }
        // The new file gets the old one's permissions, or the usual ones for a new file.
        let mask = umask(0)
        umask(mask)
        let mode = target.st_mode != 0 ? target.st_mode & 0o7777 : 0o666 & ~mask
        fchmod(descriptor, mode)
        var written = 0
        let failure: Int32? = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = posixWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failure {
            throw CommandFailure.badInput("'\(path)': cannot write (\(String(cString: strerror(failure)))); nothing was written")
        }
        guard rename(temporary, path) == 0 else {
            throw CommandFailure.badInput("'\(path)': cannot write (\(String(cString: strerror(errno)))); nothing was written")
        }
        renamed = true
    }

    private static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        default: "a socket"
        }
    }
}

/// `write(2)`, named apart from ``OutputFile/write(_:to:inputs:)``.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
