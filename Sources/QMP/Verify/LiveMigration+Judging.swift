import GuestABI

extension LiveMigration {
    /// Decides the outcome by the destination alone: completed only when its migration status
    /// is `completed`, it left `inmigrate`, it is alive, and it logged no error.
    nonisolated(nonsending) static func judge(destination: QEMUInstance, record: inout MigrationRecord) async {
        let alive = destination.isAlive
        if alive {
            if let info = try? await destination.client.execute("query-migrate") {
                record.destinationStatus = info["status"]?.stringValue
                record.destinationError = info["error-desc"]?.stringValue
            }
            record.destinationRunState = (try? await destination.client.execute("query-status"))?["status"]?.stringValue
        }
        let errors = errorLines(destination.standardError)
        let passed =
            alive && record.destinationStatus == "completed" && record.destinationRunState != nil
            && record.destinationRunState != "inmigrate" && errors.isEmpty
        if passed {
            record.status = .completed
            record.error = nil
            return
        }
        record.status = record.timedOut ? .timeout : .failed
        if !errors.isEmpty {
            record.error = errors.joined(separator: "; ")
        } else if let error = record.destinationError {
            record.error = error
        } else if !alive {
            record.error = "the destination exited without an error message" + sourceSaid(record)
        } else if record.timedOut {
            record.error = "no outcome in time: destination \(record.destinationStatus ?? "?"), source \(record.sourceStatus ?? "?")"
        } else {
            record.error =
                "destination migration status \(record.destinationStatus ?? "?"), run state \(record.destinationRunState ?? "?")"
                + sourceSaid(record)
        }
    }

    private static func sourceSaid(_ record: MigrationRecord) -> String {
        guard let error = record.sourceError else { return "" }
        return " (the source said: \(error))"
    }

    /// The lines of a QEMU's standard error that are errors: every line but warnings, without
    /// the `qemu-system-x86_64: ` prefix.
    static func errorLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var line = Substring(line)
            if line.hasPrefix("qemu-system-"), let colon = line.firstIndex(of: ":") {
                line = line[line.index(after: colon)...].drop { $0 == " " }
            }
            guard !line.isEmpty, !line.hasPrefix("warning:") else { return nil }
            return String(line)
        }
    }

    /// The last error lines of a dead QEMU, for a message.
    static func lastWords(_ text: String) -> String {
        errorLines(text).suffix(3).joined(separator: "; ")
    }

    /// `: <last error lines>` or nothing.
    static func tail(_ text: String) -> String {
        let words = lastWords(text)
        return words.isEmpty ? "" : ": " + words
    }
}
