import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A connected Unix-domain stream socket in non-blocking mode.
///
/// Every call returns at once: a read with nothing to read reports ``ReadResult/wouldBlock``
/// and the caller decides how to wait (``PollingBackoff``), so no thread of the cooperative
/// pool ever blocks on the socket. The owner closes it exactly once with ``close()``.
struct UnixSocket {
    /// The longest path `sockaddr_un` holds, without its terminating zero.
    static let maximumPathLength = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    let descriptor: FileDescriptor

    /// The outcome of one non-blocking read.
    enum ReadResult: Equatable {
        /// This many bytes were appended.
        case data(Int)
        /// Nothing to read yet.
        case wouldBlock
        /// The peer closed the connection.
        case endOfStream
    }

    /// Connects to the listening socket at `path`. Throws `ENOENT` or `ECONNREFUSED` while the
    /// server is not listening yet, `EAGAIN` while its backlog is full, `ENAMETOOLONG` for a
    /// path longer than ``maximumPathLength``.
    static func connect(path: String) throws(Errno) -> UnixSocket {
        let pathBytes = Array(path.utf8)
        guard pathBytes.count <= maximumPathLength else { throw Errno.fileNameTooLong }
        #if canImport(Darwin)
            let type = SOCK_STREAM
        #else
            let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #endif
        let raw = socket(AF_UNIX, type, 0)
        guard raw >= 0 else { throw Errno(rawValue: errno) }
        let socket = UnixSocket(descriptor: FileDescriptor(rawValue: raw))
        do throws(Errno) {
            try socket.configure()
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { storage in
                storage.copyBytes(from: pathBytes)
            }
            let result = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                    #if canImport(Darwin)
                        Darwin.connect(raw, generic, socklen_t(MemoryLayout<sockaddr_un>.size))
                    #elseif canImport(Musl)
                        Musl.connect(raw, generic, socklen_t(MemoryLayout<sockaddr_un>.size))
                    #else
                        Glibc.connect(raw, generic, socklen_t(MemoryLayout<sockaddr_un>.size))
                    #endif
                }
            }
            guard result == 0 else { throw Errno(rawValue: errno) }
            return socket
        } catch {
            socket.close()
            throw error
        }
    }

    /// Sets non-blocking mode (and, where there is no `MSG_NOSIGNAL`, no `SIGPIPE`).
    private func configure() throws(Errno) {
        let flags = fcntl(descriptor.rawValue, F_GETFL)
        guard flags >= 0, fcntl(descriptor.rawValue, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw Errno(rawValue: errno)
        }
        #if canImport(Darwin)
            _ = fcntl(descriptor.rawValue, F_SETFD, FD_CLOEXEC)
            var on: Int32 = 1
            guard
                setsockopt(descriptor.rawValue, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size)) == 0
            else { throw Errno(rawValue: errno) }
        #endif
    }

    /// Writes as much of `bytes[offset...]` as the socket takes now; returns the count written,
    /// 0 when the socket buffer is full. A peer that has gone away is `EPIPE`, never a signal.
    func write(_ bytes: [UInt8], from offset: Int) throws(Errno) -> Int {
        guard offset < bytes.count else { return 0 }
        #if canImport(Darwin)
            let flags: Int32 = 0
        #else
            let flags = Int32(MSG_NOSIGNAL)
        #endif
        while true {
            let written = bytes.withUnsafeBytes { buffer in
                send(descriptor.rawValue, buffer.baseAddress! + offset, buffer.count - offset, flags)
            }
            if written >= 0 { return written }
            switch Errno(rawValue: errno) {
            case .interrupted: continue
            case .resourceTemporarilyUnavailable, .wouldBlock: return 0
            case let error: throw error
            }
        }
    }

    /// Appends what can be read now (at most `maximum` bytes) to `buffer`, after asking `poll`
    /// with a zero timeout whether anything is there.
    func read(appendingTo buffer: inout [UInt8], maximum: Int = 65_536) throws(Errno) -> ReadResult {
        var request = pollfd(fd: descriptor.rawValue, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&request, 1, 0)
            if ready > 0 { break }
            if ready == 0 { return .wouldBlock }
            let error = Errno(rawValue: errno)
            if error != .interrupted { throw error }
        }
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: maximum))
        var result: Result<Int, Errno> = .success(0)
        buffer.withUnsafeMutableBytes { storage in
            while true {
                let count = recv(descriptor.rawValue, storage.baseAddress! + oldCount, maximum, 0)
                if count >= 0 {
                    result = .success(count)
                    return
                }
                let error = Errno(rawValue: errno)
                if error != .interrupted {
                    result = .failure(error)
                    return
                }
            }
        }
        let received = (try? result.get()) ?? 0
        buffer.removeLast(maximum - received)
        switch result {
        case .success(let count): return count == 0 ? .endOfStream : .data(count)
        case .failure(.resourceTemporarilyUnavailable), .failure(.wouldBlock): return .wouldBlock
        case .failure(let error): throw error
        }
    }

    /// Closes the descriptor; errors on close cannot be acted on and are ignored.
    func close() {
        try? descriptor.close()
    }
}
