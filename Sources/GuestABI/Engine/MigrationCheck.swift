/// Decides whether a VM with one machine type can migrate from one release to another, from
/// the two releases' registries: the `guestabi check` engine.
public struct MigrationCheck: Sendable {
    /// The source release.
    public var from: ReleaseRegistry
    /// The destination release.
    public var to: ReleaseRegistry
    /// The lifecycle history used to say since when a machine is deleted.
    public var history: LifecycleHistory

    /// The producers whose reasons make the verdict, in report order.
    public var producers: [any MigrationReasonProducer]

    /// The producers every check runs.
    public static let standardProducers: [any MigrationReasonProducer] = [
        MachinePresenceReasons(), ABIDifferenceReasons(), RegistryCompletenessReasons(),
    ]

    /// Creates a check between two registries, with the standard producers and `extra` ones.
    public init(
        from: ReleaseRegistry, to: ReleaseRegistry, history: LifecycleHistory = .qemu, extra: [any MigrationReasonProducer] = []
    ) {
        self.from = from
        self.to = to
        self.history = history
        producers = Self.standardProducers + extra
    }

    /// The verdict for `machine` (a versioned name or an alias such as `q35`) on `target`
    /// (inferred when only one target has the machine), for any VM or for one with `devices`.
    ///
    /// Throws when the machine is not registered on the source (no VM can run it there) or
    /// its target is ambiguous.
    public func verdict(machine: String, target: Target? = nil, devices: [String]? = nil) throws(GuestABIError) -> MigrationVerdict {
        let context = try context(machine: machine, target: target, devices: devices)
        let reasons = producers.flatMap { $0.reasons(in: context) }
        let ordered = MigrationReason.Effect.allCases.reversed().flatMap { effect in reasons.filter { $0.effect == effect } }
        let extraScope = producers.compactMap(\.scope)
        var result = MigrationVerdict(
            from: from.qemuVersion, to: to.qemuVersion, target: context.target, machine: machine,
            verdict: MigrationVerdict.verdict(for: reasons.map(\.effect)),
            scope: extraScope.isEmpty ? MigrationVerdict.sourceScope : extraScope.joined(separator: "; "),
            devices: devices ?? [], reasons: ordered)
        (result.fromLabel, result.toLabel) = (fromLabel, toLabel)
        return result
    }

    /// The context the producers see for `machine`.
    public func context(machine: String, target: Target? = nil, devices: [String]? = nil) throws(GuestABIError) -> MigrationContext {
        let target = try resolveTarget(machine: machine, target: target)
        let aliasOnSource = registeredAlias(machine, target: target, in: from)
        guard let source = aliasOnSource ?? registered(machine, target: target, in: from) else {
            throw notOnSource(machine, target: target)
        }
        let destination = aliasOnSource != nil
            ? registeredAlias(machine, target: target, in: to)
            : registered(source.name, target: target, in: to)
        let selection = devices.map { DeviceSelection(devices: $0, hierarchy: QOMHierarchy(parents: to.qomParents.merging(from.qomParents) { new, _ in new })) }
        return MigrationContext(
            from: from, to: to, fromLabel: fromLabel, toLabel: toLabel, machine: machine, target: target, source: source,
            askedByAlias: aliasOnSource != nil, destination: destination, devices: selection, history: history)
    }

    /// The source as a reader should see it: with its origin when both versions are equal.
    private var fromLabel: String { Self.label(from, other: to) }
    private var toLabel: String { Self.label(to, other: from) }

    private static func label(_ registry: ReleaseRegistry, other: ReleaseRegistry) -> String {
        guard registry.qemuVersion == other.qemuVersion, let origin = registry.origin, origin != other.origin else {
            return registry.qemuVersion.description
        }
        return "\(registry.qemuVersion) (\(origin))"
    }

    // MARK: - Resolving the machine

    private func registered(_ name: String, target: Target, in registry: ReleaseRegistry) -> MachineDefinition? {
        registry.machines.first { $0.target == target && $0.name == name && $0.registered }
    }

    private func registeredAlias(_ alias: String, target: Target, in registry: ReleaseRegistry) -> MachineDefinition? {
        registry.machines.first { $0.target == target && $0.alias == alias && $0.registered }
    }

    private func resolveTarget(machine: String, target: Target?) throws(GuestABIError) -> Target {
        if let target { return target }
        let targets = Set(
            (from.machines + to.machines).filter { ($0.name == machine || $0.alias == machine) && $0.registered }.map(\.target))
        if targets.count == 1 { return targets.first! }
        if targets.isEmpty {
            // Not registered anywhere: infer from the name's family so the error can say more.
            if let candidates = try? MachineTypeName.candidates(parsing: machine), Set(candidates.map(\.target)).count == 1 {
                return candidates[0].target
            }
            throw notOnSource(machine, target: nil)
        }
        throw GuestABIError(
            .invalidValue, input: machine, reason: "the machine exists for several targets (\(targets.sorted().map(\.rawValue).joined(separator: ", ")))",
            hint: "give --target")
    }

    private func notOnSource(_ machine: String, target: Target?) -> GuestABIError {
        let known = from.machines.filter { $0.registered && (target == nil || $0.target == target) }
        let hint: String
        if let defined = from.machines.first(where: { $0.name == machine && (target == nil || $0.target == target) }) {
            hint = "\(from.qemuVersion) defines it but no longer registers it"
                + (history.deletedIn(defined).map { " (deleted by the lifecycle rule since \($0))" } ?? "")
                + "; no VM can run it there"
        } else if known.isEmpty {
            hint = "\(from.qemuVersion) registers no machine\(target.map { " for \($0)" } ?? ""); check the release (an incomplete tree reads as none)"
        } else {
            let names = known.prefix(8).map(\.name).joined(separator: ", ")
            hint = "registered machines include \(names)\(known.count > 8 ? ", …" : "")"
        }
        return GuestABIError(
            .invalidValue, input: machine, reason: "not a machine registered by \(from.qemuVersion)\(target.map { " for \($0)" } ?? "")",
            hint: hint)
    }

    // MARK: - Missing on the destination

    /// The `missing` reason for `machine`, which `destination` does not register: deleted by
    /// the lifecycle rule (since when), never existed there, or removed.
    public static func missingReason(
        _ machine: MachineDefinition, on destination: ReleaseRegistry, history: LifecycleHistory = .qemu
    ) -> MigrationReason {
        let release = destination.qemuVersion
        let message: String
        if let defined = destination.machines.first(where: { $0.id == machine.id }) {
            let deprecated = history.deprecatedIn(defined).map { "deprecated since \($0), " } ?? ""
            let deleted = history.deletedIn(defined).map { "no longer registered since \($0)" } ?? "no longer registered"
            message = "\(machine.name) is deleted by \(release)'s lifecycle rule (\(deprecated)\(deleted)); its code remains but the binary does not register it"
        } else if machine.version.base > release.effectiveRelease.machineVersion
            || (release.isRelease && machine.version.base > release.machineVersion)
        {
            message = "\(machine.name) never existed in \(release): it was added in \(machine.version.release) (migrating to an older release)"
        } else if let deleted = history.deletedIn(machine), deleted <= release.effectiveRelease {
            message = "\(machine.name) is gone from \(release): deleted by the lifecycle rule since \(deleted), and its code removed"
        } else if machine.version.isBugfix {
            message = "\(release) does not carry the bugfix machine \(machine.name): a release of its series or later must define it with the same ABI"
        } else {
            message = "\(machine.name) is not defined in \(release): its code was removed"
        }
        return MigrationReason(kind: .missing, message: message, isBreaking: true)
    }
}
