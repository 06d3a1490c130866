/// Totals of a set of live results, and of their predictions against reality.
public struct PredictionTally: Hashable, Sendable, Codable {
    /// Cells run.
    public var machines: Int = 0
    /// Completed, failed and timed-out cells.
    public var completed: Int = 0
    public var failed: Int = 0
    public var timeout: Int = 0
    /// Predictions that matched reality.
    public var agreements: Int = 0
    /// Agreements on a failure whose real cause lies outside the predicting tier's scope (it
    /// predicted a failure for its own reasons; the migration failed for another).
    public var agreementsForAnotherCause: Int = 0
    /// Predicted to fail, completed.
    public var falseAlarms: Int = 0
    /// Predicted to complete, did not; ``missesOutsideScope`` of them for causes the predicting
    /// tier does not look at, counted per reason in ``missReasons``.
    public var misses: Int = 0
    public var missesOutsideScope: Int = 0
    public var missReasons: [String: Int] = [:]
    /// Cells without a prediction.
    public var unpredicted: Int = 0
    /// Cells whose predicting tier said `unknown` (declined to predict).
    public var undecided: Int = 0

    /// Counts `results`, judging the static tier's predictions.
    public init(_ results: some Sequence<LiveMigrationResult>) {
        self.init(results, outcome: \.outcome)
    }

    /// Counts `results`, judging the predictions `outcome` picks (``LiveMigrationResult/outcome``
    /// for the static tier, ``LiveMigrationResult/probedOutcome`` for the probed tier).
    /// `prediction` picks the prediction itself (its reasons say whether it rested on
    /// migration state).
    public init(
        _ results: some Sequence<LiveMigrationResult>, outcome: (LiveMigrationResult) -> PredictionOutcome,
        prediction: (LiveMigrationResult) -> Prediction? = { $0.predicted }
    ) {
        for result in results {
            machines += 1
            switch result.status {
            case .completed: completed += 1
            case .failed: failed += 1
            case .timeout: timeout += 1
            }
            switch outcome(result) {
            case .agreement:
                agreements += 1
                if result.status != .completed {
                    let cause = DestinationFailureCause(status: result.status, error: result.error)
                    // A prediction that rests on migration-state reasons covers a CPU or device
                    // state failure; one on machine-type ABI alone does not.
                    let onState = (prediction(result)?.reasons ?? []).contains { reason in
                        reason.hasPrefix(MigrationReason.Kind.migrationState.rawValue + ":")
                    }
                    if !cause.isMachineTypeABI, !(onState && cause.isMigrationState) { agreementsForAnotherCause += 1 }
                }
            case .falseAlarm: falseAlarms += 1
            case .unpredicted: unpredicted += 1
            case .undecided: undecided += 1
            case .miss(let inScope, let reason):
                misses += 1
                if !inScope { missesOutsideScope += 1 }
                missReasons[reason, default: 0] += 1
            }
        }
    }
}
