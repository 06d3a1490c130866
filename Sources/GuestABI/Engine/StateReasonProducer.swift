/// The migration-state producer: the findings of a ``StateDiff`` between the source's and the
/// destination's state models (A the source) become `migration-state` reasons when they reach
/// the VM — its target's CPU, and the devices it was asked about or their QOM supertypes —
/// breaking when the finding breaks in the source → destination direction; `unknown` when the
/// sources cannot say (a custom `VMStateInfo`, a register key that moved to another feature
/// gate), so the verdict is not `compatible`; conditional ones (a `.needed` predicate, a field's
/// test) are listed without an effect, as the scope says. `check`, `matrix` and ``MachineSwitch`` all use it, so one rule and
/// one scope string serve them.
public struct StateReasonProducer: MigrationReasonProducer {
    /// What a verdict with state reasons covers, and what it still does not.
    public static let stateScope =
        "machine-type ABI and migration state read from sources (the target's CPU: VMState sections and TCG register tables,"
        + " judged for the machine's default CPU model where the trees' code registers it;"
        + " whether the destination's CPU accepts the source's model, where its post_load checks it;"
        + " devices given with --device when a release is a source tree; the embedded releases carry CPU state only); not compared: devices the machine creates itself, KVM register lists,"
        + " run-time subsection predicates (listed as conditional)"

    /// The findings, A being the migration's source (register keys for every CPU model).
    public var findings: [StateFinding] { diff?.findings ?? given }
    private let given: [StateFinding]
    /// The diff, when the producer was made from one: the CPU's register keys are then judged
    /// for the machine's default CPU model (``CPUModelRegisterComparison``), and the
    /// every-model comparison is only made for machines whose model is not known.
    private let diff: StateDiff?
    /// Keys of CPU models evaluated beforehand, per side, by `scope⇥model` (``CPUModelKeys``).
    private let evaluated: (a: [String: CPUModelKeys], b: [String: CPUModelKeys])
    /// The per-model findings, by `scope⇥source model⇥destination model` (nil: a model the
    /// trees do not register).
    private let perModel = Memo<String, [StateFinding]?>()
    /// The CPU identity findings, by the same key.
    private let identity = Memo<String, [StateFinding]>()

    /// A producer of the findings of `diff`, whose A side is the migration's source. `cpuModelKeys`
    /// are models' keys already evaluated for A and B, by ``modelKey(scope:model:)``; others are
    /// evaluated when a machine needs them.
    public init(_ diff: StateDiff, cpuModelKeys: (a: [String: CPUModelKeys], b: [String: CPUModelKeys]) = ([:], [:])) {
        self.diff = diff
        given = []
        evaluated = cpuModelKeys
    }

    /// The key of a CPU folder's model (`target/arm⇥cortex-a15`).
    public static func modelKey(scope: String, model: String) -> String { "\(scope)\t\(model)" }

    /// A producer of `findings` (A the source).
    public init(findings: [StateFinding]) {
        given = findings
        diff = nil
        evaluated = ([:], [:])
    }

    public var scope: String? { Self.stateScope }

    public func reasons(in context: MigrationContext) -> [MigrationReason] {
        // A machine the destination does not register never starts migrating: state is moot.
        guard let destination = context.destination else { return [] }
        let models = context.source.defaultCPUModel.flatMap { a in destination.defaultCPUModel.map { (a, $0) } }
        return reasons(target: context.target, devices: context.devices, cpuModels: models)
    }

    /// The reasons for a VM of `target` with `devices` (nil: any VM, which reaches the CPU only:
    /// device sections need a device named), strongest effect first. With `cpuModels` (the
    /// source's and the destination's), the CPU folder's register keys are judged for those
    /// models where both trees register them; otherwise for every model that meets a gate.
    public func reasons(target: Target, devices: DeviceSelection?, cpuModels: (String, String)? = nil) -> [MigrationReason] {
        let cpu = StateScope.cpuScope(for: target)
        let reached = devices?.reachedTypes ?? []
        var findings: [StateFinding]
        if let (modelA, modelB) = cpuModels, let diff,
            let specific = perModel.value(for: Self.modelKey(scope: cpu, model: modelA) + "\t" + modelB, compute: {
                let left = evaluated.a[Self.modelKey(scope: cpu, model: modelA)] ?? CPUModelKeys(of: diff.a, model: modelA, scope: cpu)
                let right = evaluated.b[Self.modelKey(scope: cpu, model: modelB)] ?? CPUModelKeys(of: diff.b, model: modelB, scope: cpu)
                return left.flatMap { left in right.map { CPUModelRegisterComparison(left, $0).findings } }
            })
        {
            // The every-model register findings reach this VM only through its CPU (those of
            // tables outside the CPU folder reach code, never a VM): the model's replace them.
            findings = diff.sectionFindings + specific
        } else {
            findings = self.findings
        }
        // Whether the destination's CPU accepts the source's model at all (its post_load check).
        if let (modelA, modelB) = cpuModels, let diff {
            findings += identity.value(for: Self.modelKey(scope: cpu, model: modelA) + "\t" + modelB) {
                CPUIdentityComparison(diff.a.cpuIdentity[cpu], model: modelA, diff.b.cpuIdentity[cpu], model: modelB, scope: cpu).findings
            }
        }
        var reasons: [MigrationReason] = []
        for finding in findings where finding.reaches(cpuScopes: [cpu], devices: reached) {
            let outcome = finding.forward
            guard outcome != .fine else { continue }
            let effect: MigrationReason.Effect
            let because: String
            switch outcome {
            case .breaks: (effect, because) = (.breaksMigration, "")
            case .unknown: (effect, because) = (.unknown, "the sources do not decide whether the destination accepts this state")
            case .conditional, .fine: (effect, because) = (.none, "sent only when a run-time condition holds (listed, not judged)")
            }
            reasons.append(
                MigrationReason(
                    kind: .migrationState, message: Self.message(finding, outcome: outcome), effect: effect, because: because,
                    drivers: finding.reach.compactMap { if case .device(let type) = $0 { type } else { nil } }))
        }
        return MigrationReason.Effect.allCases.reversed().flatMap { effect in reasons.filter { $0.effect == effect } }
    }

    /// `cpu (vmstate_arm_cpu) breaks: …; why; A file:line, B file:line`.
    static func message(_ finding: StateFinding, outcome: StateOutcome) -> String {
        var text = "\(finding.kind.rawValue) \(finding.subject)"
        if finding.identifier != finding.subject { text += " (\(finding.identifier))" }
        text += " \(outcome.rawValue): " + finding.details.joined(separator: "; ")
        text += " — \(finding.why)"
        let sides = [finding.from.map { "source \($0)" }, finding.to.map { "destination \($0)" }].compactMap { $0 }
        if !sides.isEmpty { text += " [\(sides.joined(separator: ", "))]" }
        return text
    }
}
