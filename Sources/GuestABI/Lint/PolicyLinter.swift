/// Checks the bugfix-machine policy on a tree's registry: against its base (what changed) and
/// on its own (what it holds), optionally with the registries of other branches.
public struct PolicyLinter: Sendable {
    /// The linted tree.
    public var tree: ReleaseRegistry
    /// The tree it is compared with (the target branch of a merge request, the previous tag).
    public var base: ReleaseRegistry?
    /// Other branches' registries (`stable-10.0`, …) for the cross-branch rules.
    public var branches: [ReleaseRegistry]
    /// QEMU's lifecycle history.
    public var history: LifecycleHistory

    /// Creates a linter.
    public init(tree: ReleaseRegistry, base: ReleaseRegistry? = nil, branches: [ReleaseRegistry] = [], history: LifecycleHistory = .qemu) {
        self.tree = tree
        self.base = base
        self.branches = branches
        self.history = history
    }

    /// Every finding, errors first; with a base, each marked new or existing.
    public func findings() -> [LintFinding] {
        var findings = comparisonFindings() + Self.treeFindings(tree, branches: branches, history: history)
        if let base {
            let inherited = Set(Self.treeFindings(base, branches: branches, history: history).map(\.fingerprint))
            for index in findings.indices {
                findings[index].baseline = inherited.contains(findings[index].fingerprint) ? .existing : .new
            }
        }
        return findings.sorted { ($1.level, $0.ruleID, $0.message) < ($0.level, $1.ruleID, $1.message) }
    }

    // MARK: - Against the base


    private func comparisonFindings() -> [LintFinding] {
        guard let base else { return [] }
        var findings: [LintFinding] = []
        let classifier = ChangeClassifier(from: base.qemuVersion, to: tree.qemuVersion)
        let olderIsBase = base.qemuVersion <= tree.qemuVersion
        let now = Dictionary(tree.machines.filter(\.registered).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Frozen and stable-series changes, once per subject and origin, listing the machines
        // they reach.
        var grouped: [String: (change: ABIChange, frozen: Bool, origin: String, machines: [String], location: SourceLocation?)] = [:]
        for old in base.machines where old.registered {
            guard let new = now[old.id] else {
                if !old.family.followsLifecycleRule || history.status(of: old.version, at: tree.qemuVersion) != .deleted {
                    findings.append(
                        LintFinding(
                            rule: .removedInLifetime,
                            message: "\(old.name) (\(old.target)) is registered by \(base.qemuVersion) but not by \(tree.qemuVersion)" + (history.deletedIn(old).map { ", though its lifetime runs until \($0)" } ?? ", and the lifecycle rule never deletes its family"),
                            location: tree.machines.first { $0.id == old.id }?.location, key: old.id.description))
                }
                continue
            }
            let inherited = classifier.sameStableSeries ? MachineABI.inheritedChanges(from: old, to: new) : []
            for change in MachineABI(old).changes(to: MachineABI(new)) + inherited {
                let isFrozen = classifier.kind(of: change, olderIsSource: olderIsBase) == .frozenCompat
                guard isFrozen || classifier.sameStableSeries else { continue }
                let origin = (change.after ?? change.before)?.source.origin ?? "?"
                let key = "\(isFrozen ? "frozen" : "stable")/\(origin)/\(change.subject)"
                let location = change.after?.source.location ?? new.location
                grouped[key, default: (change, isFrozen, origin, [], location)].machines.append("\(new.name)")
            }
        }
        for (key, entry) in grouped.sorted(by: { $0.key < $1.key }) {
            let machines = entry.machines.sorted()
            let reach = "reaches \(machines.count) machine \(machines.count == 1 ? "type" : "types"): "
                + machines.prefix(5).joined(separator: ", ") + (machines.count > 5 ? " and \(machines.count - 5) more" : "")
            let dropped = key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? key
            findings.append(
                entry.frozen
                    ? LintFinding(
                        rule: .frozenChange,
                        message: "\(entry.change) — \(CompatOriginVersion.describe(entry.origin)) changed; \(reach)",
                        location: entry.location, key: dropped)
                    : LintFinding(
                        rule: .stableABIChange,
                        message: "\(entry.change) — existing machine types changed within the \(tree.qemuVersion.machineVersion) stable series; \(reach)",
                        location: entry.location, key: dropped))
        }
        return findings
    }

    /// The reason kinds that make one bugfix machine differ between branches (pins and
    /// family-wide settings aside).
    static let abiMismatchKinds: Set<MigrationReason.Kind> = [.frozenCompat, .mispinned, .stableDrift]

    // MARK: - In the tree

    /// The findings a registry has on its own (and against the other branches).
    static func treeFindings(_ tree: ReleaseRegistry, branches: [ReleaseRegistry], history: LifecycleHistory) -> [LintFinding] {
        var findings: [LintFinding] = []
        for machine in tree.machines {
            if machine.version.isLegacyTagged {
                findings.append(
                    LintFinding(
                        rule: .taggedVersion, message: "\(machine.name) (\(machine.target)) uses the legacy tag '\(machine.version.tag ?? "")'",
                        location: machine.location, key: machine.id.description))
            }
            if !machine.registered {
                let since = history.deletedIn(machine).map { " since \($0)" } ?? ""
                findings.append(
                    LintFinding(
                        rule: .pastDeletion, message: "\(machine.name) (\(machine.target)) is no longer registered\(since) but its code remains",
                        location: machine.location, key: machine.id.description))
            }
        }
        findings += rateFindings(tree)
        findings += nameCheckFindings(tree)
        findings += crossBranchFindings(tree, branches: branches, history: history)
        findings += branchABIFindings(tree, branches: branches)
        return findings
    }

    /// GA011: an existing machine type of the linted tree whose effective value of a device
    /// property differs from the same machine type in another branch's release (of another
    /// series): a pin the newer release gives as the machine's old behaviour while the older
    /// release's default is another value (``PropertyEffects/unfaithfulPin``). Needs both
    /// releases' device property models; without them there is nothing to compare.
    static func branchABIFindings(_ tree: ReleaseRegistry, branches: [ReleaseRegistry]) -> [LintFinding] {
        var grouped: [String: (message: String, machines: [MachineDefinition], location: SourceLocation?)] = [:]
        for other in branches where other.qemuVersion.machineVersion != tree.qemuVersion.machineVersion {
            let (older, newer) = tree.qemuVersion < other.qemuVersion ? (tree, other) : (other, tree)
            guard let properties = PropertyEffects(from: older, to: newer) else { continue }
            let classifier = ChangeClassifier(from: older.qemuVersion, to: newer.qemuVersion, properties: properties)
            let newerMachines = Dictionary(newer.machines.filter(\.registered).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for machine in older.machines where machine.registered && !machine.version.isBugfix {
                guard let counterpart = newerMachines[machine.id] else { continue }
                let changes = MachineABI(machine).changes(to: MachineABI(counterpart))
                for reason in classifier.reasons(for: changes, olderIsSource: true) where reason.kind == .mispinned && reason.effect != .none {
                    let subjects = reason.entries.map(\.subject.description).sorted().joined(separator: ", ")
                    let key = "\(subjects)/\(older.qemuVersion)/\(newer.qemuVersion)"
                    // The line to fix is the older default's, when the linted tree is the older one.
                    let location = tree.qemuVersion == older.qemuVersion
                        ? reason.evidence.first.flatMap(SourceLocation.init(compact:)) ?? machine.location : counterpart.location
                    grouped[key, default: ("\(subjects): \(reason.because)", [], location)].machines.append(machine)
                }
            }
        }
        return grouped.sorted { $0.key < $1.key }.map { key, entry in
            // Newest first: the machines a reader knows (pc-q35-10.0) before the oldest.
            let versions = Dictionary(entry.machines.map { ($0.name, $0.version) }, uniquingKeysWith: { first, _ in first })
            let machines = versions.keys.sorted { a, b in versions[a] != versions[b] ? versions[a]! > versions[b]! : a < b }
            let reach = machines.prefix(5).joined(separator: ", ") + (machines.count > 5 ? " and \(machines.count - 5) more" : "")
            return LintFinding(
                rule: .branchABIMismatch, message: "\(reach) \(machines.count == 1 ? "differs" : "differ") between branches — \(entry.message)",
                location: entry.location, key: key)
        }
    }

    /// More than one bugfix version per stream, or more than one fix a year (machines added
    /// by one fix share its signature: the subjects they change from their base).
    private static func rateFindings(_ tree: ReleaseRegistry) -> [LintFinding] {
        var findings: [LintFinding] = []
        let bugfix = tree.machines.filter { $0.version.isBugfix }
        var streams: [MachineVersion: Set<MachineVersion>] = [:]
        for machine in bugfix { streams[machine.version.base, default: []].insert(machine.version) }
        for (stream, versions) in streams where versions.count > 1 {
            let first = bugfix.first { $0.version.base == stream }
            findings.append(
                LintFinding(
                    rule: .bugfixRate,
                    message: "the \(stream) stream has \(versions.count) bugfix machine versions (\(versions.sorted().map(\.description).joined(separator: ", ")))",
                    location: first?.location, key: "stream/\(stream)"))
        }
        var signatures: [Int: Set<[String]>] = [:]
        for machine in bugfix {
            guard let base = tree.machines.first(where: { $0.target == machine.target && $0.family == machine.family && $0.version == machine.version.base }) else { continue }
            let signature = MachineABI(base).changes(to: MachineABI(machine)).map(\.subject.description).sorted()
            signatures[machine.version.major, default: []].insert(signature)
        }
        for (year, signatureSet) in signatures {
            // Signatures that share a subject come from one fix (a family whose base already
            // had a value shows fewer subjects): count groups, not signatures.
            var groups: [Set<String>] = []
            for signature in signatureSet {
                var merged = Set(signature)
                groups.removeAll { group in
                    guard !group.isDisjoint(with: merged) else { return false }
                    merged.formUnion(group)
                    return true
                }
                groups.append(merged)
            }
            guard groups.count > 1 else { continue }
            findings.append(
                LintFinding(
                    rule: .bugfixRate, message: "\(groups.count) different fixes got bugfix machine types in the \(year).x year",
                    location: bugfix.first { $0.version.major == year }?.location, key: "year/\(year)"))
        }
        return findings
    }

    /// Bugfix machines an older branch (or the tree) defines that a newer one lacks, or
    /// defines with another ABI.
    private static func crossBranchFindings(_ tree: ReleaseRegistry, branches: [ReleaseRegistry], history: LifecycleHistory) -> [LintFinding] {
        guard !branches.isEmpty else { return [] }
        var findings: [LintFinding] = []
        let all = (branches + [tree]).sorted { $0.qemuVersion < $1.qemuVersion }
        for holder in all {
            for machine in holder.machines where machine.version.isBugfix && machine.registered {
                for other in all where other.qemuVersion.effectiveRelease.machineVersion >= machine.version.base && other.qemuVersion != holder.qemuVersion {
                    // Deleted by the lifecycle rule there: nothing to carry.
                    if other.machines.contains(where: { $0.id == machine.id && !$0.registered })
                        || history.status(of: machine.version, at: other.qemuVersion) == .deleted
                    {
                        continue
                    }
                    let where_ = other.qemuVersion == tree.qemuVersion ? "the linted tree" : "\(other.origin ?? other.qemuVersion.description)"
                    guard let carried = other.machines.first(where: { $0.id == machine.id && $0.registered }) else {
                        // Only the linted tree's own gaps and its branches' gaps it can see.
                        findings.append(
                            LintFinding(
                                rule: .missingBugfixMachine,
                                message: "\(machine.name) (\(machine.target)) is defined by \(holder.qemuVersion) but not by \(other.qemuVersion) (\(where_))",
                                location: tree.machines.first { $0.target == machine.target && $0.family == machine.family && $0.version == machine.version.base }?.location,
                                key: "\(machine.id)/\(other.qemuVersion)"))
                        continue
                    }
                    guard holder.qemuVersion < other.qemuVersion else { continue }
                    let changes = MachineABI(machine).changes(to: MachineABI(carried))
                    // Judged on effective values where both releases have property models: an
                    // entry one branch writes and the other leaves at the same default is no
                    // difference.
                    let classifier = ChangeClassifier(
                        from: holder.qemuVersion, to: other.qemuVersion, properties: PropertyEffects(from: holder, to: other))
                    let breaking = classifier.reasons(for: changes, olderIsSource: true).filter {
                        Self.abiMismatchKinds.contains($0.kind) && $0.effect != .none
                    }
                    if !breaking.isEmpty {
                        findings.append(
                            LintFinding(
                                rule: .bugfixABIMismatch,
                                message: "\(machine.name) (\(machine.target)) differs between \(holder.qemuVersion) and \(other.qemuVersion): "
                                    + breaking.map(\.message).joined(separator: "; "),
                                location: carried.location, key: "\(machine.id)/\(holder.qemuVersion)/\(other.qemuVersion)"))
                    }
                }
            }
        }
        return findings
    }
}
