public import GuestABI

/// The checks of `bugfix verify` that the probes alone answer: where each planned machine is
/// registered, whether an unpatched binary's machines are unchanged, and whether each bugfix
/// machine has one effective ABI everywhere. No process is started here.
public enum BugfixStaticChecks {
    /// A probed binary with the branch it plays.
    public struct Probed: Sendable {
        public var branch: String
        public var report: ProbeReport
        public var baseline: Bool

        /// Pairs a branch and its probe.
        public init(branch: String, report: ProbeReport, baseline: Bool = false) {
            self.branch = branch
            self.report = report
            self.baseline = baseline
        }

        /// `10.0 (QEMU 10.0.13)`.
        public var label: String { "\(branch)\(baseline ? " baseline" : "") (QEMU \(report.qemuVersion))" }
    }

    /// The planned machines a binary of `target` can register.
    static func planned(_ plan: BugfixPlan, for report: ProbeReport) -> [BugfixPlan.Machine] {
        plan.machines.filter { report.target == nil || $0.target == report.target }
    }

    /// One check per planned machine: registered by the binary of every branch `definedIn`
    /// names, by no other; branches without a binary are named as not checked.
    public static func registration(plan: BugfixPlan, patched: [Probed]) -> [BugfixVerification.Check] {
        var seenNames: Set<String> = []
        return plan.machines.compactMap { machine in
            guard seenNames.insert(machine.name).inserted else { return nil }
            var evidence: [String] = []
            var failed = false
            var checked = false
            for probed in patched where probed.report.target == nil || probed.report.target == machine.target {
                checked = true
                let registered = probed.report.machine(named: machine.name) != nil
                let wanted = machine.definedIn.contains(probed.branch)
                switch (wanted, registered) {
                case (true, true): evidence.append("registered by \(probed.label), as the plan defines it there")
                case (false, false): evidence.append("not registered by \(probed.label), as the plan says")
                case (true, false):
                    failed = true
                    evidence.append(
                        "NOT registered by \(probed.label) although the plan defines it there: was the binary built from the branch patched with `bugfix generate --branch \(probed.branch)`?")
                case (false, true):
                    failed = true
                    evidence.append("registered by \(probed.label) although the plan does not define it on that branch")
                }
            }
            let unchecked = machine.definedIn.filter { branch in !patched.contains { $0.branch == branch } }
            if !unchecked.isEmpty {
                evidence.append("no binary given for \(unchecked.joined(separator: ", ")): not checked there")
            }
            let status: BugfixVerification.Status = failed ? .fail : checked ? .pass : .skipped
            return .init(kind: .registered, status: status, subject: machine.name, evidence: evidence)
        }
    }

    /// One check per baseline: every machine it registers is in the patched binary of its
    /// branch with the same compat list and effective values, and the patched binary adds only
    /// the machines planned for that branch.
    public static func baseUnchanged(plan: BugfixPlan, patched: [Probed], baselines: [Probed]) -> [BugfixVerification.Check] {
        baselines.map { baseline in
            let subject = "branch \(baseline.branch)"
            guard let probed = patched.first(where: { $0.branch == baseline.branch }) else {
                return .init(
                    kind: .baseUnchanged, status: .skipped, subject: subject,
                    evidence: ["no patched binary given for \(baseline.branch) to compare \(baseline.label) with"])
            }
            var evidence: [String] = []
            var differences: [String] = []
            var missing: [String] = []
            var compared = 0
            var valuesCompared = 0
            for machine in baseline.report.machines {
                guard let after = probed.report.machine(named: machine.name) else {
                    missing.append(machine.name)
                    continue
                }
                compared += 1
                if machine.compat != nil, after.compat != nil, machine.compat.map(Self.entries) != after.compat.map(Self.entries) {
                    differences.append("\(machine.name): compat list \(machine.compat?.count ?? 0) → \(after.compat?.count ?? 0) entries")
                    continue
                }
                for row in machine.effective ?? [] {
                    let before = EffectiveLookup.find(baseline.report, machine: machine, driver: row.driver, property: row.property)
                    let now = EffectiveLookup.find(probed.report, machine: after, driver: row.driver, property: row.property)
                    valuesCompared += 1
                    if case .value(let old) = before, case .value(let new) = now,
                        EffectiveLookup.normalised(old) != EffectiveLookup.normalised(new)
                    {
                        differences.append("\(machine.name): \(row.driver).\(row.property) \(old) → \(new)")
                    }
                }
            }
            let planned = Set(plan.machines(definedIn: baseline.branch).map(\.name))
            let added = probed.report.machines.map(\.name).filter { baseline.report.machine(named: $0) == nil }
            let unplanned = added.filter { !planned.contains($0) }
            evidence.append(
                "\(compared) machines of \(baseline.label) compared with \(probed.label): compat lists and \(valuesCompared) effective values"
                    + (differences.isEmpty ? ", all equal" : ", \(differences.count) differences"))
            evidence += differences.prefix(20).map { "changed: " + $0 }
            if differences.count > 20 { evidence.append("… and \(differences.count - 20) more") }
            if !missing.isEmpty { evidence.append("missing from the patched binary: " + missing.joined(separator: ", ")) }
            evidence.append("added by the patched binary: " + (added.isEmpty ? "nothing" : added.joined(separator: ", ")))
            if !unplanned.isEmpty { evidence.append("not planned for \(baseline.branch): " + unplanned.joined(separator: ", ")) }
            let failed = !differences.isEmpty || !missing.isEmpty || !unplanned.isEmpty
            return .init(kind: .baseUnchanged, status: failed ? .fail : .pass, subject: subject, evidence: evidence)
        }
    }

    /// One check per bugfix machine registered somewhere: the fix's properties have the new
    /// value in every binary, its base keeps the old one, and every property any of those
    /// binaries' effective tables holds has the same value in each binary that has it.
    public static func sameABI(plan: BugfixPlan, patched: [Probed]) -> [BugfixVerification.Check] {
        var seenNames: Set<String> = []
        return plan.machines.compactMap { planned in
            guard seenNames.insert(planned.name).inserted else { return nil }
            let holders = patched.compactMap { probed in probed.report.machine(named: planned.name).map { (probed, $0) } }
            guard !holders.isEmpty else {
                return .init(kind: .sameABI, status: .skipped, subject: planned.name, evidence: ["no binary registers it"])
            }
            var evidence: [String] = []
            var failed = false
            // The fix itself: new on the bugfix machine, old on its base, in every binary.
            for change in plan.fix.compat {
                for (probed, machine) in holders {
                    for (name, want, found) in [
                        (planned.name, change.new, fixValue(change, probed.report, machine)),
                        (planned.base, change.old, probed.report.machine(named: planned.base).map { fixValue(change, probed.report, $0) }
                            ?? .unknown("\(planned.base) is not registered")),
                    ] {
                        switch found {
                        case .value(let value) where EffectiveLookup.normalised(value) == EffectiveLookup.normalised(want):
                            evidence.append("\(probed.label): \(name) has \(change.key) = \(value), as the fix says")
                        case .value(let value):
                            failed = true
                            evidence.append("\(probed.label): \(name) has \(change.key) = \(value), the fix says \(want)")
                        case .absent:
                            failed = true
                            evidence.append("\(probed.label): no \(change.key) in this binary")
                        case .unknown(let why):
                            failed = true
                            evidence.append("\(probed.label): \(name)'s \(change.key) is not known (\(why))")
                        }
                    }
                }
            }
            if !plan.fix.classFacts.isEmpty {
                evidence.append(
                    "class facts (\(plan.fix.classFacts.map(\.field).joined(separator: ", "))) are not visible over QMP: not checked here")
            }
            // Every property any binary's table holds, across the binaries.
            var keys: Set<EffectiveKey> = []
            for (_, machine) in holders {
                for row in machine.effective ?? [] { keys.insert(EffectiveKey(driver: row.driver, property: row.property)) }
            }
            var equal = 0
            var onlySome: [String] = []
            var unknown: [String] = []
            var inherited: [String] = []
            for key in keys.sorted() {
                let found = holders.map { probed, machine in
                    (probed.label, EffectiveLookup.find(probed.report, machine: machine, driver: key.driver, property: key.property))
                }
                var values: [(String, String)] = []
                for (label, lookup) in found {
                    switch lookup {
                    case .value(let value): values.append((label, value))
                    case .absent: break
                    case .unknown(let why): unknown.append("\(key.driver).\(key.property) in \(label) (\(why))")
                    }
                }
                if Set(values.map { EffectiveLookup.normalised($0.1) }).count > 1 {
                    // The base machine differing alike across the same binaries is an upstream
                    // change between the releases (a CPU model's cache, say), not the plan's:
                    // the bugfix machine is still its base plus the fix everywhere.
                    let baseValues = holders.map { probed, _ -> String? in
                        guard let base = probed.report.machine(named: planned.base),
                            case .value(let value) = EffectiveLookup.find(probed.report, machine: base, driver: key.driver, property: key.property)
                        else { return nil }
                        return EffectiveLookup.normalised(value)
                    }
                    let bugfixValues = found.map { _, lookup -> String? in
                        if case .value(let value) = lookup { return EffectiveLookup.normalised(value) }
                        return nil
                    }
                    let line = "\(key.driver).\(key.property) = " + values.map { "\($0.1) in \($0.0)" }.joined(separator: ", ")
                    if baseValues == bugfixValues {
                        inherited.append(line)
                    } else {
                        failed = true
                        evidence.append("DIFFERS: " + line)
                    }
                } else if values.count == holders.count {
                    equal += 1
                } else if !values.isEmpty {
                    onlySome.append("\(key.driver).\(key.property)")
                }
            }
            let compatCounts = holders.map { probed, machine in "\(machine.compat?.count ?? 0) in \(probed.branch)" }
            evidence.append(
                holders.count > 1
                    ? "effective ABI across \(holders.map(\.0.label).joined(separator: ", ")): \(equal) properties equal (compat entries: \(compatCounts.joined(separator: ", ")))"
                    : "effective ABI only in \(holders[0].0.label) (\(equal) properties): no other binary registers it to compare with")
            if !onlySome.isEmpty {
                evidence.append(
                    "\(onlySome.count) exist in some binaries only (the others have no such property): "
                        + onlySome.prefix(8).joined(separator: ", ") + (onlySome.count > 8 ? ", …" : ""))
            }
            if !unknown.isEmpty {
                evidence.append("\(unknown.count) not comparable: " + unknown.prefix(5).joined(separator: "; "))
            }
            if !inherited.isEmpty {
                evidence.append(
                    "\(inherited.count) differ alike for the base \(planned.base) across these binaries (an upstream change between the releases, not the plan's; VMs on the base see it too): "
                        + inherited.prefix(4).joined(separator: "; ") + (inherited.count > 4 ? "; …" : ""))
            }
            let status: BugfixVerification.Status = failed ? .fail : inherited.isEmpty ? .pass : .warn
            return .init(kind: .sameABI, status: status, subject: planned.name, evidence: evidence)
        }
    }

    /// The value of the fix's property on `machine`: on its driver when that is concrete, else
    /// on the concrete types below it (one value when they agree).
    static func fixValue(_ change: BugfixFix.CompatChange, _ report: ProbeReport, _ machine: ProbeReport.Machine) -> EffectiveLookup {
        if !report.abstractTypes.contains(change.driver) {
            return EffectiveLookup.find(report, machine: machine, driver: change.driver, property: change.property)
        }
        let below = Set(
            (machine.effective ?? []).filter {
                $0.property == change.property && QOMAncestry.descends($0.driver, from: change.driver, parents: report.types)
            }.map(\.driver))
        let values = Set(below.map { EffectiveLookup.find(report, machine: machine, driver: $0, property: change.property) })
        if values.count == 1, let only = values.first { return only }
        return values.isEmpty ? .absent : .unknown("its concrete subtypes disagree")
    }

    static func entries(_ list: [CompatProperty]) -> [String] {
        list.map { "\($0.driver).\($0.property)=\($0.value)" }
    }
}
