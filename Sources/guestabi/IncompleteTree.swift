import GuestABI

/// Refuses a tree whose extraction is incomplete (exit status 2), naming the tree and its first
/// problems as `path:line: what`, unless the user accepts a partial result.
enum IncompleteTree {
    /// How many diagnostics a message shows before "and N more".
    static let shown = 5

    /// Throws when `registry`, extracted from `tree`, is incomplete and `allowPartial` is false.
    static func check(_ registry: ReleaseRegistry, tree: String, allowPartial: Bool) throws(CommandFailure) {
        guard !registry.complete, !allowPartial else { return }
        throw CommandFailure.badInput(message(registry, tree: tree))
    }

    /// `tree: extraction incomplete (N errors):` then the first errors, one a line, then how many more.
    static func message(_ registry: ReleaseRegistry, tree: String, remedy: String = "pass --allow-partial to accept a partial result") -> String {
        let errors = registry.diagnostics.filter { $0.severity == .error }
        let listed = errors.isEmpty ? registry.diagnostics : errors
        var lines = ["\(tree): extraction incomplete (\(errors.count) \(errors.count == 1 ? "error" : "errors")):"]
        lines += listed.prefix(shown).map { "  \($0.location): \($0.message)" }
        if listed.count > shown { lines.append("  and \(listed.count - shown) more") }
        if listed.isEmpty { lines.append("  (no diagnostic was recorded)") }
        lines.append("fix or restore these files, or \(remedy)")
        return lines.joined(separator: "\n")
    }
}
