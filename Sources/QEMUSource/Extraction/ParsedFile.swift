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

    /// The files of `files` reachable from `roots` through `#include "…"`, each parsed once,
    /// every core at once.
    static func parseClosure(of roots: [String], in files: [String: [UInt8]]) async -> [String: ParsedFile] {
        var parsed: [String: ParsedFile] = [:]
        var queued = Set<String>()
        var wave = roots.filter { files[$0] != nil && queued.insert($0).inserted }
        while !wave.isEmpty {
            let current = wave
            let results = await withTaskGroup(of: ParsedFile.self) { group in
                for path in current {
                    group.addTask { ParsedFile(path: path, bytes: files[path] ?? [], available: { files[$0] != nil }) }
                }
                var results: [ParsedFile] = []
                for await file in group { results.append(file) }
                return results
            }
            wave = []
            for file in results {
                parsed[file.stream.file] = file
                wave += file.includes.filter { queued.insert($0).inserted }
            }
        }
        return parsed
    }
}
