import GuestABI
import Testing

/// State findings become verdict reasons only when they reach the VM, breaking only in the
/// directions they break — by one producer that `check`, `matrix` and a machine switch share.
@Suite struct StateReasonProducerTests {
    static func finding(_ forward: StateOutcome, reach: [StateReach]) -> StateFinding {
        StateFinding(
            kind: .registerKeys, subject: "widget_cp_reginfo", identifier: "widget_cp_reginfo", details: ["+ WREG9"],
            forward: forward, backward: .fine, why: "because", reach: reach, from: nil,
            to: SourceLocation(file: "target/arm/widget.c", line: 3))
    }

    @Test(arguments: [
        (Target.aarch64, StateOutcome.breaks, MigrationReason.Effect.breaksMigration, 1),
        (Target.aarch64, StateOutcome.conditional, MigrationReason.Effect.none, 1),
        (Target.aarch64, StateOutcome.unknown, MigrationReason.Effect.unknown, 1),
        (Target.aarch64, StateOutcome.fine, MigrationReason.Effect.none, 0),
        (Target.x86_64, StateOutcome.breaks, MigrationReason.Effect.none, 0),
    ])
    func cpuFindingReachesItsTargetOnly(target: Target, outcome: StateOutcome, effect: MigrationReason.Effect, count: Int) {
        let reasons = StateReasonProducer(findings: [Self.finding(outcome, reach: [.cpu(scope: "target/arm")])])
            .reasons(target: target, devices: nil)
        #expect(reasons.count == count)
        #expect(reasons.allSatisfy { $0.kind == .migrationState && $0.effect == effect })
    }

    @Test func deviceFindingReachesTheDeviceAndItsSubtypes() {
        let producer = StateReasonProducer(findings: [Self.finding(.breaks, reach: [.device(type: "widget")])])
        let hierarchy = QOMHierarchy(parents: ["widget-pci": "widget", "widget": "device", "gadget": "device"])
        #expect(producer.reasons(target: .aarch64, devices: nil).isEmpty)
        #expect(producer.reasons(target: .aarch64, devices: DeviceSelection(devices: ["gadget"], hierarchy: hierarchy)).isEmpty)
        let reasons = producer.reasons(target: .aarch64, devices: DeviceSelection(devices: ["widget-pci"], hierarchy: hierarchy))
        #expect(reasons.map(\.effect) == [.breaksMigration])
        #expect(reasons.first?.drivers == ["widget"])
        #expect(reasons.first?.message.contains("target/arm/widget.c:3") == true)
    }

    // MARK: - Through the engines

    static let old = try! QEMUVersion(parsing: "10.0.2")
    static let new = try! QEMUVersion(parsing: "10.0.13")
    static let machine = try! MachineVersion(parsing: "10.0")

    /// A model whose i386 CPU migrates `keys` (one register table).
    static func model(_ version: String, keys: [String]) -> StateModel {
        let location = SourceLocation(file: "target/i386/widget.c", line: 7)
        let table = CPRegTable(
            identifier: "widget_regs", definedIn: "widget_init", gate: [],
            keys: keys.map { CPRegKey(key: $0, name: $0, location: location) }, excluded: [], location: location)
        return StateModel(qemuVersion: version, origin: version, sections: [], registrations: [], registerTables: [table])
    }

    static let models = [old: model("10.0.2", keys: ["k1", "k2"]), new: model("10.0.13", keys: ["k1"])]

    @Test(arguments: [(true, MigrationVerdict.Verdict.incompatible), (false, MigrationVerdict.Verdict.compatible)])
    func checkAndMatrixAgree(forward: Bool, expected: MigrationVerdict.Verdict) throws {
        let toy = ToyQEMU()
        let (from, to) = forward ? (Self.old, Self.new) : (Self.new, Self.old)
        let registries = [toy.registry(from, machines: [Self.machine]), toy.registry(to, machines: [Self.machine])]
        let producer = StateReasonProducer(StateDiff(Self.models[from]!, Self.models[to]!))
        let verdict = try MigrationCheck(from: registries[0], to: registries[1], extra: [producer]).verdict(machine: "pc-q35-10.0")
        #expect(verdict.verdict == expected)
        #expect(verdict.scope == StateReasonProducer.stateScope)
        #expect(verdict.reasons.contains { $0.kind == .migrationState } == forward)
        let matrix = CompatibilityMatrix(registries: registries, stateModels: Self.models)
        let cell = try #require(matrix.cells.first { matrix.releases[Int($0.source)] == from })
        #expect(cell.verdict == expected)
        #expect(cell.reasonKinds.contains(.migrationState) == forward)
        #expect(matrix.scope == StateReasonProducer.stateScope)
        #expect(CompatibilityMatrix(registries: registries).scope == MigrationVerdict.sourceScope)
    }

    @Test func aMissingMachineGetsNoStateReasons() throws {
        let toy = ToyQEMU()
        let from = toy.registry(Self.old, machines: [Self.machine])
        let to = toy.registry(Self.new, machines: [])
        let producer = StateReasonProducer(StateDiff(Self.models[Self.old]!, Self.models[Self.new]!))
        let verdict = try MigrationCheck(from: from, to: to, extra: [producer]).verdict(machine: "pc-q35-10.0")
        #expect(verdict.reasons.map(\.kind) == [.missing])
    }
}
