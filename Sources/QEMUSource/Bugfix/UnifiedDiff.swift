/// A unified diff built from known line edits of one file (`git apply` reads it).
struct UnifiedDiff {
    /// One edit: replace `count` lines starting at 0-based `start` of the original with `lines`.
    struct Edit {
        var start: Int
        var count: Int
        var lines: [String]
    }

    /// Lines of context around each change.
    static let context = 3

    /// The diff of `path` from `original` after `edits` (which must not overlap); empty when
    /// there are no edits.
    static func render(path: String, original: [String], edits: [Edit]) -> String {
        let edits = edits.sorted { $0.start < $1.start }
        guard !edits.isEmpty else { return "" }
        // Group edits whose context overlaps into hunks.
        var groups: [[Edit]] = []
        for edit in edits {
            if let last = groups.last?.last, edit.start - (last.start + last.count) <= 2 * context {
                groups[groups.count - 1].append(edit)
            } else {
                groups.append([edit])
            }
        }
        var output = "diff --git a/\(path) b/\(path)\n--- a/\(path)\n+++ b/\(path)\n"
        var shift = 0  // new line number minus old line number before the current hunk
        for group in groups {
            let first = max(0, group[0].start - context)
            let lastEdit = group[group.count - 1]
            let end = min(original.count, lastEdit.start + lastEdit.count + context)
            var body: [String] = []
            var oldCount = 0
            var newCount = 0
            var cursor = first
            for edit in group {
                while cursor < edit.start {
                    body.append(" " + original[cursor])
                    cursor += 1
                    oldCount += 1
                    newCount += 1
                }
                for line in original[edit.start..<(edit.start + edit.count)] {
                    body.append("-" + line)
                    oldCount += 1
                }
                for line in edit.lines {
                    body.append("+" + line)
                    newCount += 1
                }
                cursor = edit.start + edit.count
            }
            while cursor < end {
                body.append(" " + original[cursor])
                cursor += 1
                oldCount += 1
                newCount += 1
            }
            let oldStart = oldCount == 0 ? first : first + 1
            let newStart = newCount == 0 ? first + shift : first + shift + 1
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            output += body.joined(separator: "\n") + "\n"
            shift += newCount - oldCount
        }
        return output
    }

    /// `original` with `edits` applied.
    static func apply(_ edits: [Edit], to original: [String]) -> [String] {
        var lines = original
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            lines.replaceSubrange(edit.start..<(edit.start + edit.count), with: edit.lines)
        }
        return lines
    }
}
