// The `name-check` policy rule: a bugfix machine's name extends its base's, and QEMU's migration
// destination compares only as many bytes of the name as the source sent. Where a branch's tree
// does that, a VM on the base machine is accepted by a destination started with the bugfix one,
// and silently takes on the fix.

extension BugfixPlanner {
    /// Warn once for the branches whose tree compares a prefix (which branches, where, what
    /// happens, what management must do), and per branch whose check could not be read; ok when
    /// every branch compares the whole name.
    func nameCheckRules(
        fix: BugfixFix, machines: [BugfixPlan.Machine], branches: [MachineVersion], baseRegistries: [MachineVersion: ReleaseRegistry]
    ) -> [BugfixPlan.PolicyVerdict] {
        var verdicts: [BugfixPlan.PolicyVerdict] = []
        var prefixBranches: [String] = []
        var wholeBranches: [String] = []
        var pairs: [MachineNameCheck.Extension] = []
        for branch in branches {
            guard let registry = baseRegistries[branch] else { continue }
            let carried = machines.filter { $0.definedIn.contains(branch.description) }
            guard !carried.isEmpty else { continue }
            guard let check = registry.nameCheck, check.rule != .unknown else {
                let why = registry.nameCheck?.reason ?? "the registry holds no reading of migration/savevm.c"
                verdicts.append(
                    .init(
                        rule: "name-check", verdict: .warn,
                        message: "\(branch) (\(registry.qemuVersion)): cannot tell how the migration destination compares machine names (\(why)); if it compares only a prefix, a VM on a base machine is accepted by a destination started with its bugfix machine"))
                continue
            }
            let place = "\(branch) (\(registry.qemuVersion)\(check.location.map { ", \($0)" } ?? ""))"
            // Derived from the names: the planned ones against those the branch registers.
            let names = registry.machines.filter(\.registered).map { ($0.target, $0.name) } + carried.map { ($0.target, $0.name) }
            let planned = Set(carried.map(\.name))
            let extending = MachineNameCheck.extensions(among: names).filter { planned.contains($0.extended) }
            if check.rule == .prefix && !extending.isEmpty {
                prefixBranches.append(place)
                pairs += extending.filter { !pairs.contains($0) }
            } else {
                wholeBranches.append(place)
            }
        }
        if !prefixBranches.isEmpty {
            let changes = (fix.compat.map { "\($0.key): \($0.old) → \($0.new)" } + fix.classFacts.map { "\($0.field): \($0.old) → \($0.new)" })
                .joined(separator: ", ")
            // The plan's first machine as the example, the way a reader meets them.
            let example = machines.lazy.compactMap { machine in pairs.first { $0.extended == machine.name && $0.target == machine.target } }.first ?? pairs[0]
            verdicts.append(
                .init(
                    rule: "name-check", verdict: .warn,
                    message: "\(prefixBranches.joined(separator: "; ")): the migration destination compares only the received machine name's length, and \(pairs.count) bugfix \(pairs.count == 1 ? "name extends its base's" : "names extend their base's"). "
                        + "A VM on \(example.base) is accepted by a destination started with \(example.extended) and silently takes on the fix (\(changes)); the reverse is refused. "
                        + "Management must never start a destination with a bugfix machine for a VM on its base; make every branch compare the whole name: guestabi bugfix generate --with-name-check-fix"))
        }
        if !wholeBranches.isEmpty {
            verdicts.append(
                .init(
                    rule: "name-check", verdict: .ok,
                    message: "\(wholeBranches.joined(separator: "; ")): the migration destination compares the whole machine name; a bugfix machine cannot be taken for its base"))
        }
        return verdicts
    }
}
