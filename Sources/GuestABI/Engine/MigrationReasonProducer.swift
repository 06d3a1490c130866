/// Everything a reason producer may look at for one (source release, destination release,
/// machine) question.
public struct MigrationContext: Sendable {
    /// The two releases.
    public var from: ReleaseRegistry
    public var to: ReleaseRegistry
    /// How to name each side for a reader.
    public var fromLabel: String
    public var toLabel: String
    /// The machine as asked (`q35` or `pc-q35-10.0`), and its target.
    public var machine: String
    public var target: Target
    /// The machine the source runs (the alias resolved).
    public var source: MachineDefinition
    /// True when the machine was asked by its alias.
    public var askedByAlias: Bool
    /// The machine the destination would run for the same question; nil when it registers none.
    public var destination: MachineDefinition?
    /// The VM's devices; nil means any VM (worst case).
    public var devices: DeviceSelection?
    /// The lifecycle history.
    public var history: LifecycleHistory

    /// Creates a context.
    public init(
        from: ReleaseRegistry, to: ReleaseRegistry, fromLabel: String, toLabel: String, machine: String, target: Target,
        source: MachineDefinition, askedByAlias: Bool, destination: MachineDefinition?, devices: DeviceSelection?,
        history: LifecycleHistory
    ) {
        self.from = from
        self.to = to
        self.fromLabel = fromLabel
        self.toLabel = toLabel
        self.machine = machine
        self.target = target
        self.source = source
        self.askedByAlias = askedByAlias
        self.destination = destination
        self.devices = devices
        self.history = history
    }

    /// True when the source is the older release.
    public var olderIsSource: Bool { from.qemuVersion <= to.qemuVersion }

    /// True when the destination runs the very machine the source runs (same name): only then
    /// are the two machines' ABIs compared.
    public var sameMachineOnBothSides: Bool { destination?.name == source.name }
}

/// One source of findings for a migration question. ``MigrationCheck`` runs every producer and
/// turns the effects of all their reasons into one verdict (``MigrationVerdict/verdict(for:)``);
/// a new kind of evidence (migration state read from sources, a probe of binaries) is one new
/// producer.
public protocol MigrationReasonProducer: Sendable {
    /// The reasons this producer finds; empty when it has nothing to say.
    func reasons(in context: MigrationContext) -> [MigrationReason]

    /// What this producer adds to the verdict's scope (`migration state read from sources`),
    /// or nil when it does not widen it.
    var scope: String? { get }
}

extension MigrationReasonProducer {
    public var scope: String? { nil }
}
