import ArgumentParser
import GuestABI
import Report

/// `guestabi diff`: the guest-ABI difference of every machine between two releases.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the guest ABI of every machine type between two releases.",
        discussion: """
            A release is a version the registry holds (10.0.2), a QEMU tree directory, or a \
            registry JSON file. For every machine registered in either release (or just \
            --machine): identical, added, removed, or each differing compat entry and class \
            fact with the array or function it comes from on each side.

            Exit status: 0 identical, 1 differences, 2 bad input.

            Examples:
              guestabi diff 10.0.2 10.0.13
              guestabi diff 7.2.0 10.2.2 --machine pc-q35-7.2
              guestabi diff 10.2.2 ~/src/qemu --target aarch64 --format json
            """
    )

    @Argument(help: "The first release.")
    var from: String

    @Argument(help: "The second release.")
    var to: String

    @Option(help: "Only this machine (versioned name).")
    var machine: String?

    @Option(help: "Only this target (x86_64, aarch64, ppc64, s390x, m68k).")
    var target: String?

    @Option(help: "Output format.")
    var format: TableOrJSON = .table

    @OptionGroup var registries: RegistryOptions

    func run() async throws {
        let target = try self.target.map { text throws(CommandFailure) in try parseArgument { () throws(GuestABIError) in try Target(parsing: text) } }
        var catalog = try await ReleaseCatalog.loading(registries)
        let before = try await catalog.release(from)
        let after = try await catalog.release(to)
        if let machine, !(before.machines + after.machines).contains(where: { $0.name == machine && (target == nil || $0.target == target) }) {
            throw CommandFailure.badInput("'\(machine)': neither \(before.qemuVersion) nor \(after.qemuVersion) defines this machine\(target.map { " for \($0)" } ?? ""); give a versioned name such as pc-q35-10.0")
        }
        let diff = ReleaseDiff(from: before, to: after, target: target, machine: machine)
        // The migration state apart: the findings that reach the CPUs of the targets guestabi
        // knows (of `--target` alone when given).
        let state = try await StateVerdicts.diff(from: (from, before), to: (to, after))
        let scopes = Set((target.map { [$0] } ?? Target.allCases).map(StateScope.cpuScope(for:)))
        let findings = state?.findings.filter { $0.reaches(cpuScopes: scopes, devices: []) } ?? []
        switch format {
        case .table:
            if let tier = catalog.tier(from: before.qemuVersion, to: after.qemuVersion, target: target) { print(tier) }
            print(DiffReport.text(diff), terminator: "")
            if let state { print(StateDiffReport.section(state, findings: findings), terminator: "") }
        case .json: print(try JSONOutput.render(ReleaseDiffDocument(diff, state: state, findings: findings)), terminator: "")
        }
        if diff.hasDifferences { throw ExitCode(1) }
    }
}
