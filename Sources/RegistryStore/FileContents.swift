public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input file: a regular file, or a pipe (`<(guestabi bugfix plan …)` gives
/// `/dev/fd/63`). Never a blocking read: the file is opened with `O_NONBLOCK` and checked with
/// `fstat` first, so a FIFO nobody writes to reads as empty, a pipe that goes quiet ends after
/// ``pipeTimeout``, and devices (`/dev/zero`), directories and sockets are refused.
public enum FileContents {
    /// Why a file could not be read, in words for an error message.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The most bytes an input file may have (registries are a few MB).
    public static let maximumSize = 256_000_000
    /// How long a pipe may stay silent before reading gives up.
    public static let pipeTimeout: Duration = .seconds(10)

    /// The bytes of `path`.
    public static func read(_ path: String) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw Failure(description: "no such file")
            case EACCES: throw Failure(description: "not readable (permission denied)")
            case ELOOP: throw Failure(description: "a symbolic link that loops")
            case ENXIO: throw Failure(description: "a socket, not a file")
            default: throw Failure(description: "cannot open (\(String(cString: strerror(errno))))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(description: "cannot stat (\(String(cString: strerror(errno))))") }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            guard status.st_size <= maximumSize else {
                throw Failure(description: "\(status.st_size / 1_000_000) MB, more than the \(maximumSize / 1_000_000) MB an input may have")
            }
            return try readToEnd(descriptor, isPipe: false)
        case S_IFIFO:
            return try readToEnd(descriptor, isPipe: true)
        case S_IFDIR: throw Failure(description: "a directory, not a file")
        case S_IFCHR: throw Failure(description: "a character device, not a file")
        case S_IFBLK: throw Failure(description: "a block device, not a file")
        default: throw Failure(description: "a socket, not a file")
        }
    }

    /// Reads to end of file; a pipe that has nothing to read is waited for with `poll`, up to
    /// ``pipeTimeout`` of silence.
    private static func readToEnd(_ descriptor: Int32, isPipe: Bool) throws(Failure) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let timeout = Int32(pipeTimeout.components.seconds * 1000)
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: chunk[..<count])
                if data.count > maximumSize {
                    throw Failure(description: "more than the \(maximumSize / 1_000_000) MB an input may have")
                }
                continue
            }
            if count == 0 {
                if data.isEmpty && isPipe { throw Failure(description: "a pipe with nothing written to it") }
                return data
            }
            switch errno {
            case EINTR: continue
            case EAGAIN where isPipe:
                var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&waiting, 1, timeout)
                if ready == 0 { throw Failure(description: "a pipe that sent nothing for \(pipeTimeout.components.seconds) s") }
            default:
                throw Failure(description: "read failed (\(String(cString: strerror(errno))))")
            }
        }
    }
}

/// `read(2)`, named apart from ``FileContents/read(_:)``.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
