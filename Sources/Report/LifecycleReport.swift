public import GuestABI

/// Renders lifecycle summaries.
public enum LifecycleReport {
    /// One row per summary: input, version, deprecated in, deleted in, and the status at `at`
    /// when given.
    public static func table(_ summaries: [LifecycleSummary], at qemu: QEMUVersion?) -> String {
        var header = ["INPUT", "VERSION", "DEPRECATED IN", "DELETED IN"]
        if let qemu { header.append("STATUS AT \(qemu.displayName)") }
        var table = TextTable(header: header)
        for summary in summaries {
            var row = [
                summary.input, summary.version.description,
                summary.deprecatedIn?.description ?? "-", summary.deletedIn?.description ?? "-",
            ]
            if qemu != nil { row.append(summary.status?.rawValue ?? "not under the rule") }
            table.append(row)
        }
        return table.render()
    }
}
