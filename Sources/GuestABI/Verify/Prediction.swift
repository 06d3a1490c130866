/// What a static tier said about a cell before it was run.
public struct Prediction: Hashable, Sendable, Codable {
    /// The tier: `static` (`check` over source registries) or `probed` (`check` with the
    /// binaries' probe files above the sources).
    public var tier: String
    /// The verdict's name (`compatible`, `incompatible`, `unknown`, …), or `none` when the tier
    /// could not judge the cell (the reasons say why).
    public var verdict: String
    /// Whether the verdict predicts that the migration completes; nil when there is no verdict.
    public var predictsCompletion: Bool?
    /// The registries the verdict rests on, and how each binary was mapped to one.
    public var basis: String
    /// The verdict's breaking reasons (or why there is no verdict).
    public var reasons: [String]

    /// Creates a prediction.
    public init(tier: String, verdict: String, predictsCompletion: Bool?, basis: String, reasons: [String]) {
        self.tier = tier
        self.verdict = verdict
        self.predictsCompletion = predictsCompletion
        self.basis = basis
        self.reasons = reasons
    }

    /// A tier's prediction from `check`'s verdict (`tier`: `static` or `probed`).
    public init(_ verdict: MigrationVerdict, basis: String, tier: String = "static") {
        let breaking = verdict.reasons.filter(\.isBreaking)
        self.init(
            tier: tier, verdict: verdict.verdict.rawValue,
            predictsCompletion: Self.predictsCompletion(verdict.verdict), basis: basis,
            reasons: (breaking.isEmpty && verdict.verdict != .compatible ? verdict.reasons : breaking).map(\.description))
    }

    /// Whether a verdict predicts a completed migration: every verdict but `incompatible` and
    /// `unknown` does (a verdict that says the guest ABI changes still says it migrates).
    public static func predictsCompletion(_ verdict: MigrationVerdict.Verdict) -> Bool {
        switch verdict {
        case .incompatible, .unknown: false
        case .compatible, .abiChanged: true
        }
    }
}
