import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a path of a tree is not a file extraction can read.
public enum FileDamage: Error, Sendable, Hashable, CustomStringConvertible {
    /// What a path is when it is not a regular file.
    public enum Kind: String, Sendable, Hashable {
        case directory, fifo = "FIFO", characterDevice = "character device", blockDevice = "block device", socket

        /// The kind of `mode`, or nil for a regular file.
        init?(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: return nil
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .fifo
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            default: self = .socket
            }
        }
    }

    case notRegular(Kind)
    case linkLoop
    case danglingLink(String)
    case linkLeavesTree(String)
    case permissionDenied
    case openFailed(String)
    case readFailed(String)
    case tooLarge(Int)
    case empty

    public var description: String {
        switch self {
        case .notRegular(let kind): "is a \(kind.rawValue), not a regular file"
        case .linkLoop: "is a symbolic link that loops"
        case .danglingLink(let target): "is a dangling symbolic link (to '\(target)')"
        case .linkLeavesTree(let target): "is a symbolic link leading outside the tree (to '\(target)')"
        case .permissionDenied: "cannot be opened: permission denied"
        case .openFailed(let reason): "cannot be opened (\(reason))"
        case .readFailed(let reason): "cannot be read (\(reason))"
        case .tooLarge(let size):
            "is \(size / 1_000_000) MB, more than the \(SourceBudget.maximumFileSize / 1_000_000) MB a source file may have"
        case .empty: "is empty"
        }
    }

    /// How to repair it.
    public var hint: String {
        switch self {
        case .permissionDenied: "make the file readable by this user (chmod a+r, or run as its owner)"
        case .tooLarge: "this is not a QEMU source file; restore the file from the release"
        default: "restore the file from the release (a regular file inside the tree)"
        }
    }
}


extension FileDamage {
    /// The damage of a failed `open`.
    static func openFailed(_ errno: Errno) -> FileDamage {
        errno == .permissionDenied ? .permissionDenied : .openFailed("\(errno)")
    }

    /// The damage of a failed `read`.
    static func readFailed(_ errno: Errno) -> FileDamage {
        .readFailed("\(errno)")
    }
}
