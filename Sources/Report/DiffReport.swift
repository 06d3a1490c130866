public import GuestABI

/// Renders a ``ReleaseDiff`` as text: one line per machine, and under a changed machine one
/// line per difference with the array or function it comes from on each side.
public enum DiffReport {
    /// The text report.
    public static func text(_ diff: ReleaseDiff) -> String {
        func label(_ version: QEMUVersion, _ origin: String?) -> String {
            guard diff.from == diff.to, let origin else { return version.description }
            return "\(version) (\(origin))"
        }
        var output = "guest-ABI diff \(label(diff.from, diff.fromOrigin)) → \(label(diff.to, diff.toOrigin))\n"
        var counts: [MachineComparison.Status: Int] = [:]
        for machine in diff.machines { counts[machine.status, default: 0] += 1 }
        output += [MachineComparison.Status.identical, .changed, .added, .removed]
            .map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + "\n"
        if diff.machines.isEmpty {
            output += "no machine matches\n"
        }
        for rename in diff.renames {
            output += "renamed (the same setting, not a difference): \(rename.target)/\(rename.description)\n"
        }
        var identical: [Target: [String]] = [:]
        for machine in diff.machines {
            guard machine.status != .identical || !machine.notes.isEmpty else {
                identical[machine.target, default: []].append(machine.name)
                continue
            }
            output += "\n\(machine.target)/\(machine.name): \(machine.status.rawValue)"
            let details = (machine.status == .changed ? ["\(machine.changes.count) differences"] : []) + machine.notes
            output += details.isEmpty ? "\n" : " (\(details.joined(separator: "; ")))\n"
            for change in machine.changes {
                output += "  " + line(change) + "\n"
            }
        }
        if !identical.isEmpty {
            output += "\nidentical:\n"
            for (target, names) in identical.sorted(by: { $0.key < $1.key }) {
                output += "  \(target): \(names.joined(separator: " "))\n"
            }
        }
        return output
    }

    /// `~ virtio-net-pci.x-foo: off [hw_compat_9_2 hw/core/machine.c:40] → on [hw_compat_9_2 …]`.
    public static func line(_ change: ABIChange) -> String {
        func side(_ setting: ABISetting?) -> String {
            guard let setting else { return "unset" }
            return "\(setting) [\(setting.source)]"
        }
        let mark: String
        switch change.kind {
        case .added: mark = "+"
        case .removed: mark = "-"
        case .changed: mark = "~"
        }
        switch change.kind {
        case .added: return "\(mark) \(change.subject) = \(side(change.after))"
        case .removed: return "\(mark) \(change.subject) = \(side(change.before))"
        case .changed: return "\(mark) \(change.subject): \(side(change.before)) → \(side(change.after))"
        }
    }
}
