import GuestABI

/// The QOM type hierarchy of a whole tree: every type its `.c` files declare at file scope
/// (``QOMTypeDeclarations``), mapped to its parent.
///
/// Only files that mention `TypeInfo` or `OBJECT_DEFINE_` are tokenized (a byte search decides),
/// in a few tasks at once. When two declarations of a name disagree (`#if` branches, or two
/// targets' files), the first in path and source order wins.
enum QOMTypeIndex {
    private static let needles: [[UInt8]] = [Array("TypeInfo".utf8), Array("OBJECT_DEFINE_".utf8)]
    /// How many tasks share the files; a few more than cores, so that one slow file does not
    /// leave a core idle.
    private static let taskCount = 8

    /// Each type name of `files` (path → bytes) mapped to its parent's name. `typeMacros` holds
    /// the tree's `TYPE_*` macros.
    static func parents(in files: [String: [UInt8]], typeMacros: MacroTable) async -> [String: String] {
        var fallback = typeMacros.definitions
        for (name, definition) in TypeNameMacroIndex.collect(files).definitions where fallback[name] == nil {
            fallback[name] = definition
        }
        let paths = files.keys.filter { $0.hasSuffix(".c") }.sorted()
        let shared = fallback
        let perFile = await withTaskGroup(of: [(Int, [QOMTypeDeclarations.Declaration])].self) { group in
            for task in 0..<taskCount {
                group.addTask {
                    var found: [(Int, [QOMTypeDeclarations.Declaration])] = []
                    // Files dealt out in turn, so the large ones spread over the tasks.
                    for index in stride(from: task, to: paths.count, by: taskCount) {
                        guard let bytes = files[paths[index]], ByteSearch.contains(anyOf: needles, in: bytes) else { continue }
                        let stream = CTokenizer(bytes: bytes, file: paths[index]).tokenize()
                        let types = QOMTypeDeclarations(stream, fallback: shared).types
                        if !types.isEmpty { found.append((index, types)) }
                    }
                    return found
                }
            }
            var collected: [(Int, [QOMTypeDeclarations.Declaration])] = []
            for await found in group { collected += found }
            return collected.sorted { $0.0 < $1.0 }
        }
        var parents: [String: String] = [:]
        for (_, types) in perFile {
            for type in types where parents[type.name] == nil { parents[type.name] = type.parent }
        }
        return parents
    }
}
