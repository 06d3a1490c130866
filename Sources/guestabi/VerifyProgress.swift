import Foundation
import GuestABI
import Synchronization

/// Shows a verification's progress on standard error: a bar with counts on a terminal, one
/// plain line per migration otherwise (CI logs).
final class VerifyProgress: Sendable {
    private let total: Int
    private let isTerminal: Bool
    private let counts = Mutex((completed: 0, failed: 0, timeout: 0))

    init(total: Int) {
        self.total = total
        isTerminal = isatty(STDERR_FILENO) == 1
    }

    /// Reports one finished migration; `done` is how many have finished.
    func report(_ result: LiveMigrationResult, done: Int) {
        let counts = counts.withLock { counts in
            switch result.status {
            case .completed: counts.completed += 1
            case .failed: counts.failed += 1
            case .timeout: counts.timeout += 1
            }
            return counts
        }
        let line: String
        if isTerminal {
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            line = "\r[\(bar)] \(done)/\(total)  completed \(counts.completed)  failed \(counts.failed)  timeout \(counts.timeout)"
                + (done == total ? "\n" : "")
        } else {
            let seconds = String(format: "%.1f", result.seconds)
            line = "[\(done)/\(total)] \(result.cell.id): \(result.status.rawValue) in \(seconds) s"
                + (result.error.map { ": \($0)" } ?? "") + "\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
