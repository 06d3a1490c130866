import ArgumentParser
import GuestABI
import Report

/// `guestabi lifecycle`: when QEMU deprecates and deletes versioned machines.
struct LifecycleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifecycle",
        abstract: "Show when QEMU deprecates and stops registering versioned machine types.",
        discussion: """
            QEMU deprecates a versioned machine type 3 years after its release and stops \
            registering it after 6 (from 9.1; deletion enforced from 10.1, before that only with \
            QEMU_DELETE_MACHINES set). Micro and tag are ignored: pc-q35-4.0.1 expires with 4.0.

            Examples:
              guestabi lifecycle pc-q35-7.2 4.0.1 --at 10.2.0
              guestabi lifecycle virt-5.0 --at 10.1.50 --format json
            """
    )

    @Argument(help: "Versioned machine names (pc-q35-7.2, virt-10.0, pseries-2.12-sxxm) or versions (7.2, 4.0.1).")
    var subjects: [String]

    @Option(help: ArgumentHelp("Also give each machine's status in this QEMU build (10.2.0, 10.1.50, 10.2.0-rc1).", valueName: "qemu-release"))
    var at: String?

    @Flag(help: "Model QEMU_DELETE_MACHINES being set (it enabled deletion in 9.1 – 10.0).")
    var deleteMachinesEnv = false

    @Option(help: "Output format.")
    var format: TableOrJSON = .table

    func validate() throws {
        guard !subjects.isEmpty else { throw ValidationError("give at least one machine name or version") }
    }

    func run() throws {
        let parsed = try subjects.map { subject throws(CommandFailure) in
            try parseArgument { () throws(GuestABIError) in try LifecycleSubject(parsing: subject) }
        }
        let qemu = try at.map { text throws(CommandFailure) in
            try parseArgument { () throws(GuestABIError) in try QEMUVersion(parsing: text) }
        }
        let environment: LifecycleEnvironment = deleteMachinesEnv ? .deleteMachines : .standard
        let summaries = parsed.map { LifecycleHistory.qemu.summary(of: $0, at: qemu, environment: environment) }
        switch format {
        case .table: print(LifecycleReport.table(summaries, at: qemu), terminator: "")
        case .json: print(try JSONOutput.render(summaries), terminator: "")
        }
    }
}
