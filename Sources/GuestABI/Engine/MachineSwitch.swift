/// A migration whose destination was started with another machine type than the VM's
/// (`check --to-machine`): whether the destination accepts the stream, by the destination
/// release's own machine-name check (``MachineNameCheck``), and then how the guest's ABI
/// changes between the two machine types, through the ``ChangeClassifier``.
///
/// QEMU's check compares only as many bytes as the source sent, so on 10.0.2 a VM on
/// `pc-q35-4.0` is accepted by a destination started with `pc-q35-4.0.1` (and its irqchip ABI
/// changes), while a VM on `pc-q35-4.0.1` is refused by one started with `pc-q35-4.0`.
public struct MachineSwitch: Sendable {
    /// The source release.
    public var from: ReleaseRegistry
    /// The destination release.
    public var to: ReleaseRegistry
    /// The lifecycle history, for a destination machine that is not registered.
    public var history: LifecycleHistory
    /// Producers beyond the machine-name check and the ABI difference (migration state): their
    /// reasons join the verdict, their scopes its scope — the same ones ``MigrationCheck`` runs.
    public var extra: [any MigrationReasonProducer]

    /// Creates a switch between two registries, with `extra` producers.
    public init(
        from: ReleaseRegistry, to: ReleaseRegistry, history: LifecycleHistory = .qemu, extra: [any MigrationReasonProducer] = []
    ) {
        self.from = from
        self.to = to
        self.history = history
        self.extra = extra
    }

    /// The verdict for a VM on `machine` (registered by the source) migrated to a destination
    /// started with `destinationMachine`, for any VM or one with `devices`. Equal names are the
    /// ordinary ``MigrationCheck``.
    ///
    /// Throws when a machine is unknown on its side's release or the target is ambiguous.
    public func verdict(
        machine: String, destinationMachine: String, target: Target? = nil, devices: [String]? = nil
    ) throws(GuestABIError) -> MigrationVerdict {
        let target = try resolveTarget(machine: machine, destinationMachine: destinationMachine, target: target)
        let check = MigrationCheck(from: from, to: to, history: history, extra: extra)
        guard let source = registered(machine, target: target, in: from) else {
            // The ordinary check words the error (deleted, never existed, …).
            return try check.verdict(machine: machine, target: target, devices: devices)
        }
        guard let destination = registered(destinationMachine, target: target, in: to) else {
            throw GuestABIError(
                .invalidValue, input: destinationMachine, reason: "not a machine registered by \(to.qemuVersion) for \(target)",
                hint: "--to-machine names the machine type the destination is started with")
        }
        if destination.name == source.name {
            return try check.verdict(machine: source.name, target: target, devices: devices)
        }
        var reasons: [MigrationReason] = []
        let changes = MachineABI(source).changes(to: MachineABI(destination))
        let switchText = "a VM on \(source.name) (\(from.qemuVersion)) migrated to a destination started with \(destination.name) (\(to.qemuVersion))"
        switch to.nameCheck?.accepts(received: source.name, local: destination.name) {
        case false?:
            let how = to.nameCheck.map { "\($0.rule == .prefix ? "the received name is not a prefix of the local one" : "the names differ"), \($0.citation)" } ?? ""
            reasons.append(
                MigrationReason(
                    kind: .machineName,
                    message: "\(switchText) is refused: \(how); QEMU reports \"Machine type received is '\(source.name)' and local is '\(destination.name)'\"",
                    isBreaking: true))
            return verdict(machine, target, devices, reasons)
        case true?:
            // Measured on the lab's 10.0.2 binary: pc-q35-4.0 → pc-q35-4.0.1 completes and the
            // guest then runs on the other machine's ABI, so an accepted switch between machines
            // whose ABI differs is a guest-visible change, not a refused stream.
            reasons.append(
                MigrationReason(
                    kind: .machineName,
                    message: "\(switchText) is accepted: the destination compares only the received name's length, \(to.nameCheck?.citation ?? ""), and '\(destination.name)' starts with '\(source.name)'; from then on the guest runs on \(destination.name)'s ABI",
                    effect: changes.isEmpty ? .none : .guestVisible))
        case nil:
            let why = to.nameCheck?.reason ?? "the registry of \(to.qemuVersion) holds no reading of migration/savevm.c"
            reasons.append(
                MigrationReason(
                    kind: .incomplete,
                    message: "cannot tell whether \(switchText) is accepted: \(why); if it is, the guest runs on \(destination.name)'s ABI",
                    effect: .unknown))
        }
        let selection = devices.map { DeviceSelection(devices: $0, hierarchy: QOMHierarchy(parents: to.qomParents.merging(from.qomParents) { new, _ in new })) }
        // The same evidence a check uses: where each tree reads the class fields, and the
        // device property models.
        let classifier = ChangeClassifier(
            from: from.qemuVersion, to: to.qemuVersion, devices: selection, fieldUses: [from.classFieldUses, to.classFieldUses],
            properties: PropertyEffects(from: from, to: to))
        reasons += classifier.reasons(for: changes, olderIsSource: from.qemuVersion <= to.qemuVersion)
        let context = MigrationContext(
            from: from, to: to, fromLabel: from.qemuVersion.description, toLabel: to.qemuVersion.description, machine: machine,
            target: target, source: source, askedByAlias: false, destination: destination, devices: selection, history: history)
        reasons += extra.flatMap { $0.reasons(in: context) }
        return verdict(machine, target, devices, reasons)
    }

    private func verdict(_ machine: String, _ target: Target, _ devices: [String]?, _ reasons: [MigrationReason]) -> MigrationVerdict {
        // The destination's acceptance first (it says what the other reasons are about), then the
        // others by effect, strongest first.
        let others = reasons.filter { $0.kind != .machineName }
        let scopes = extra.compactMap(\.scope)
        return MigrationVerdict(
            from: from.qemuVersion, to: to.qemuVersion, target: target, machine: machine,
            verdict: MigrationVerdict.verdict(for: reasons.map(\.effect)),
            scope: scopes.isEmpty ? MigrationVerdict.sourceScope : scopes.joined(separator: "; "), devices: devices ?? [],
            reasons: reasons.filter { $0.kind == .machineName }
                + MigrationReason.Effect.allCases.reversed().flatMap { effect in others.filter { $0.effect == effect } })
    }

    // MARK: - Resolving the machines

    /// A registered machine by name, or by alias (`q35`).
    private func registered(_ name: String, target: Target, in registry: ReleaseRegistry) -> MachineDefinition? {
        registry.machines.first { $0.target == target && $0.registered && $0.name == name }
            ?? registry.machines.first { $0.target == target && $0.registered && $0.alias == name }
    }

    private func resolveTarget(machine: String, destinationMachine: String, target: Target?) throws(GuestABIError) -> Target {
        if let target { return target }
        let sources = Set(from.machines.filter { ($0.name == machine || $0.alias == machine) && $0.registered }.map(\.target))
        let destinations = Set(to.machines.filter { ($0.name == destinationMachine || $0.alias == destinationMachine) && $0.registered }.map(\.target))
        let both = sources.intersection(destinations)
        if both.count == 1 { return both.first! }
        if both.isEmpty, sources.count == 1 { return sources.first! }
        if both.isEmpty, let candidates = try? MachineTypeName.candidates(parsing: machine), Set(candidates.map(\.target)).count == 1 {
            return candidates[0].target
        }
        throw GuestABIError(
            .invalidValue, input: machine,
            reason: both.count > 1
                ? "the machines exist for several targets (\(both.sorted().map(\.rawValue).joined(separator: ", ")))"
                : "cannot tell the target of \(machine) and \(destinationMachine)",
            hint: "give --target")
    }
}
