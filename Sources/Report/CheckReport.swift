public import GuestABI

/// Renders a ``MigrationVerdict`` for a person: the verdict and its scope first, then each
/// reason with the entries it rests on.
public enum CheckReport {
    /// The text report.
    public static func text(_ verdict: MigrationVerdict) -> String {
        var output = "\(verdict.machine) (\(verdict.target)): \(verdict.fromLabel) → \(verdict.toLabel)\n"
        output += "verdict: \(verdict.headline)\n"
        output += "scope: \(verdict.scope)\n"
        output += "devices: " + (verdict.devices.isEmpty ? "any VM (worst case; give --device DRIVER for a concrete VM)" : verdict.devices.joined(separator: ", ")) + "\n"
        for reason in verdict.reasons {
            output += "\n\(reason.isBreaking ? "✗" : "·") \(reason.kind.rawValue): \(reason.message)\n"
            for change in reason.entries {
                output += "    " + DiffReport.line(change) + "\n"
            }
        }
        return output
    }
}
