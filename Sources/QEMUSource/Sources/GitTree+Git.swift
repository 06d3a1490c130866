extension GitTree {
    /// The commit `ref` names in the repository at `gitDirectory`, peeling annotated tags.
    static func resolve(_ ref: String, in gitDirectory: String, subject: String) async throws(QEMUSourceError)
        -> String
    {
        let listRefs =
            "list the refs with `git --git-dir \(gitDirectory) tag` or `git --git-dir \(gitDirectory) branch -a`, "
            + "or fetch them with `git --git-dir \(gitDirectory) fetch --tags`"
        guard !ref.isEmpty, !ref.hasPrefix("-"), !ref.contains(where: \.isNewline) else {
            throw QEMUSourceError(
                .unknownRef,
                subject: subject,
                reason: "'\(ref)' is not a valid ref",
                hint: listRefs
            )
        }
        let output = try await GitCommand.run(
            ["--git-dir", gitDirectory, "rev-parse", "--verify", "--quiet", "\(ref)^{commit}"],
            subject: subject
        )
        switch output.exitCode {
        case 0:
            let commit = String(decoding: output.standardOutput, as: UTF8.self)
                .trimmingSuffix(while: \.isWhitespace)
            guard commit.count >= 40, commit.allSatisfy(\.isHexDigit) else {
                throw QEMUSourceError(
                    .gitFailed,
                    subject: subject,
                    reason: "`git rev-parse` printed '\(commit)' instead of a commit name",
                    hint: "make sure no alias or config changes `git rev-parse` output"
                )
            }
            return commit
        case 1:
            // --verify --quiet: the repository is fine, the ref does not name a commit.
            throw QEMUSourceError(
                .unknownRef,
                subject: subject,
                reason: "the ref '\(ref)' does not name a commit in \(gitDirectory)",
                hint: listRefs
            )
        default:
            throw QEMUSourceError(
                .unreadableTree,
                subject: subject,
                reason: "\(gitDirectory) is not a readable git repository (\(output.describedStatus))",
                hint: "pass a bare repository or a work tree's .git directory (for a clone in DIR, DIR/.git)"
            )
        }
    }

    /// The paths of the blobs in `git ls-tree -r -z` output that end with one of `suffixes`, sorted by
    /// UTF-8 bytes. Submodules (commits) are left out, as a checkout would have no file there.
    ///
    /// Each record is `<mode> SP <type> SP <object> TAB <path> NUL`.
    static func blobPaths(inListing listing: [UInt8], withSuffixes suffixes: [String]) -> [String] {
        var paths: [String] = []
        for record in listing.split(separator: 0) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 3, fields[1].elementsEqual("blob".utf8) else { continue }
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            if SourcePath.hasSuffix(path, in: suffixes) { paths.append(path) }
        }
        return paths.sorted(by: SourcePath.precedes)
    }
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
