import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recursive listing of a directory with `opendir`/`readdir`, using the entry type `readdir` reports and
/// calling `stat` only for symbolic links and file systems that do not report types.
///
/// Every entry with a wanted suffix that is not a directory is listed without following it (a
/// symbolic link, a FIFO, a device): reading it decides whether it is a file of the tree (see
/// ``FileBytes``). Symbolic links to directories are not descended into, so a link cycle cannot
/// make the walk loop. Blocking: call it off the cooperative pool.
enum DirectoryListing {
    /// The files below `directory` (relative to `root`) whose names end with one of `suffixes`, as paths
    /// relative to `root`, sorted by UTF-8 bytes. A `directory` that does not exist yields no files.
    static func files(
        root: String,
        under directory: String,
        withSuffixes suffixes: [String]
    ) throws(QEMUSourceError) -> [String] {
        var found: [String] = []
        var pending: [String] = [directory]
        var isTop = true
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let stream = opendir(absolute) else {
                let errno = Errno(rawValue: errno)
                if isTop, errno == .noSuchFileOrDirectory || errno == .notDirectory {
                    return []
                }
                throw QEMUSourceError(
                    .unreadableTree,
                    subject: absolute,
                    reason: "cannot list the directory (\(errno))",
                    hint: "make the directory readable and searchable by this user (chmod a+rx)"
                )
            }
            defer { closedir(stream) }
            isTop = false
            let prefix = relative.isEmpty ? "" : relative + "/"
            while let entry = readdir(stream) {
                let name = entryName(entry)
                if name == "." || name == ".." { continue }
                let path = prefix + name
                switch kind(of: entry, at: root + "/" + path) {
                case .directory:
                    pending.append(path)
                    // A directory named like a source file stands where one is expected: reading
                    // it reports the damage.
                    if !suffixes.isEmpty, SourcePath.hasSuffix(name, in: suffixes) { found.append(path) }
                case .file where SourcePath.hasSuffix(name, in: suffixes): found.append(path)
                case .file, .linkedDirectory: break
                }
            }
        }
        return found.sorted(by: SourcePath.precedes)
    }

    /// A directory to descend into, or anything else: a file or what stands where one could be
    /// (a symbolic link, a FIFO, a device, a socket), which a read then checks.
    private enum Kind {
        case file
        case directory
        case linkedDirectory
    }

    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        let offset = MemoryLayout<dirent>.offset(of: \.d_name)!
        return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
    }

    private static func kind(of entry: UnsafeMutablePointer<dirent>, at path: String) -> Kind {
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK):
            // A link to a directory is neither descended into nor listed; other links are
            // listed for the read to check (one that loops or dangles is damage).
            let target = try? FilePath(path).stat(followTargetSymlink: true)
            return target?.type == .directory ? .linkedDirectory : .file
        case Int32(DT_UNKNOWN):
            // Links are not followed: a linked directory is not descended into, so no cycle.
            guard let status = try? FilePath(path).stat(followTargetSymlink: false) else { return .file }
            if status.type == .directory { return .directory }
            if status.type == .symbolicLink, (try? FilePath(path).stat(followTargetSymlink: true))?.type == .directory {
                return .linkedDirectory
            }
            return .file
        default: return .file
        }
    }
}
