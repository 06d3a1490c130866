/// Findings about the machine itself: missing on the destination, or an alias that names
/// another machine there. Both are refused by QEMU's load rule: the destination must register
/// the machine, and the stream's configuration section carries the machine name, which the
/// destination compares with its own.
public struct MachinePresenceReasons: MigrationReasonProducer {
    /// Creates the producer.
    public init() {}

    public func reasons(in context: MigrationContext) -> [MigrationReason] {
        let source = context.source
        if context.askedByAlias {
            guard let destination = context.destination else {
                return [
                    MigrationReason(
                        kind: .missing, message: "\(context.toLabel) has no machine aliased '\(context.machine)' on \(context.target)",
                        effect: .breaksMigration, because: Self.notRegistered)
                ]
            }
            guard destination.name == source.name else {
                return [
                    MigrationReason(
                        kind: .alias,
                        message: "'\(context.machine)' is \(source.name) on \(context.fromLabel) but \(destination.name) on \(context.toLabel): the VM would change machine type; start it with -machine \(source.name) to keep its ABI",
                        effect: .breaksMigration,
                        because: "the stream's configuration section names \(source.name), and the destination refuses a machine name it does not match")
                ]
            }
            return [
                MigrationReason(
                    kind: .alias, message: "'\(context.machine)' is \(source.name) on both releases; prefer the versioned name", effect: .none)
            ]
        }
        guard context.destination == nil else { return [] }
        var reason = MigrationCheck.missingReason(source, on: context.to, history: context.history)
        reason.because = Self.notRegistered
        return [reason]
    }

    private static let notRegistered = "the destination cannot start a machine type it does not register"
}

/// The machine's ABI differences (compat entries and class facts), sorted into kinds and given
/// their effects by ``ChangeClassifier``, with class fields renamed across the family recognised
/// as the same setting.
public struct ABIDifferenceReasons: MigrationReasonProducer {
    /// Creates the producer.
    public init() {}

    public func reasons(in context: MigrationContext) -> [MigrationReason] {
        guard context.sameMachineOnBothSides, let destination = context.destination else { return [] }
        let renames = FieldRename.detect(from: context.from, to: context.to, target: context.target, family: context.source.family)
        let classifier = ChangeClassifier(
            from: context.from.qemuVersion, to: context.to.qemuVersion, source: context.source, destination: destination, devices: context.devices,
            renames: Dictionary(renames.map { ($0.before, $0.after) }, uniquingKeysWith: { first, _ in first }),
            fieldUses: [context.from.classFieldUses, context.to.classFieldUses], properties: PropertyEffects(from: context.from, to: context.to))
        let changes = MachineABI(context.source).changes(to: MachineABI(destination))
            + (classifier.sameStableSeries ? MachineABI.inheritedChanges(from: context.source, to: destination) : [])
        return classifier.reasons(for: changes, olderIsSource: context.olderIsSource)
    }
}

/// An incomplete registry on either side: entries may be missing, so a clean answer is
/// `unknown` rather than `compatible`.
public struct RegistryCompletenessReasons: MigrationReasonProducer {
    /// Creates the producer.
    public init() {}

    public func reasons(in context: MigrationContext) -> [MigrationReason] {
        let incomplete = [context.from, context.to].filter { !$0.complete }
        guard !incomplete.isEmpty else { return [] }
        return [
            MigrationReason(
                kind: .incomplete,
                message: incomplete.map { "the registry of \($0.qemuVersion) is incomplete (\($0.diagnostics.count) diagnostics)" }.joined(separator: "; ")
                    + ": entries may be missing; re-extract the tree or probe the binaries",
                effect: .unknown, because: "a registry with diagnostics may lack entries")
        ]
    }
}
