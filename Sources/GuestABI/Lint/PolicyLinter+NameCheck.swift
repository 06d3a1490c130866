// GA009 prefix-name-check: the tree's migration destination compares only as many bytes of the
// machine name as the source sent, so a destination started with a name that extends the VM's
// accepts it and the guest's ABI silently changes.

extension PolicyLinter {
    /// One warning per registered name that others extend (listing them, with how their ABI
    /// differs); a note when the check compares a prefix but no registered name extends another
    /// yet, or when the check cannot be read.
    static func nameCheckFindings(_ tree: ReleaseRegistry) -> [LintFinding] {
        guard let check = tree.nameCheck else { return [] }
        switch check.rule {
        case .wholeName:
            return []
        case .unknown:
            var finding = LintFinding(
                rule: .prefixNameCheck,
                message: "cannot read how the migration destination compares machine names (\(check.function)): \(check.reason ?? "unknown shape"); check by hand that it compares the whole name",
                location: check.location, key: "name-check/unknown")
            finding.level = .note
            return [finding]
        case .prefix:
            break
        }
        let how = "\(check.function) compares only the received machine name's length (\(check.comparison ?? "?"))"
        let pairs = MachineNameCheck.extensions(in: tree)
        guard !pairs.isEmpty else {
            var finding = LintFinding(
                rule: .prefixNameCheck,
                message: "\(how); no registered name extends another today, but any bugfix machine (X.Y.N) would: make it compare the whole name before adding one (guestabi bugfix generate --with-name-check-fix)",
                location: check.location, key: "name-check")
            finding.level = .note
            return [finding]
        }
        let registered = Dictionary(
            tree.machines.filter(\.registered).map { (MachineID(target: $0.target, name: $0.name), $0) }, uniquingKeysWith: { first, _ in first })
        let grouped = Dictionary(grouping: pairs) { "\($0.target.rawValue)/\($0.base)" }
        return grouped.keys.sorted().compactMap { key -> LintFinding? in
            guard let group = grouped[key]?.sorted(), let first = group.first,
                let base = registered[MachineID(target: first.target, name: first.base)]
            else { return nil }
            let extended = group.map { pair -> String in
                guard let machine = registered[MachineID(target: pair.target, name: pair.extended)] else { return pair.extended }
                let changes = MachineABI(base).changes(to: MachineABI(machine))
                let subjects = changes.prefix(3).map(\.subject.description).joined(separator: ", ")
                return changes.isEmpty
                    ? "\(pair.extended) (same ABI)"
                    : "\(pair.extended) (ABI differs in \(changes.count) \(changes.count == 1 ? "entry" : "entries"): \(subjects)\(changes.count > 3 ? ", …" : ""))"
            }
            let names = group.map(\.extended).joined(separator: ", ")
            return LintFinding(
                rule: .prefixNameCheck,
                message: "\(how): a VM on \(first.base) (\(first.target)) is accepted by a destination started with "
                    + extended.joined(separator: "; ")
                    + ", and the guest silently runs on that machine's ABI; the reverse is refused. Management must never start a destination with \(names) for a VM on \(first.base)",
                location: check.location, key: key)
        }
    }
}
