import GuestABI
import Testing

@Suite struct PredictionOutcomeTests {
    static func prediction(_ verdict: MigrationVerdict.Verdict) -> Prediction {
        Prediction(
            MigrationVerdict(
                from: QEMUVersion(7, 2, 0), to: QEMUVersion(10, 0, 2), target: .x86_64, machine: "pc-q35-7.2", verdict: verdict,
                reasons: []),
            basis: "test")
    }

    @Test(arguments: [
        (MigrationVerdict.Verdict.compatible, true), (.unknown, false), (.incompatible, false),
    ]) func onlyIncompatibleAndUnknownPredictAFailure(verdict: MigrationVerdict.Verdict, completes: Bool) {
        #expect(Prediction.predictsCompletion(verdict) == completes)
        #expect(Self.prediction(verdict).predictsCompletion == completes)
    }

    @Test func agreementsFalseAlarmsAndMisses() {
        #expect(PredictionOutcome(predicted: Self.prediction(.compatible), status: .completed, error: nil) == .agreement)
        #expect(PredictionOutcome(predicted: Self.prediction(.incompatible), status: .failed, error: "x") == .agreement)
        #expect(PredictionOutcome(predicted: Self.prediction(.incompatible), status: .completed, error: nil) == .falseAlarm)
        #expect(PredictionOutcome(predicted: nil, status: .failed, error: "x") == .unpredicted)
        let none = Prediction(tier: "static", verdict: "none", predictsCompletion: nil, basis: "", reasons: ["no registry"])
        #expect(PredictionOutcome(predicted: none, status: .completed, error: nil) == .unpredicted)
    }

    /// Destination errors as the lab's binaries print them (see docs/verify.md).
    @Test(arguments: [
        ("error while loading state for instance 0x0 of device 'cpu'", false, "CPU state not covered by machine-type ABI"),
        ("Failed to load cpu:cpreg_vmstate_array_len", false, "CPU state not covered by machine-type ABI"),
        ("cpu/slb: incoming version_id 2 is too new for local version_id 1", false, "CPU state not covered by machine-type ABI"),
        ("Unknown savevm section or instance '0000:00:01.0/virtio-rng' 0", false, "device migration state not covered by machine-type ABI"),
        ("get_pci_config_device: Bad config data: i=0x10a read: 0 device: 40 cmask: ff wmask: 0 w1cmask:0", false,
         "device migration state not covered by machine-type ABI"),
        ("the source refused to migrate: State blocked by non-migratable device '0000:00:04.0/nvme'", false,
         "a device that blocks migration (not a machine-type question)"),
        ("Machine type received is 'pc-q35-4.0.1' and local is 'pc-q35-4.0'", true, "machine type name refused by the destination"),
        ("the destination exited without an error message", true, "failure the harness cannot attribute"),
    ]) func aMissIsAttributedFromTheDestinationsWords(error: String, inScope: Bool, reason: String) {
        let outcome = PredictionOutcome(predicted: Self.prediction(.compatible), status: .failed, error: error)
        #expect(outcome == .miss(inScope: inScope, reason: reason))
    }

    @Test func aTimeoutIsAMissInsideTheScope() {
        let outcome = PredictionOutcome(predicted: Self.prediction(.compatible), status: .timeout, error: "device 'cpu'")
        #expect(outcome == .miss(inScope: true, reason: "no outcome before the deadline"))
    }

    @Test func theTallyCountsStatusesAndOutcomes() {
        let cell = VerifyCell(machine: "virt-7.2")
        let results = [
            LiveMigrationResult(cell: cell, status: .completed, seconds: 1, predicted: Self.prediction(.compatible)),
            LiveMigrationResult(cell: cell, status: .completed, seconds: 1, predicted: Self.prediction(.incompatible)),
            LiveMigrationResult(
                cell: cell, status: .failed, seconds: 1, error: "of device 'cpu'", predicted: Self.prediction(.compatible)),
            LiveMigrationResult(cell: cell, status: .timeout, seconds: 1, predicted: Self.prediction(.compatible)),
            LiveMigrationResult(cell: cell, status: .failed, seconds: 1, error: "x"),
            LiveMigrationResult(
                cell: cell, status: .failed, seconds: 1, error: "of device 'cpu'", predicted: Self.prediction(.incompatible)),
        ]
        let tally = PredictionTally(results)
        #expect(tally.machines == 6)
        #expect((tally.completed, tally.failed, tally.timeout) == (2, 3, 1))
        #expect((tally.agreements, tally.falseAlarms, tally.misses, tally.missesOutsideScope, tally.unpredicted) == (2, 1, 2, 1, 1))
        #expect(tally.agreementsForAnotherCause == 1)
        #expect(tally.missReasons == ["CPU state not covered by machine-type ABI": 1, "no outcome before the deadline": 1])
    }
}
