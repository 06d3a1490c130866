import GuestABI

/// Follows `#include "…"` from a file to the headers of the tree it names, transitively, in
/// the order a compiler would meet them.
enum IncludeGraph {
    /// The paths of tree headers that `path` includes, depth first, each once; `includes` gives
    /// the tree headers a file includes directly (see ``resolvedIncludes(of:available:)``).
    static func headers(of path: String, includes: (String) -> [String]) -> [String] {
        var seen: Set<String> = [path]
        var order: [String] = []
        visit(path, includes: includes, seen: &seen, order: &order)
        return order
    }

    private static func visit(
        _ path: String, includes: (String) -> [String], seen: inout Set<String>, order: inout [String]
    ) {
        for header in includes(path) where !seen.contains(header) {
            seen.insert(header)
            order.append(header)
            visit(header, includes: includes, seen: &seen, order: &order)
        }
    }

    /// The tree paths that the `#include "…"` lines of `stream` name, in order: `include/name`
    /// when `available`, else `name` beside the file when available; names found nowhere are left out.
    static func resolvedIncludes(of stream: CTokenStream, available: (String) -> Bool) -> [String] {
        let directory = stream.file.split(separator: "/").dropLast().joined(separator: "/")
        return includedNames(stream).compactMap { name in
            let candidates = ["include/" + name, directory.isEmpty ? name : directory + "/" + name]
            return candidates.first(where: available)
        }
    }

    /// The `"…"` names of the file's `#include` lines.
    static func includedNames(_ stream: CTokenStream) -> [String] {
        var names: [String] = []
        let tokens = stream.tokens
        for index in tokens.indices where tokens[index].kind == .directive {
            guard stream.hasDirectiveName(tokens[index], "include"), index + 1 < tokens.count,
                tokens[index + 1].kind == .string, let name = stream.ppToken(at: index + 1).stringValue
            else { continue }
            names.append(name)
        }
        return names
    }
}
