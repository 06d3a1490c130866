import GuestABI

/// Where a task reported the lexer errors of each file it was the first to use, so that the
/// diagnostics of tasks run in parallel can be merged as if they had run one after another: a
/// file's lexer errors then appear once, at its first use.
struct LexerReports: Sendable {
    /// A position in a task's diagnostics and reports.
    struct Mark: Comparable, Sendable {
        var diagnostic = 0
        var report = 0

        static func < (lhs: Mark, rhs: Mark) -> Bool {
            (lhs.diagnostic, lhs.report) < (rhs.diagnostic, rhs.report)
        }
    }

    private struct Report: Sendable {
        var path: String
        var range: Range<Int>
    }

    private var reports: [Report] = []

    /// Appends `errors`, the lexer errors of `path`, to `diagnostics` and notes where they are.
    mutating func record(_ errors: [SourceDiagnostic], of path: String, into diagnostics: inout [SourceDiagnostic]) {
        reports.append(Report(path: path, range: diagnostics.count..<(diagnostics.count + errors.count)))
        diagnostics += errors
    }

    /// The current end of `diagnostics` and of the reports.
    func mark(_ diagnostics: [SourceDiagnostic]) -> Mark {
        Mark(diagnostic: diagnostics.count, report: reports.count)
    }

    /// The part `range` of `diagnostics`, without the lexer errors of files `reported` holds;
    /// files whose errors are kept join `reported`.
    func diagnostics(
        of diagnostics: [SourceDiagnostic], in range: Range<Mark>, unless reported: inout Set<String>
    ) -> [SourceDiagnostic] {
        var result: [SourceDiagnostic] = []
        var cursor = range.lowerBound.diagnostic
        for report in reports[range.lowerBound.report..<range.upperBound.report] {
            result += diagnostics[cursor..<report.range.lowerBound]
            if reported.insert(report.path).inserted { result += diagnostics[report.range] }
            cursor = report.range.upperBound
        }
        result += diagnostics[cursor..<range.upperBound.diagnostic]
        return result
    }
}
