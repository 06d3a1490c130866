import GuestABI
import Testing

/// State findings become verdict reasons only when they reach the VM, breaking only in the
/// directions they break.
@Suite struct StateReasonsTests {
    static func finding(_ forward: StateOutcome, reach: [StateReach]) -> StateFinding {
        StateFinding(
            kind: .registerKeys, subject: "widget_cp_reginfo", identifier: "widget_cp_reginfo", details: ["+ WREG9"],
            forward: forward, backward: .fine, why: "because", reach: reach, from: nil,
            to: SourceLocation(file: "target/arm/widget.c", line: 3))
    }

    static func verdict(_ target: Target, reasons: [MigrationReason] = [], devices: [String] = []) throws -> MigrationVerdict {
        MigrationVerdict(
            from: try QEMUVersion(parsing: "10.0.2"), to: try QEMUVersion(parsing: "10.0.13"), target: target, machine: "virt-10.0",
            verdict: reasons.contains(where: \.isBreaking) ? .incompatible : .compatible, devices: devices, reasons: reasons)
    }

    @Test(arguments: [
        (Target.aarch64, StateOutcome.breaks, MigrationVerdict.Verdict.incompatible, 1),
        (Target.aarch64, StateOutcome.conditional, MigrationVerdict.Verdict.compatible, 1),
        (Target.aarch64, StateOutcome.fine, MigrationVerdict.Verdict.compatible, 0),
        (Target.x86_64, StateOutcome.breaks, MigrationVerdict.Verdict.compatible, 0),
    ])
    func cpuFindingReachesItsTargetOnly(target: Target, outcome: StateOutcome, expected: MigrationVerdict.Verdict, count: Int) throws {
        let result = StateReasons.apply([Self.finding(outcome, reach: [.cpu(scope: "target/arm")])], to: try Self.verdict(target))
        #expect(result.verdict == expected)
        #expect(result.reasons.filter { $0.kind == .migrationState }.count == count)
        #expect(result.reasons.allSatisfy { $0.isBreaking == (outcome == .breaks) })
        #expect(result.scope == StateReasons.scope)
    }

    @Test func deviceFindingNeedsTheDevice() throws {
        let finding = Self.finding(.breaks, reach: [.device(type: "widget")])
        #expect(StateReasons.apply([finding], to: try Self.verdict(.aarch64)).verdict == .compatible)
        let withDevice = StateReasons.apply([finding], to: try Self.verdict(.aarch64, devices: ["widget"]))
        #expect(withDevice.verdict == .incompatible)
        #expect(withDevice.reasons.first?.drivers == ["widget"])
        #expect(withDevice.reasons.first?.message.contains("target/arm/widget.c:3") == true)
    }

    @Test func aMissingMachineGetsNoStateReasons() throws {
        let missing = MigrationReason(kind: .missing, message: "not registered", isBreaking: true)
        let result = StateReasons.apply(
            [Self.finding(.breaks, reach: [.cpu(scope: "target/arm")])], to: try Self.verdict(.aarch64, reasons: [missing]))
        #expect(result.reasons.map(\.kind) == [.missing])
    }
}
