import Subprocess

/// One run of `git` to completion, with its arguments passed as argv (never through a shell).
///
/// Package-visible so tests can build fixture repositories with the same runner.
package enum GitCommand {
    /// What a finished `git` run produced.
    package struct Output: Sendable {
        /// The exit code, or `nil` when git was killed by a signal.
        package var exitCode: Int32?
        /// Everything git wrote to standard output.
        package var standardOutput: [UInt8]
        /// What git wrote to standard error, trimmed of surrounding whitespace.
        package var standardError: String

        /// Whether git exited with status 0.
        package var succeeded: Bool { exitCode == 0 }
    }

    /// The most standard output a listing may produce (a tree of a million files fits).
    static let outputLimit = 256 * 1024 * 1024

    /// Runs `git arguments...` and returns its output whatever its exit status.
    ///
    /// Throws ``QEMUSourceError/Code/gitFailed`` naming `subject` only when git cannot be run at all.
    package static func run(_ arguments: [String], subject: String) async throws(QEMUSourceError) -> Output {
        do {
            let result = try await Subprocess.run(
                .name("git"),
                arguments: Arguments(arguments),
                output: .bytes(limit: outputLimit),
                error: .string(limit: 64 * 1024)
            )
            let exitCode: Int32?
            if case .exited(let code) = result.terminationStatus {
                exitCode = Int32(code)
            } else {
                exitCode = nil
            }
            return Output(
                exitCode: exitCode,
                standardOutput: result.standardOutput,
                standardError: trimmed(result.standardError)
            )
        } catch {
            throw cannotRun(arguments, subject: subject, error)
        }
    }

    /// Runs `git arguments...` and returns its standard output; a non-zero exit throws
    /// ``QEMUSourceError/Code/gitFailed`` with git's message and `hint`.
    package static func output(
        _ arguments: [String],
        subject: String,
        hint: String
    ) async throws(QEMUSourceError) -> [UInt8] {
        let output = try await run(arguments, subject: subject)
        guard output.succeeded else {
            throw QEMUSourceError(
                .gitFailed,
                subject: subject,
                reason: "`\(commandLine(arguments))` failed (\(output.describedStatus))",
                hint: hint
            )
        }
        return output.standardOutput
    }

    /// `git arguments...` as a person would type it, for messages.
    static func commandLine(_ arguments: [String]) -> String {
        (["git"] + arguments).map { argument in
            argument.isEmpty || argument.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" })
                ? "'" + argument.replacing("'", with: "'\\''") + "'" : argument
        }.joined(separator: " ")
    }

    static func cannotRun(_ arguments: [String], subject: String, _ error: any Error) -> QEMUSourceError {
        QEMUSourceError(
            .gitFailed,
            subject: subject,
            reason: "cannot run `\(commandLine(arguments))` (\(error))",
            hint: "install git (2.5 or newer) and make sure it is on PATH"
        )
    }

    private static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}

extension GitCommand.Output {
    /// The exit status and git's message, for error reasons: `exit 128: fatal: not a git repository`.
    package var describedStatus: String {
        let status = exitCode.map { "exit \($0)" } ?? "killed by a signal"
        return standardError.isEmpty ? status : "\(status): \(standardError)"
    }
}
