/// Turns migration-state findings (``StateDiff``) into reasons of a verdict: the findings that
/// reach the VM — its target's CPU, and the devices it was asked about — become
/// `migration-state` reasons, breaking when the finding breaks in the verdict's direction;
/// conditional and unknown ones are listed, not failures (a `.needed` predicate or a custom
/// `VMStateInfo` is run time, not decidable here).
public enum StateReasons {
    /// What a verdict with state reasons covers, and what it still does not.
    public static let scope =
        "machine-type ABI and migration state read from sources (the target's CPU: VMState sections and TCG register tables;"
        + " devices given with --device when a release is a source tree; the embedded releases carry CPU state only); not compared: devices the machine creates itself, KVM register lists,"
        + " run-time subsection predicates (listed as conditional)"

    /// `verdict` with the reasons of `findings` (a diff whose A side is the verdict's source)
    /// added, its answer and scope updated.
    public static func apply(_ findings: [StateFinding], to verdict: MigrationVerdict) -> MigrationVerdict {
        var result = verdict
        result.scope = scope
        // A machine the destination does not register never starts migrating: state is moot.
        guard !verdict.reasons.contains(where: { $0.kind == .missing }) else { return result }
        let cpu = StateScope.cpuScope(for: verdict.target)
        let devices = Set(verdict.devices)
        var breaking: [MigrationReason] = []
        var listed: [MigrationReason] = []
        for finding in findings where finding.reaches(cpuScopes: [cpu], devices: devices) {
            let outcome = finding.forward
            guard outcome != .fine else { continue }
            let reason = MigrationReason(
                kind: .migrationState, message: message(finding, outcome: outcome), isBreaking: outcome == .breaks,
                drivers: finding.reach.compactMap { if case .device(let type) = $0 { type } else { nil } })
            if outcome == .breaks { breaking.append(reason) } else { listed.append(reason) }
        }
        guard !(breaking.isEmpty && listed.isEmpty) else { return result }
        let firstListed = result.reasons.firstIndex { !$0.isBreaking } ?? result.reasons.count
        result.reasons.insert(contentsOf: breaking, at: firstListed)
        result.reasons += listed
        if !breaking.isEmpty { result.verdict = .incompatible }
        return result
    }

    /// `cpu (vmstate_arm_cpu) breaks: …; why; A file:line, B file:line`.
    static func message(_ finding: StateFinding, outcome: StateOutcome) -> String {
        var text = "\(finding.kind.rawValue) \(finding.subject)"
        if finding.identifier != finding.subject { text += " (\(finding.identifier))" }
        text += " \(outcome.rawValue): " + finding.details.joined(separator: "; ")
        text += " — \(finding.why)"
        let sides = [finding.from.map { "source \($0)" }, finding.to.map { "destination \($0)" }].compactMap { $0 }
        if !sides.isEmpty { text += " [\(sides.joined(separator: ", "))]" }
        return text
    }
}
