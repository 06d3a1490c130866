public import GuestABI

/// Writes the companion patch of a bugfix machine plan: the destination's machine-name check
/// (`configuration_post_load` in `migration/savevm.c`) compares the whole name instead of the
/// received name's length only.
///
/// The edit is made in the tree's own words: the `if` that holds the comparison gains a length
/// guard in front, `<len> != strlen(<local name>) ||`, with the original comparison on the next
/// line aligned under the condition. The received buffer is not NUL-terminated (vmstate sizes
/// it by `len`), which is why the guard checks the length and keeps `strncmp`.
public struct NameCheckPatchGenerator: Sendable {
    /// What the patch prevents, for its header: pairs of names where one extends the other
    /// (`pc-q35-10.0` → `pc-q35-10.0.14`).
    public var extensions: [MachineNameCheck.Extension]

    /// Creates a generator.
    public init(extensions: [MachineNameCheck.Extension]) {
        self.extensions = extensions
    }

    /// The patch for the tree whose `migration/savevm.c` is `bytes`, with its rationale as a
    /// header `git apply` skips; nil when the tree already compares the whole name.
    ///
    /// Throws when the check has a shape guestabi cannot read or rewrite.
    public func patch(savevm bytes: [UInt8], tree: String) throws(QEMUSourceError) -> String? {
        let file = NameCheckReader.file
        let check = NameCheckReader.read(bytes)
        switch check.rule {
        case .wholeName: return nil
        case .unknown:
            throw QEMUSourceError(
                .cannotGenerate, subject: "\(tree)/\(check.location?.description ?? file)",
                reason: "cannot read the machine-name check: \(check.reason ?? "unknown shape")",
                hint: "make \(NameCheckReader.function) compare the whole name by hand, or leave out --with-name-check-fix")
        case .prefix: break
        }
        guard let site = NameCheckReader.prefixSite(bytes) else {
            throw QEMUSourceError(
                .cannotGenerate, subject: "\(tree)/\(check.location?.description ?? file)",
                reason: "the comparison is not the condition of an `if`", hint: "make \(NameCheckReader.function) compare the whole name by hand")
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lineIndex = site.conditionLine - 1
        guard lines.indices.contains(lineIndex), lineIndex == site.ifLine - 1 else {
            throw QEMUSourceError(
                .cannotGenerate, subject: "\(tree)/\(file):\(site.ifLine)", reason: "the `if (` and its condition are on different lines",
                hint: "make \(NameCheckReader.function) compare the whole name by hand")
        }
        let line = Array(lines[lineIndex].utf8)
        let column = site.conditionColumn
        guard column <= line.count else {
            throw QEMUSourceError(
                .cannotGenerate, subject: "\(tree)/\(file):\(site.ifLine)", reason: "the condition is not where the tokenizer put it",
                hint: "make \(NameCheckReader.function) compare the whole name by hand")
        }
        let head = String(decoding: line[..<column], as: UTF8.self)
        let rest = String(decoding: line[column...], as: UTF8.self)
        let indent = String(repeating: " ", count: column)
        let edit = UnifiedDiff.Edit(
            start: lineIndex, count: 1, lines: ["\(head)\(site.length) != strlen(\(site.local)) ||", indent + rest])
        return header(check: check) + UnifiedDiff.render(path: file, original: lines, edits: [edit])
    }

    /// The rationale, as a commit message `git am` and `git apply` both accept.
    private func header(check: MachineNameCheck) -> String {
        let example = extensions.first
        let examples = extensions.prefix(6).map { "\($0.base) → \($0.extended)" }.joined(separator: ", ")
            + (extensions.count > 6 ? " and \(extensions.count - 6) more" : "")
        let place = check.location.map { "\($0.file) (line \($0.line))" } ?? NameCheckReader.file
        var text = """
            Subject: [PATCH] migration: compare the whole machine type name on the destination

            \(check.function)() in \(place) compares only as many bytes
            of the machine type name as the source sent:

                \(check.comparison ?? "")

            A destination started with a machine type whose name extends the
            source's accepts the stream, and the guest silently runs on the other
            machine type's ABI from then on; the reverse is refused.

            """
        if let example {
            text += """

                With this series' bugfix machine types that means: a VM on \(example.base)
                is accepted by a destination started with \(example.extended). Pairs: \(examples).

                """
        }
        text += """

            Refuse a name of another length before comparing the bytes, so that
            only the same machine type is accepted. The received buffer is sized
            by its length field and not NUL-terminated, so the length is checked
            and strncmp() kept. Migrations between equal names are unaffected;
            only destinations started with another machine type now fail, with
            the existing "Machine type received is ... and local is ..." error.
            ---

            """
        return text
    }
}
