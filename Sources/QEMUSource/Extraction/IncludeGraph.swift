import GuestABI

/// Follows `#include "…"` from a file to the headers of the tree it names, transitively, in
/// the order a compiler would meet them.
enum IncludeGraph {
    /// The paths of tree headers that `stream` includes, depth first, each once.
    static func headers(
        of stream: CTokenStream, available: (String) -> Bool, streamFor: (String) -> CTokenStream?
    ) -> [String] {
        var seen: Set<String> = [stream.file]
        var order: [String] = []
        visit(stream, available: available, streamFor: streamFor, seen: &seen, order: &order)
        return order
    }

    private static func visit(
        _ stream: CTokenStream, available: (String) -> Bool, streamFor: (String) -> CTokenStream?,
        seen: inout Set<String>, order: inout [String]
    ) {
        for name in includedNames(stream) {
            let directory = stream.file.split(separator: "/").dropLast().joined(separator: "/")
            let candidates = ["include/" + name, directory.isEmpty ? name : directory + "/" + name]
            guard let path = candidates.first(where: available), !seen.contains(path) else { continue }
            seen.insert(path)
            order.append(path)
            if let header = streamFor(path) {
                visit(header, available: available, streamFor: streamFor, seen: &seen, order: &order)
            }
        }
    }

    /// The `"…"` names of the file's `#include` lines.
    static func includedNames(_ stream: CTokenStream) -> [String] {
        var names: [String] = []
        let tokens = stream.tokens
        for index in tokens.indices where tokens[index].kind == .directive {
            guard MacroTable.directiveName(stream.text(tokens[index])) == "include", index + 1 < tokens.count,
                tokens[index + 1].kind == .string, let name = stream.ppToken(at: index + 1).stringValue
            else { continue }
            names.append(name)
        }
        return names
    }
}
