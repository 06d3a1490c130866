import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files of a tree into `[UInt8]`: regular files only, never a blocking read.
///
/// The file is opened with `O_NONBLOCK` and without following a final symbolic link; a link is
/// resolved with `realpath` (which detects loops) and must stay inside the tree. `fstat` on the
/// open descriptor then decides: anything but a regular file (a FIFO, a device, a socket, a
/// directory) and any file larger than ``SourceBudget/maximumFileSize`` is damaged, with the
/// reason in words. Blocking: call it off the cooperative pool (see ``BlockingIO``).
enum FileBytes {
    /// What reading one path found.
    enum Outcome: Sendable {
        /// The file's bytes.
        case contents([UInt8])
        /// Nothing is there.
        case missing
        /// Something is there but it is not a readable regular file of the tree.
        case damaged(FileDamage)
    }

    /// Reads `path`; with `root` (an already resolved directory), a symbolic link must resolve
    /// to a file inside it.
    static func read(atPath path: String, root: String?) -> Outcome {
        var descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        if descriptor < 0 {
            let error = Errno(rawValue: errno)
            switch error {
            case .noSuchFileOrDirectory, .notDirectory: return .missing
            case .tooManySymbolicLinkLevels:
                // The last component is a symbolic link: resolve it, staying inside the tree.
                switch resolveLink(path, root: root) {
                case .failure(let damage): return .damaged(damage)
                case .success(let target): descriptor = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
                }
                if descriptor < 0 { return .damaged(.openFailed(Errno(rawValue: errno))) }
            default:
                return .damaged(.openFailed(error))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .damaged(.openFailed(Errno(rawValue: errno))) }
        guard let kind = FileDamage.Kind(mode: status.st_mode) else {
            let size = Int(clamping: max(status.st_size, 0))
            guard size <= SourceBudget.maximumFileSize else { return .damaged(.tooLarge(size)) }
            return readToEnd(descriptor, expectedSize: size)
        }
        return .damaged(.notRegular(kind))
    }

    /// The resolved target of the symbolic link `path`, inside `root` when given.
    private static func resolveLink(_ path: String, root: String?) -> Result<String, FileDamage> {
        guard let resolved = realpath(path, nil) else {
            let error = Errno(rawValue: errno)
            switch error {
            case .tooManySymbolicLinkLevels: return .failure(.linkLoop)
            case .noSuchFileOrDirectory, .notDirectory: return .failure(.danglingLink(linkText(path)))
            default: return .failure(.openFailed(error))
            }
        }
        defer { free(resolved) }
        let target = String(cString: resolved)
        if let root, !(target == root || target.hasPrefix(root == "/" ? "/" : root + "/")) {
            return .failure(.linkLeavesTree(linkText(path)))
        }
        return .success(target)
    }

    /// What the link at `path` says, for messages.
    private static func linkText(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Reads `descriptor` to its end, expecting `expectedSize` bytes but coping with files that
    /// changed size since `fstat`; a file that grows past the budget is damaged.
    private static func readToEnd(_ descriptor: Int32, expectedSize: Int) -> Outcome {
        var failure: Errno?
        // One spare byte so a file of exactly `expectedSize` bytes is known complete after one read.
        var bytes = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = posixRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read == 0 { return }
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = Errno(rawValue: errno)
                    return
                }
                count += read
            }
        }
        if let failure { return .damaged(.readFailed(failure)) }
        guard bytes.count > expectedSize else { return .contents(bytes) }

        // The file grew: keep reading in chunks, up to the budget.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress, $0.count) }
            if read < 0 {
                if errno == EINTR { continue }
                return .damaged(.readFailed(Errno(rawValue: errno)))
            }
            if read == 0 { return .contents(bytes) }
            bytes.append(contentsOf: chunk[..<read])
            if bytes.count > SourceBudget.maximumFileSize { return .damaged(.tooLarge(bytes.count)) }
        }
    }
}

/// `read(2)`, named apart from ``FileBytes/read(atPath:root:)``.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
