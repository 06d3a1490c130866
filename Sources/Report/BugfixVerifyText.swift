public import QMP

/// Renders a ``BugfixVerification``: the binaries, then one line per check (status, kind,
/// subject) with its evidence indented below, then the totals.
public enum BugfixVerifyText {
    /// The text report.
    public static func text(_ verification: BugfixVerification) -> String {
        var output = "bugfix verify: \(verification.fix)\n"
        for binary in verification.binaries {
            output += "  \(binary.label): \(binary.path)\n"
        }
        output += "\n"
        for check in verification.checks { output += line(check) }
        output += "\n" + summary(verification) + "\n"
        return output
    }

    /// One check: `PASS  same-abi       pc-q35-10.0.14` and its evidence.
    public static func line(_ check: BugfixVerification.Check) -> String {
        var output = "\(pad(check.status.rawValue.uppercased(), 7)) \(pad(check.kind.rawValue, 15)) \(check.subject)\n"
        for fact in check.evidence { output += "        \(fact)\n" }
        return output
    }

    /// `every check holds: 9 pass, 4 warn, 0 skipped` or `2 of 15 checks fail`.
    public static func summary(_ verification: BugfixVerification) -> String {
        let counts =
            "\(verification.count(.pass)) pass, \(verification.count(.warn)) warn, \(verification.count(.skipped)) skipped, \(verification.count(.fail)) fail"
        return verification.holds
            ? "every check holds (\(counts))" : "\(verification.count(.fail)) of \(verification.checks.count) checks fail (\(counts))"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
