/// The result of `guestabi verify`: which run it is, which shard, and one result per cell.
public struct VerifyReport: Hashable, Sendable {
    /// The run this report belongs to.
    public var identity: VerifyRunIdentity
    /// The shard this report holds, nil for a whole run (or a merge of all shards).
    public var shard: VerifyShard?
    /// The results, in cell order.
    public var results: [LiveMigrationResult]

    /// Creates a report; the results are put in cell order.
    public init(identity: VerifyRunIdentity, shard: VerifyShard?, results: [LiveMigrationResult]) {
        self.identity = identity
        self.shard = shard
        self.results = results.sorted { VerifyCell.isOrderedBefore($0.cell, $1.cell) }
    }

    /// The totals, with the static tier's predictions against reality.
    public var totals: PredictionTally { PredictionTally(results) }

    /// The totals of the probed tier's predictions against reality; nil when no cell has one.
    public var probedTotals: PredictionTally? {
        guard results.contains(where: { $0.probed != nil }) else { return nil }
        return PredictionTally(results, outcome: \.probedOutcome, prediction: \.probed)
    }

    /// True when every cell completed.
    public var allCompleted: Bool { results.allSatisfy { $0.status == .completed } }

    /// Joins the shard reports of one run into the report of the whole run.
    ///
    /// - Throws: ``GuestABIError`` naming the offending input when the reports belong to
    ///   different runs, one is not a shard, a shard is given twice or missing, or two shards
    ///   hold the same cell. `names` label the inputs (file paths) in messages.
    public static func merge(_ reports: [VerifyReport], names: [String]) throws(GuestABIError) -> VerifyReport {
        guard let first = reports.first else {
            throw GuestABIError(.invalidValue, input: "", reason: "no shard reports given", hint: "give every SHARD.json of the run")
        }
        func name(_ index: Int) -> String { index < names.count ? names[index] : "report \(index + 1)" }
        var byIndex: [Int: Int] = [:]
        var count: Int?
        for (position, report) in reports.enumerated() {
            if let difference = report.identity.difference(from: first.identity) {
                throw GuestABIError(
                    .invalidValue, input: name(position), reason: "belongs to another run than \(name(0)): \(difference)",
                    hint: "merge only the shards of one run (same binaries, options and cells)")
            }
            guard let shard = report.shard else {
                throw GuestABIError(
                    .invalidValue, input: name(position), reason: "a whole run, not a shard",
                    hint: "merge the reports of `verify --shard K/N`")
            }
            if let count, count != shard.count {
                throw GuestABIError(
                    .invalidValue, input: name(position), reason: "shard \(shard) of a run split \(shard.count) ways, not \(count)",
                    hint: "merge shards of one split")
            }
            count = shard.count
            if let earlier = byIndex[shard.index] {
                throw GuestABIError(
                    .invalidValue, input: name(position), reason: "shard \(shard) is also \(name(earlier))",
                    hint: "give each shard once")
            }
            byIndex[shard.index] = position
        }
        let total = count ?? 1
        let missing = (1...total).filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            throw GuestABIError(
                .invalidValue, input: names.joined(separator: " "),
                reason: "shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(total)" }.joined(separator: ", ")) missing",
                hint: "give all \(total) shards of the run")
        }
        var seen: [VerifyCell: Int] = [:]
        var results: [LiveMigrationResult] = []
        for (position, report) in reports.enumerated() {
            for result in report.results {
                if let earlier = seen[result.cell] {
                    throw GuestABIError(
                        .invalidValue, input: name(position), reason: "cell '\(result.cell.id)' is also in \(name(earlier))",
                        hint: "shards of one run never share a cell: check the inputs")
                }
                seen[result.cell] = position
                results.append(result)
            }
        }
        guard results.count == first.identity.cellCount else {
            throw GuestABIError(
                .invalidValue, input: names.joined(separator: " "),
                reason: "\(results.count) results for a run of \(first.identity.cellCount) cells",
                hint: "a shard report is incomplete (interrupted?): run that shard again")
        }
        return VerifyReport(identity: first.identity, shard: nil, results: results)
    }
}
