public import GuestABI

/// Renders a ``MigrationVerdict`` for a person: the verdict and its scope first, then each
/// reason with the entries it rests on.
public enum CheckReport {
    /// The text report.
    public static func text(_ verdict: MigrationVerdict) -> String {
        var output = "\(verdict.machine) (\(verdict.target)): \(verdict.fromLabel) → \(verdict.toLabel)\n"
        output += "verdict: \(verdict.headline)\n"
        output += "tier: \(verdict.tier); scope: \(verdict.scope)\n"
        output += "devices: " + (verdict.devices.isEmpty ? "any VM (worst case; give --device DRIVER for a concrete VM)" : verdict.devices.joined(separator: ", ")) + "\n"
        for reason in verdict.reasons {
            output += "\n\(symbol(reason.effect)) \(reason.kind.rawValue) [\(reason.effect.rawValue)]: \(reason.message)\n"
            if !reason.because.isEmpty, reason.effect != .none || reason.kind == .rename || !reason.evidence.isEmpty {
                output += "    because: \(reason.because)\n"
            }
            if !reason.evidence.isEmpty {
                output += "    evidence: \(reason.evidence.joined(separator: ", "))\n"
            }
            for change in reason.entries {
                output += "    " + DiffReport.line(change) + "\n"
            }
        }
        return output
    }

    /// `✗` breaks the migration, `?` unknown, `~` guest-visible, `·` no effect.
    static func symbol(_ effect: MigrationReason.Effect) -> String {
        switch effect {
        case .breaksMigration: "✗"
        case .unknown: "?"
        case .guestVisible: "~"
        case .none: "·"
        }
    }
}
