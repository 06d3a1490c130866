import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds processes by scanning /proc: the children of a process, the members of a group.
enum ChildProcessScan {
    struct Entry: Equatable {
        var pid: Int32
        var parent: Int32
        var group: Int32
        var state: Character
        var command: String
    }

    /// Every process this scan can read.
    static func all() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name in
            guard let pid = Int32(name), let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { return nil }
            let fields = text[text.index(close, offsetBy: 2)...].split(separator: " ")
            guard fields.count > 3, let state = fields[0].first, let parent = Int32(fields[1]), let group = Int32(fields[2]) else {
                return nil
            }
            return Entry(
                pid: pid, parent: parent, group: group, state: state,
                command: String(text[text.index(after: open)..<close]))
        }
    }

    /// The live (not zombie) children of `parent`.
    static func children(of parent: Int32 = getpid()) -> [Entry] {
        all().filter { $0.parent == parent && $0.state != "Z" }
    }

    /// The processes still in any of `groups` (zombies included: they were not reaped).
    static func members(of groups: Set<Int32>) -> [Entry] {
        all().filter { groups.contains($0.group) }
    }
}
