/// The state rule of `guestabi lint`: inside one stable series (10.0.2 → 10.0.13) the migrated
/// state must not change at all — any finding of ``StateDiff`` other than a wire-neutral one
/// fails, whichever direction it breaks (a stable update must migrate both ways).
public enum StateLint {
    /// The findings of `tree` against `base` when both are releases of one stable series;
    /// none otherwise.
    public static func findings(base: StateModel, tree: StateModel) -> [LintFinding] {
        guard let old = try? QEMUVersion(parsing: base.qemuVersion), let new = try? QEMUVersion(parsing: tree.qemuVersion),
            old.isRelease, new.isRelease, old.machineVersion == new.machineVersion
        else { return [] }
        return StateDiff(base, tree).findings.filter { $0.direction != .wireNeutral }.map { finding in
            LintFinding(
                rule: .stableStateChange,
                message: "\(finding.kind.rawValue) \(finding.subject) (\(finding.identifier)) changes migrated state inside "
                    + "\(old.major).\(old.minor).x: \(finding.direction.rawValue) — "
                    + finding.details.joined(separator: "; "),
                location: finding.to ?? finding.from, key: "state/\(finding.kind.rawValue)/\(finding.identifier)")
        }
    }
}
