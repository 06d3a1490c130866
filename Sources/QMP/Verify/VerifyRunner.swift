public import GuestABI

/// Runs the live migrations of a verification, at most ``jobs`` at once, and reports each
/// result as it arrives.
public struct VerifyRunner: Sendable {
    /// The source and destination binaries.
    public var from: String
    public var to: String
    /// How each migration is run.
    public var options: LiveMigrationOptions
    /// How many migrations run at once (each runs two QEMUs).
    public var jobs: Int

    /// Creates a runner; `jobs` is clamped to 1…``maximumJobs``.
    public init(from: String, to: String, options: LiveMigrationOptions, jobs: Int) {
        self.from = from
        self.to = to
        self.options = options
        self.jobs = min(max(jobs, 1), Self.maximumJobs)
    }

    /// The most migrations at once: one per core (each migration's two QEMUs mostly wait on
    /// each other).
    public static var maximumJobs: Int { max(1, ProcessInfoCores.count) }

    /// Runs `cells` and returns their results in cell order; `predict` gives each the static
    /// tier's prediction, `predictProbed` the probed tier's (when asked for), `progress` is told
    /// of each result (with the number done) as it arrives.
    public func run(
        _ cells: [VerifyCell], predict: @Sendable (VerifyCell) -> Prediction?,
        predictProbed: (@Sendable (VerifyCell) -> Prediction?)? = nil,
        progress: @Sendable (LiveMigrationResult, Int) -> Void
    ) async -> [LiveMigrationResult] {
        var results: [LiveMigrationResult] = []
        results.reserveCapacity(cells.count)
        await withTaskGroup(of: LiveMigrationResult.self) { group in
            var next = 0
            func startNext() {
                guard next < cells.count else { return }
                let cell = cells[next]
                next += 1
                group.addTask { [from, to, options] in
                    await LiveMigration.run(cell, from: from, to: to, options: options)
                }
            }
            for _ in 0..<jobs { startNext() }
            while var result = await group.next() {
                result.predicted = predict(result.cell)
                result.probed = predictProbed?(result.cell)
                results.append(result)
                progress(result, results.count)
                if !Task.isCancelled { startNext() }
            }
        }
        return results.sorted { VerifyCell.isOrderedBefore($0.cell, $1.cell) }
    }
}

import Foundation

/// The number of cores this process may use.
enum ProcessInfoCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
