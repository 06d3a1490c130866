/// Plans the bugfix machine types of one fix (see ``BugfixPlan``), from the registries it is
/// given: the stable branches' releases, and master's when held.
public struct BugfixPlanner: Sendable {
    /// The fix (validated).
    public var fix: BugfixFix
    /// The master release (`11.0.0`).
    public var master: QEMUVersion
    /// The stable branches (`10.0`, `10.1`…).
    public var branches: [MachineVersion]
    /// The families, or nil for every family the fix reaches.
    public var families: [MachineFamily]?
    /// Each branch's last stable release, where known (`10.0` → `10.0.13`).
    public var stableReleases: [MachineVersion: QEMUVersion]
    /// Every registry held.
    public var registries: [ReleaseRegistry]
    /// QEMU's lifecycle history.
    public var history: LifecycleHistory

    /// Creates a planner.
    public init(
        fix: BugfixFix, master: QEMUVersion, branches: [MachineVersion], families: [MachineFamily]? = nil,
        stableReleases: [MachineVersion: QEMUVersion] = [:], registries: [ReleaseRegistry], history: LifecycleHistory = .qemu
    ) {
        self.fix = fix
        self.master = master
        self.branches = branches
        self.families = families
        self.stableReleases = stableReleases
        self.registries = registries.sorted { $0.qemuVersion < $1.qemuVersion }
        self.history = history
    }

    /// The plan, or bad input (a branch not older than master, a stable release outside its
    /// series, no family reached, a family without the branch's machine).
    public func plan() throws(GuestABIError) -> BugfixPlan {
        let fix = try self.fix.validated()
        let branches = Array(Set(self.branches)).sorted()
        guard !branches.isEmpty else {
            throw GuestABIError(.invalidValue, input: "", reason: "no stable branch given", hint: "give --branches 10.0,10.1,…")
        }
        for branch in branches {
            guard branch.micro == nil, branch.tag == nil else {
                throw GuestABIError(.invalidValue, input: branch.description, reason: "a branch is X.Y", hint: "e.g. --branches 10.0,10.1")
            }
            guard branch < master.effectiveRelease.machineVersion else {
                throw GuestABIError(
                    .invalidValue, input: branch.description, reason: "the branch is not older than master \(master.machineVersion)",
                    hint: "stable branches are released series older than master")
            }
        }
        for (branch, release) in stableReleases where release.machineVersion != branch || !release.isRelease {
            throw GuestABIError(
                .invalidValue, input: "\(branch)=\(release)", reason: "the stable release is not a release of the \(branch) series",
                hint: "e.g. --stable-release \(branch)=\(branch).13")
        }
        var policy: [BugfixPlan.PolicyVerdict] = []

        // Each branch's next stable release, and the registry its base machine's ABI comes from.
        var nextReleases: [MachineVersion: QEMUVersion] = [:]
        var baseRegistries: [MachineVersion: ReleaseRegistry] = [:]
        for branch in branches {
            let held = registries.last { $0.qemuVersion.isRelease && $0.qemuVersion.machineVersion == branch }
            let lastStable = stableReleases[branch] ?? held?.qemuVersion
            if lastStable == nil {
                policy.append(
                    .init(
                        rule: "stable-release", verdict: .warn,
                        message: "no release of the \(branch) series is known: assuming \(branch).0 is the last one, so its bugfix machine is \(branch).1; give --stable-release \(branch)=\(branch).N"))
            }
            let last = lastStable ?? QEMUVersion(branch.major, branch.minor, 0)
            nextReleases[branch] = QEMUVersion(last.major, last.minor, last.micro + 1)
            let exact = registries.first { $0.qemuVersion == last }
            // Otherwise the newest release holding the branch's machines, a snapshot only if no
            // release does.
            let fallback =
                registries.last { $0.qemuVersion.isRelease && $0.qemuVersion.machineVersion >= branch }
                ?? registries.last { $0.qemuVersion.effectiveRelease.machineVersion >= branch }
            guard let base = exact ?? held ?? fallback else {
                throw GuestABIError(
                    .invalidValue, input: branch.description, reason: "no registry holds the \(branch) machines",
                    hint: "add one with --registry (guestabi extract TREE --format json)")
            }
            baseRegistries[branch] = base
        }

        let families: [MachineFamily]
        if let chosen = self.families {
            families = chosen
        } else {
            families = try reachedFamilies()
        }
        var machines: [BugfixPlan.Machine] = []
        var skipped: [String] = []
        var backportNoted: Set<String> = []
        for branch in branches {
            guard let base = baseRegistries[branch], let next = nextReleases[branch] else { continue }
            let version = MachineVersion(branch.major, branch.minor, micro: next.micro)
            for family in families {
                let baseName = "\(family.namePrefix)-\(branch)"
                guard let machine = base.machines.first(where: { $0.family == family && $0.name == baseName && $0.registered }) else {
                    throw GuestABIError(
                        .invalidValue, input: family.rawValue, reason: "\(base.qemuVersion) registers no \(baseName)",
                        hint: "leave the family out (--family) or give a registry of the \(branch) series")
                }
                var abi = machine.effectiveCompat
                let factValues = machine.effectiveClassFacts
                // Effective values: the machine's entry, else the property's default in that
                // release (the device property model), so a base whose default already is the
                // fixed value needs no bugfix machine.
                let effective = EffectiveFixValues(fix: fix, abi: abi, registry: base)
                let unchanged = effective.alreadyFixed + fix.classFacts.filter { factValues[$0.field] == $0.new }.map(\.field)
                let unknownOld = fix.classFacts.filter { factValues[$0.field] == nil }.map(\.field)
                if unchanged.count == fix.compat.count + fix.classFacts.count {
                    policy.append(
                        .init(
                            rule: "fix-values", verdict: .ok,
                            message: "no bugfix machine for \(baseName) in \(branch): \(base.qemuVersion) already has the fixed value of \(effective.describe(unchanged)), so a \(family.namePrefix)-\(version) would equal it"))
                    skipped.append(baseName)
                    continue
                }
                if !unchanged.isEmpty {
                    policy.append(
                        .init(
                            rule: "fix-values", verdict: .warn,
                            message: "\(baseName) in \(base.qemuVersion) already has the fixed value of \(effective.describe(unchanged)): its bugfix machine would not differ there; leave the family out or check the fix's old values"))
                }
                if !unknownOld.isEmpty {
                    policy.append(
                        .init(
                            rule: "fix-values", verdict: .warn,
                            message: "\(baseName)'s options chain never sets \(unknownOld.joined(separator: ", ")) in \(base.qemuVersion): the fix's old value cannot be checked there"))
                }
                for change in effective.absent where backportNoted.insert("\(branch)/\(change.key)").inserted {
                    policy.append(
                        .init(
                            rule: "backport-default", verdict: .warn,
                            message: "\(branch) (\(base.qemuVersion)) has no \(change.key): the backport brings the property to stable-\(branch); give it the old value `\(change.old)` as its default there (or pin `\(change.old)` for every existing machine type of the branch), so the branch's existing machine types keep their ABI and only the bugfix machines set `\(change.new)`; `guestabi lint --branches` fails a default that changes an existing machine's effective value"))
                }
                for change in fix.compat { abi[change.key] = change.new }
                var facts = factValues
                for change in fix.classFacts { facts[change.field] = change.new }
                let definedIn = branches.filter { $0 >= branch }.map(\.description) + ["master"]
                machines.append(
                    BugfixPlan.Machine(
                        name: "\(family.namePrefix)-\(version)", family: family, target: family.target, branch: branch.description,
                        version: version, base: baseName,
                        before: "\(family.namePrefix)-\(branch.release.nextFeatureRelease.machineVersion)", definedIn: definedIn,
                        abiFrom: base.qemuVersion, abi: abi, classFacts: facts, deprecatedIn: history.deprecatedIn(version),
                        deletedIn: history.deletedIn(version)))
            }
        }

        if machines.isEmpty, !skipped.isEmpty {
            policy.append(
                .init(
                    rule: "fix-values", verdict: .refuse,
                    message: "every base machine already has the fixed values (\(skipped.joined(separator: ", "))): the fix needs no bugfix machine; check its old and new values"))
        }
        // Holes and a release order only for machines that exist.
        let holes = machines.isEmpty ? [] : self.holes(branches: branches, nextReleases: nextReleases)
        let releaseOrder =
            machines.isEmpty
            ? []
            : ["master (\(master.machineVersion)) first: the fix and every bugfix machine land there"]
                + branches.reversed().compactMap { branch in nextReleases[branch].map { "\($0) (stable-\(branch))" } }
        policy += rules(machines: machines, branches: branches, baseRegistries: baseRegistries, holes: holes)
        policy += nameCheckRules(fix: fix, machines: machines, branches: branches, baseRegistries: baseRegistries)
        var nextByBranch: [String: QEMUVersion] = [:]
        for (branch, release) in nextReleases { nextByBranch[branch.description] = release }
        return BugfixPlan(
            fix: fix, master: master, branches: nextByBranch, machines: machines, holes: holes, releaseOrder: releaseOrder,
            policy: policy)
    }

    /// The families the fix reaches in the newest registry: for compat entries every family
    /// whose machines apply the shared `hw_compat_*` arrays (that is where the pins of a device
    /// default go, and every target can have the device) — unless the tree pins the fix's
    /// drivers only in some families' own arrays, then those families —, for class facts the
    /// families whose machines set one of the fields.
    private func reachedFamilies() throws(GuestABIError) -> [MachineFamily] {
        guard let newest = registries.last else {
            throw GuestABIError(.invalidValue, input: fix.title, reason: "no registry is held", hint: "add one with --registry")
        }
        let fields = Set(fix.classFacts.map(\.field))
        // A driver the newest tree pins only in family arrays (`x86_64-cpu` in `pc_compat_*`)
        // belongs to those families; one it pins in the shared `hw_compat_*` arrays, or
        // nowhere yet, to every family that applies them.
        let drivers = Set(fix.compat.map(\.driver))
        var pinningFamilies: Set<MachineFamily> = []
        var pinnedInShared = false
        for machine in newest.machines where machine.registered {
            for entry in machine.compat where drivers.contains(entry.driver) {
                if entry.source.origin.hasPrefix("hw_compat_") { pinnedInShared = true } else { pinningFamilies.insert(machine.family) }
            }
        }
        let compatFamilies: Set<MachineFamily>? = fix.compat.isEmpty || pinnedInShared || pinningFamilies.isEmpty ? nil : pinningFamilies
        var reached: Set<MachineFamily> = []
        for machine in newest.machines where machine.registered && !reached.contains(machine.family) {
            let sharesArrays = machine.compat.contains { $0.source.origin.hasPrefix("hw_compat_") }
            let compatReaches = !fix.compat.isEmpty && (compatFamilies.map { $0.contains(machine.family) } ?? sharesArrays)
            if compatReaches || machine.classFacts.contains(where: { fields.contains($0.field) }) {
                reached.insert(machine.family)
            }
        }
        reached.subtract([.pcLegacy, .xenfv])
        guard !reached.isEmpty else {
            throw GuestABIError(
                .invalidValue, input: fix.title, reason: "no family of \(newest.qemuVersion) sets the fix's fields or applies the shared compat arrays",
                hint: "name the families with --family pc-q35 --family arm-virt …")
        }
        return reached.sorted()
    }

    /// For each bugfix version, the later branches' releases published before they carry it,
    /// and the releases between the branches that are not maintained at all.
    private func holes(branches: [MachineVersion], nextReleases: [MachineVersion: QEMUVersion]) -> [BugfixPlan.Hole] {
        var holes: [BugfixPlan.Hole] = []
        for branch in branches {
            guard let first = nextReleases[branch] else { continue }
            let version = MachineVersion(branch.major, branch.minor, micro: first.micro)
            var series = branch.release.nextFeatureRelease
            while series.machineVersion < master.effectiveRelease.machineVersion {
                let seriesVersion = series.machineVersion
                if let next = nextReleases[seriesVersion] {
                    if next.micro > 0 {
                        let last = QEMUVersion(series.major, series.minor, next.micro - 1)
                        holes.append(
                            .init(
                                version: version, branch: seriesVersion.description, first: series, last: last,
                                message: (last == series ? "\(series) lacks" : "\(series) – \(last) lack") + " the \(version) machines: a VM started on \(first) with one of them can move to the \(seriesVersion) series only from \(next) on"))
                    }
                } else {
                    holes.append(
                        .init(
                            version: version, branch: seriesVersion.description, first: series, last: nil,
                            message: "the \(seriesVersion) series is not in --branches, so none of its releases will carry the \(version) machines: a VM started on \(first) with one cannot move to \(seriesVersion).x at all"))
                }
                series = series.nextFeatureRelease
            }
        }
        return holes
    }

    private func rules(
        machines: [BugfixPlan.Machine], branches: [MachineVersion], baseRegistries: [MachineVersion: ReleaseRegistry],
        holes: [BugfixPlan.Hole]
    ) -> [BugfixPlan.PolicyVerdict] {
        var rules: [BugfixPlan.PolicyVerdict] = []
        // Micro versions only, never a name that already exists.
        let existing = Set(registries.flatMap { $0.machines.map(\.name) })
        let clashes = machines.map(\.name).filter(existing.contains)
        rules.append(
            clashes.isEmpty
                ? .init(rule: "micro-version", verdict: .ok, message: "every bugfix machine is named X.Y.N with N the branch's next stable release; no string tags")
                : .init(rule: "micro-version", verdict: .refuse, message: "already defined: \(clashes.joined(separator: ", ")); pick the next stable release with --stable-release"))

        // A "fix" that restores the ABI a machine had at its series' first release is a
        // regression fix: repair the existing machine type.
        for branch in branches {
            guard let first = registries.first(where: { $0.qemuVersion.isRelease && $0.qemuVersion.machineVersion == branch }),
                let current = baseRegistries[branch]
            else { continue }
            for family in Set(machines.filter { $0.branch == branch.description }.map(\.family)).sorted() {
                let name = "\(family.namePrefix)-\(branch)"
                guard let then = first.machines.first(where: { $0.name == name && $0.family == family }),
                    let now = current.machines.first(where: { $0.name == name && $0.family == family })
                else { continue }
                let thenCompat = then.effectiveCompat
                let nowCompat = now.effectiveCompat
                let thenFacts = then.effectiveClassFacts
                let nowFacts = now.effectiveClassFacts
                let restores =
                    fix.compat.allSatisfy { thenCompat[$0.key] == $0.new && nowCompat[$0.key] != $0.new }
                    && fix.classFacts.allSatisfy { thenFacts[$0.field] == $0.new && nowFacts[$0.field] != $0.new }
                if restores && (!fix.compat.isEmpty || !fix.classFacts.isEmpty) {
                    rules.append(
                        .init(
                            rule: "regression", verdict: .refuse,
                            message: "\(name) had the fixed values in \(first.qemuVersion) and lost them by \(current.qemuVersion): a backport regressed it; fix the regression in \(name) itself, no new machine type"))
                }
            }
        }
        if !rules.contains(where: { $0.rule == "regression" }) {
            rules.append(.init(rule: "regression", verdict: .ok, message: "the fix does not restore values a branch machine had in the first release of its series that the registry holds"))
        }

        // The fix must need a compat pin in master, else no machine type is needed at all.
        if let masterRegistry = registries.last(where: { $0.qemuVersion.effectiveRelease >= master.effectiveRelease }) {
            let pinned = masterRegistry.machines.contains { machine in
                machine.version < master.machineVersion
                    && (fix.compat.contains { change in machine.compat.contains { $0.key == change.key && $0.value == change.old } }
                        || fix.classFacts.contains { change in machine.classFacts.contains { $0.field == change.field && $0.value == change.old } })
            }
            rules.append(
                pinned
                    ? .init(rule: "abi-change", verdict: .ok, message: "master \(masterRegistry.qemuVersion) pins the old values for older machines: the fix changes guest ABI")
                    : .init(rule: "abi-change", verdict: .refuse, message: "master \(masterRegistry.qemuVersion) pins none of the old values for older machines: the fix does not change guest ABI, no bugfix machine is needed"))
        } else {
            rules.append(
                .init(
                    rule: "abi-change", verdict: .warn,
                    message: "no registry of master \(master.machineVersion) is held, so whether master pins the old values cannot be checked; add it with --registry"))
        }

        // Rare by design: at most one bugfix machine a year and one per stable stream.
        var existingBugfix: Set<MachineVersion> = []
        for registry in registries {
            for machine in registry.machines where machine.version.isBugfix { existingBugfix.insert(machine.version) }
        }
        let years = Set(machines.map(\.version.major))
        let sameYear = existingBugfix.filter { years.contains($0.major) }.sorted()
        let sameStream = existingBugfix.filter { version in branches.contains(version.base) }.sorted()
        if !sameStream.isEmpty {
            rules.append(
                .init(
                    rule: "rate", verdict: .warn,
                    message: "the stream already has a bugfix machine (\(sameStream.map(\.description).joined(separator: ", "))): more than one per stable stream means the bar is too low"))
        } else if !sameYear.isEmpty {
            rules.append(
                .init(
                    rule: "rate", verdict: .warn,
                    message: "\(sameYear.map(\.description).joined(separator: ", ")) already \(sameYear.count == 1 ? "is a bugfix machine" : "are bugfix machines") of the same year: more than one a year means the bar is too low"))
        } else {
            let known = existingBugfix.sorted().map(\.description).joined(separator: ", ")
            rules.append(.init(rule: "rate", verdict: .ok, message: "no other bugfix machine this year or in these streams" + (known.isEmpty ? "" : " (known: \(known))")))
        }

        // Lifetime: each bugfix machine lives and dies with its X.Y.
        for branch in branches {
            let version = MachineVersion(branch.major, branch.minor, micro: 1)
            let deprecated = history.deprecatedIn(version).map(\.description) ?? "never"
            let deleted = history.deletedIn(version).map(\.description) ?? "never"
            rules.append(
                .init(rule: "lifetime", verdict: .ok, message: "\(branch).N machines are deprecated in \(deprecated) and deleted in \(deleted), with \(branch) (6 years, 18 releases)"))
        }
        if holes.contains(where: { $0.last == nil }) {
            rules.append(
                .init(
                    rule: "unmaintained-series", verdict: .warn,
                    message: "some series between the oldest branch and master are not in --branches; their releases never carry the bugfix machines (see holes)"))
        }
        return rules
    }
}
