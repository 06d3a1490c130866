import ArgumentParser
import Foundation
import QMP

/// The root command: `guestabi <subcommand>`.
@main
struct GuestABICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guestabi",
        abstract: "Read, compare and plan QEMU's versioned machine types.",
        discussion: """
            guestabi answers whether a VM can live-migrate between two QEMU releases with a \
            given machine type, reads the versioned machine types of real QEMU trees, and plans \
            bugfix machine types for stable branches.

            Exit status: 0 clean / compatible, 1 findings / incompatible, 2 bad input.
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, DiffCommand.self, MatrixCommand.self, RegistryCommand.self, ExtractCommand.self,
            LifecycleCommand.self, BugfixCommand.self, LintCommand.self, VerifyCommand.self, ProbeCommand.self,
            VMStateDiffCommand.self, StateDiffCommand.self,
        ]
    )

    /// While an interrupt is being handled, the error its killed QEMUs caused is not ours to
    /// report: the handler exits with 128 + the signal once every group is gone.
    static func waitForAnInterruptToEnd() async {
        while ChildProcessGroups.shared.isStopping {
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Runs the command line, mapping every kind of bad input to exit status 2 with a message
    /// on standard error, as all guestabi commands promise.
    static func main() async {
        // A child process (git cat-file, QEMU) that dies must give an error, not kill us.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            await waitForAnInterruptToEnd()
            FileHandle.standardError.write(Data("guestabi: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            await waitForAnInterruptToEnd()
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(CommandFailure.badInputStatus)
            }
            exit(withError: error)
        }
    }
}
