// The `name-check` policy rule: a bugfix machine's name extends its base's, and QEMU's migration
// destination compares only as many bytes of the name as the source sent. Where a branch's tree
// does that, a VM on the base machine is accepted by a destination started with the bugfix one,
// and silently takes on the fix.

extension BugfixPlanner {
    /// One verdict per branch: ok when the branch's tree compares the whole name, warn when it
    /// compares a prefix (naming the planned names that extend a registered one, what happens,
    /// and what management must do) or when the check could not be read.
    func nameCheckRules(
        fix: BugfixFix, machines: [BugfixPlan.Machine], branches: [MachineVersion], baseRegistries: [MachineVersion: ReleaseRegistry]
    ) -> [BugfixPlan.PolicyVerdict] {
        let changes = (fix.compat.map { "\($0.key): \($0.old) → \($0.new)" } + fix.classFacts.map { "\($0.field): \($0.old) → \($0.new)" })
            .joined(separator: ", ")
        var verdicts: [BugfixPlan.PolicyVerdict] = []
        for branch in branches {
            guard let registry = baseRegistries[branch] else { continue }
            let carried = machines.filter { $0.definedIn.contains(branch.description) }
            guard !carried.isEmpty else { continue }
            let release = "\(branch) (\(registry.qemuVersion))"
            guard let check = registry.nameCheck, check.rule != .unknown else {
                let why = registry.nameCheck?.reason ?? "the registry holds no reading of migration/savevm.c"
                verdicts.append(
                    .init(
                        rule: "name-check", verdict: .warn,
                        message: "\(release): cannot tell how the migration destination compares machine names (\(why)); if it compares only a prefix, a VM on a base machine is accepted by a destination started with its bugfix machine"))
                continue
            }
            // Derived from the names: the planned ones against those the branch registers.
            let names = registry.machines.filter(\.registered).map { ($0.target, $0.name) } + carried.map { ($0.target, $0.name) }
            let plannedNames = Set(carried.map(\.name))
            let pairs = MachineNameCheck.extensions(among: names).filter { plannedNames.contains($0.extended) }
            guard check.rule == .prefix, !pairs.isEmpty else {
                verdicts.append(
                    .init(
                        rule: "name-check", verdict: .ok,
                        message: "\(release): the migration destination compares the whole machine name (\(check.location?.description ?? check.function)); a bugfix machine cannot be taken for its base"))
                continue
            }
            let listed = pairs.map { "\($0.base) → \($0.extended)" }.joined(separator: ", ")
            let example = pairs[0]
            verdicts.append(
                .init(
                    rule: "name-check", verdict: .warn,
                    message: "\(release): the migration destination compares only the received name's length, \(check.citation), and each bugfix machine's name extends its base (\(listed)). "
                        + "A VM on \(example.base) is accepted by a destination started with \(example.extended), and the guest silently takes on the fix (\(changes)); the reverse is refused. "
                        + "Management must never start a destination with a bugfix machine for a VM on its base; add the whole-name check with `guestabi bugfix generate --with-name-check-fix`"))
        }
        return verdicts
    }
}
