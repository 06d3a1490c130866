public import GuestABI

/// Renders a ``BugfixPlan`` for a stable maintainer.
public enum BugfixPlanReport {
    /// The text report: machines, where to define them, holes, lifecycle, policy.
    public static func text(_ plan: BugfixPlan) -> String {
        var output = "bugfix machine types for: \(plan.fix.title)\n"
        output += "master \(plan.master.machineVersion); stable releases: "
            + plan.branches.sorted { $0.value < $1.value }.map { "\($0.key) → \($0.value)" }.joined(separator: ", ") + "\n"
        output += "verdict: \(plan.verdict.rawValue)\n\n"
        guard !plan.machines.isEmpty else {
            // Nothing to define, carry or release: the policy says why.
            output += "no bugfix machine: every base machine already has the fixed values\n"
            output += "\npolicy:\n"
            for rule in plan.policy { output += "  \(rule.verdict.rawValue.uppercased().padding(6)) \(rule.rule): \(rule.message)\n" }
            return output
        }
        var table = TextTable(header: ["MACHINE", "TARGET", "AFTER", "BEFORE", "DEFINED IN", "ABI FROM", "DEPRECATED", "DELETED"])
        for machine in plan.machines {
            table.append([
                machine.name, machine.target.rawValue, machine.base, machine.before, machine.definedIn.joined(separator: ","),
                machine.abiFrom.description, machine.deprecatedIn?.description ?? "-", machine.deletedIn?.description ?? "-",
            ])
        }
        output += table.render()
        output += "\nthe fix, as the bugfix machines get it (existing machines keep the old values):\n"
        for change in plan.fix.compat { output += "  \(change.key): \(change.old) → \(change.new)\n" }
        for change in plan.fix.classFacts { output += "  \(change.field): \(change.old) → \(change.new)\n" }
        output += "\nmigration holes:\n"
        if plan.holes.isEmpty { output += "  none\n" }
        for hole in plan.holes { output += "  - \(hole.message)\n" }
        output += "\nrelease order that opens no new hole:\n"
        for (index, step) in plan.releaseOrder.enumerated() { output += "  \(index + 1). \(step)\n" }
        output += "\npolicy:\n"
        for rule in plan.policy { output += "  \(rule.verdict.rawValue.uppercased().padding(6)) \(rule.rule): \(rule.message)\n" }
        return output
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
