public import GuestABI

/// Renders a ``StateDiff``: one block per finding, with its directions, reach and `file:line`
/// on both sides.
public enum StateDiffReport {
    /// The findings as text.
    public static func text(_ diff: StateDiff, findings: [StateFinding]) -> String {
        var out = "migration state \(diff.a.qemuVersion) → \(diff.b.qemuVersion): "
        out += "\(diff.a.sections.count) → \(diff.b.sections.count) descriptions, "
        out += "\(diff.a.migratedRegisterKeys.count) → \(diff.b.migratedRegisterKeys.count) Arm register keys\n"
        if findings.isEmpty { return out + "no findings\n" }
        let breaking = findings.filter { $0.forward == .breaks || $0.backward == .breaks }.count
        out += "\(findings.count) finding(s), \(breaking) breaking in some direction\n"
        for finding in findings {
            out += "\n[\(finding.kind.rawValue)] \(finding.subject) (\(finding.identifier)): \(finding.direction.rawValue)"
            out += "  forward \(finding.forward.rawValue), backward \(finding.backward.rawValue)\n"
            for line in finding.details { out += "    \(line)\n" }
            out += "  why: \(finding.why)\n"
            out += "  reaches: \(finding.reach.map(\.description).joined(separator: "; "))\n"
            out += "  A: \(finding.from.map(\.description) ?? "-")  B: \(finding.to.map(\.description) ?? "-")\n"
        }
        return out
    }

    /// The section `diff` prints after the machine types: the findings that reach a target's
    /// CPU, apart, so that a machine's status keeps meaning its machine-type ABI. Empty when
    /// there is none.
    public static func section(_ diff: StateDiff, findings: [StateFinding]) -> String {
        guard !findings.isEmpty else { return "" }
        var out = "\nmigration state read from sources (CPU of each target; not part of the machine statuses above):\n"
        for finding in findings {
            out += "  [\(finding.kind.rawValue)] \(finding.subject): \(finding.direction.rawValue)"
            out += " (forward \(finding.forward.rawValue), backward \(finding.backward.rawValue));"
            out += " reaches \(finding.reach.map(\.description).joined(separator: "; "))\n"
            for line in finding.details { out += "      \(line)\n" }
        }
        return out
    }

    /// The JSON document: versions, counts and findings.
    public struct Document: Encodable {
        public var from: String
        public var to: String
        public var findings: [StateFinding]

        public init(_ diff: StateDiff, findings: [StateFinding]) {
            from = diff.a.qemuVersion
            to = diff.b.qemuVersion
            self.findings = findings
        }
    }
}

/// `diff --format json`: the machine-type ABI comparison as ``ReleaseDiff`` encodes it, and the
/// migration-state findings in a key of their own (`migrationState`, absent when a release has
/// no state model), so a machine's `status` keeps meaning its machine-type ABI.
public struct ReleaseDiffDocument: Encodable {
    public var diff: ReleaseDiff
    public var migrationState: StateDiffReport.Document?

    /// The document of `diff`, with `state` and its `findings` when there is one.
    public init(_ diff: ReleaseDiff, state: StateDiff?, findings: [StateFinding]) {
        self.diff = diff
        migrationState = state.map { StateDiffReport.Document($0, findings: findings) }
    }

    private enum CodingKeys: String, CodingKey { case from, to, fromOrigin, toOrigin, machines, renames, migrationState }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(diff.fromOrigin, forKey: .fromOrigin)
        try container.encodeIfPresent(diff.toOrigin, forKey: .toOrigin)
        try container.encode(diff.from, forKey: .from)
        try container.encode(diff.to, forKey: .to)
        try container.encode(diff.machines, forKey: .machines)
        try container.encode(diff.renames, forKey: .renames)
        try container.encodeIfPresent(migrationState, forKey: .migrationState)
    }
}
