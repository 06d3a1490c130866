/// Every `#define` of a set of parsed files, by name, with the file each is in, and the
/// tree-wide `TYPE_*` macros: built once, it answers the lookups of every file's
/// ``MacroTable`` without a merged dictionary per file.
final class MacroIndex: Sendable {
    /// A definition of a name, and the number of the file it is in (-1 for a tree-wide one).
    struct Candidate: Sendable {
        var file: Int
        var definition: MacroDefinition
    }

    /// A number for each file.
    let fileNumbers: [String: Int]
    private let candidates: [String: [Candidate]]

    /// The index of `files` (path → each name's first `#define` in it) and `treeWide`.
    init(files: [String: [String: MacroDefinition]], treeWide: [String: MacroDefinition]) {
        var numbers: [String: Int] = [:]
        var candidates: [String: [Candidate]] = [:]
        candidates.reserveCapacity(treeWide.count + files.values.reduce(0) { $0 + $1.count })
        for (number, (path, macros)) in files.enumerated() {
            numbers[path] = number
            for (name, definition) in macros { candidates[name, default: []].append(Candidate(file: number, definition: definition)) }
        }
        for (name, definition) in treeWide { candidates[name, default: []].append(Candidate(file: -1, definition: definition)) }
        fileNumbers = numbers
        self.candidates = candidates
    }

    /// The definition of `name` seen first by a file whose includes put file number `n` at
    /// `positions[n]` (`Int.max` when not included); a tree-wide one when no included file
    /// defines it.
    func definition(of name: String, positions: [Int]) -> MacroDefinition? {
        guard let candidates = candidates[name] else { return nil }
        var best: (position: Int, definition: MacroDefinition)?
        var treeWide: MacroDefinition?
        for candidate in candidates {
            guard candidate.file >= 0 else {
                treeWide = candidate.definition
                continue
            }
            let position = positions[candidate.file]
            if position != Int.max, position < best?.position ?? Int.max { best = (position, candidate.definition) }
        }
        return best?.definition ?? treeWide
    }
}
