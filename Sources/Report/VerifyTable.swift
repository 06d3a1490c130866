public import GuestABI

/// Renders a ``VerifyReport`` for a person: one row per migration, then the totals of
/// prediction against reality.
public enum VerifyTable {
    /// The table and totals.
    public static func text(_ report: VerifyReport) -> String {
        let identity = report.identity
        var output = "verify \(identity.from.target): \(identity.from.version) (\(identity.from.path)) → "
            + "\(identity.to.version) (\(identity.to.path))"
        if let shard = report.shard { output += ", shard \(shard) of \(identity.cellCount) cells" }
        output += "\n"
        if !identity.options.isEmpty { output += "options: \(identity.options.joined(separator: " "))\n" }
        if let basis = report.results.lazy.compactMap(\.predicted?.basis).first {
            output += "predicted by: \(basis)\n"
        }
        let probedTotals = report.probedTotals
        if let basis = report.results.lazy.compactMap(\.probed?.basis).first {
            output += "probed by: \(basis)\n"
        }
        output += "\n"
        var header = ["MACHINE", "DEVICES", "STATUS", "SECONDS", "QEMU MS", "PREDICTED", "OUTCOME"]
        if probedTotals != nil { header += ["PROBED", "PROBED OUTCOME"] }
        var table = TextTable(header: header + ["ERROR"], alignments: [.left, .left, .left, .right, .right])
        for result in report.results {
            let machine = result.machine + (result.toMachine.map { " → \($0)" } ?? "")
            var devices = result.devices.joined(separator: ",")
            if !result.sourceOnlyDevices.isEmpty {
                devices += (devices.isEmpty ? "" : " ") + "source+" + result.sourceOnlyDevices.joined(separator: ",")
            }
            var row = [
                machine, devices.isEmpty ? "-" : devices, result.status.rawValue, format(result.seconds),
                result.qemuMilliseconds.map(String.init) ?? "-", result.predicted?.verdict ?? "-",
                outcome(result.outcome),
            ]
            if probedTotals != nil { row += [result.probed?.verdict ?? "-", outcome(result.probedOutcome)] }
            table.append(row + [result.error ?? result.notes.joined(separator: "; ")])
        }
        output += table.render()
        output += "\n" + totals(report.totals)
        if let probedTotals { output += probedTotalsLines(probedTotals) }
        return output
    }

    /// The totals block, with the static tier's predictions against reality.
    public static func totals(_ totals: PredictionTally) -> String {
        var output =
            "\(totals.machines) migrations: \(totals.completed) completed, \(totals.failed) failed, \(totals.timeout) timed out\n"
        output += predictionLines(totals, tier: "static", label: "prediction vs reality")
        return output
    }

    /// The probed tier's predictions against reality.
    public static func probedTotalsLines(_ totals: PredictionTally) -> String {
        predictionLines(totals, tier: "probed", label: "probed tier vs reality")
    }

    private static func predictionLines(_ totals: PredictionTally, tier: String, label: String) -> String {
        var output = ""
        let another = totals.agreementsForAnotherCause
        output += "\(label): \(totals.agreements) agreements"
            + (another > 0 ? " (\(another) on a failure of another cause)" : "") + ", \(totals.falseAlarms) false alarms, "
            + "\(totals.misses) misses (\(totals.missesOutsideScope) outside the \(tier) tier's scope)"
        if totals.unpredicted > 0 { output += ", \(totals.unpredicted) without prediction" }
        if totals.undecided > 0 { output += ", \(totals.undecided) undecided (the tier said unknown)" }
        output += "\n"
        for (reason, count) in totals.missReasons.sorted(by: { $0.key < $1.key }) {
            output += "  miss: \(reason): \(count)\n"
        }
        return output
    }

    private static func outcome(_ outcome: PredictionOutcome) -> String {
        switch outcome {
        case .miss(let inScope, _): inScope ? "miss" : "miss (out of scope)"
        default: outcome.name
        }
    }

    private static func format(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
