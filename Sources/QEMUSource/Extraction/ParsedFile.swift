import GuestABI

/// What extraction needs of one file, worked out once however many files include it: its
/// tokens, the first `#define` of each name in it, and the tree headers its `#include "…"` lines
/// name, in order.
struct ParsedFile: Sendable {
    let stream: CTokenStream
    let macros: [String: MacroDefinition]
    let includes: [String]

    /// Tokenizes `bytes` of `path`; `available` says which tree paths exist.
    init(path: String, bytes: [UInt8], available: (String) -> Bool) {
        stream = CTokenizer(bytes: bytes, file: path).tokenize()
        var table = MacroTable()
        table.collect(from: stream)
        macros = table.definitions
        includes = IncludeGraph.resolvedIncludes(of: stream, available: available)
    }

    /// The files reachable from `roots` through `#include "…"`, each parsed once, every core at
    /// once: `parsed` and those of `files` not in it. `available` says which tree paths exist
    /// (by default those of `files`); files that exist but are not in `files` yet are left out,
    /// and so are the headers only they include.
    static func parseClosure(
        of roots: [String], in files: [String: [UInt8]], available: (@Sendable (String) -> Bool)? = nil,
        parsed: [String: ParsedFile] = [:]
    ) async -> [String: ParsedFile] {
        let available = available ?? { files[$0] != nil }
        var parsed = parsed
        var queued = Set<String>()
        var wave = roots.filter { available($0) && queued.insert($0).inserted }
        while !wave.isEmpty {
            let missing = wave.filter { parsed[$0] == nil && files[$0] != nil }
            let results = await withTaskGroup(of: ParsedFile.self) { group in
                for path in missing {
                    group.addTask { ParsedFile(path: path, bytes: files[path] ?? [], available: available) }
                }
                var results: [ParsedFile] = []
                for await file in group { results.append(file) }
                return results
            }
            for file in results { parsed[file.stream.file] = file }
            wave = wave.flatMap { parsed[$0]?.includes ?? [] }.filter { queued.insert($0).inserted }
        }
        return parsed
    }
}
