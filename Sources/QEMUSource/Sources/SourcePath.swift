/// Checks and normalises the relative paths every ``SourceTree`` accepts, so a directory and a git
/// repository agree on what a path means.
enum SourcePath {
    /// `path` without `.` components and repeated or trailing slashes: `./hw//i386/` → `hw/i386`.
    ///
    /// The empty string is the tree root. Throws ``QEMUSourceError/Code/invalidPath`` for an absolute
    /// path, a `..` component, or a newline or NUL byte (git's batch protocol is line based).
    static func normalized(_ path: String, in tree: String) throws(QEMUSourceError) -> String {
        if path.utf8.first == UInt8(ascii: "/") {
            throw invalid(path, in: tree, "is absolute")
        }
        if path.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == 0 }) {
            throw invalid(path, in: tree, "contains a newline or NUL byte")
        }
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) where component != "." {
            if component == ".." {
                throw invalid(path, in: tree, "leaves the tree through '..'")
            }
            components.append(component)
        }
        return components.joined(separator: "/")
    }

    /// `normalized(path)`, which must name something below the root rather than the root itself.
    static func normalizedFile(_ path: String, in tree: String) throws(QEMUSourceError) -> String {
        let normalized = try normalized(path, in: tree)
        if normalized.isEmpty {
            throw invalid(path, in: tree, "names the tree root, not a file")
        }
        return normalized
    }

    /// Whether `path` ends with one of `suffixes`, comparing UTF-8 bytes; an empty list keeps all.
    static func hasSuffix(_ path: String, in suffixes: [String]) -> Bool {
        if suffixes.isEmpty { return true }
        let bytes = path.utf8
        return suffixes.contains { suffix in
            let tail = suffix.utf8
            return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
        }
    }

    /// Orders paths by their UTF-8 bytes, the order `files(under:withSuffixes:)` promises.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func invalid(_ path: String, in tree: String, _ reason: String) -> QEMUSourceError {
        QEMUSourceError(
            .invalidPath,
            subject: "\(tree): '\(path)'",
            reason: "the path \(reason)",
            hint: "pass a path relative to the tree root, like hw/i386/pc_q35.c"
        )
    }
}
