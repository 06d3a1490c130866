public import QMP

/// The text forms of `guestabi vmstate-diff`.
public enum VMStateDiffText {
    /// Parity mode: the findings in the wording of QEMU's checker, then a count.
    public static func parity(_ findings: [VMStateFinding]) -> String {
        var output = findings.map { $0.message + "\n" }.joined()
        output += "\(findings.count) problem\(findings.count == 1 ? "" : "s") (every device type compiled in, whatever the VM has)\n"
        return output
    }

    /// Scoped mode: the verdict, the findings that break the VM, then those that cannot, grouped
    /// by reason.
    public static func scoped(_ check: ScopedVMStateCheck) -> String {
        var output = "\(check.machine) with \(check.vmDevices.count) device types: \(check.verdict.rawValue.uppercased())\n"
        let groups: [(ScopedVMStateCheck.Bearing, String)] = [
            (.breaks, "can break this VM"),
            (.onlyIfSubsectionNeeded, "only if the guest state needs the subsection"),
            (.notComparable, "not comparable from the dumps"),
        ]
        for (bearing, title) in groups {
            let judged = check.findings.filter { $0.bearing == bearing }
            guard !judged.isEmpty else { continue }
            output += "\n\(title) (\(judged.count)):\n"
            for item in judged { output += "  \(item.finding.message)\n    \(item.reason)\n" }
        }
        let absent = check.findings.filter { $0.bearing == .notInVM }.count
        output += "\ncannot break this VM: \(absent) finding\(absent == 1 ? "" : "s") on device types the VM does not have\n"
        return output
    }
}
