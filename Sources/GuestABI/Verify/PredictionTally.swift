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
    public init(_ results: some Sequence<LiveMigrationResult>, outcome: (LiveMigrationResult) -> PredictionOutcome) {
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
                if result.status != .completed,
                    !DestinationFailureCause(status: result.status, error: result.error).isMachineTypeABI
                {
                    agreementsForAnotherCause += 1
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
