import ArgumentParser
import GuestABI
import QEMUSource
import Report

/// `guestabi state-diff A B`: the migrated state two QEMU trees describe, compared.
struct StateDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state-diff",
        abstract: "Compare the migration state two QEMU source trees describe (VMState sections, Arm register keys).",
        discussion: """
            Reads every VMStateDescription of both trees (fields through the tree's own \
            include/migration/vmstate.h), their registrations and the Arm ARMCPRegInfo tables, and \
            reports each difference with the direction it breaks (A → B forward), judged by \
            QEMU's load rule minimum_version_id ≤ v ≤ version_id, the wire layout of the fields \
            at that version, subsection presence and predicates; what it reaches; and file:line \
            on both sides.

            Exit status: 0 no finding breaks in any direction, 1 some do, 2 bad input.

            Examples:
              guestabi state-diff /var/cache/qemu-corpus/10.0.2 /var/cache/qemu-corpus/10.0.13 --target aarch64
              guestabi state-diff A B --device e1000 --format json
            """
    )

    @Argument(help: "The first (source) QEMU tree.")
    var a: String

    @Argument(help: "The second (destination) QEMU tree.")
    var b: String

    @Option(help: "Only CPU findings of this target (x86_64, aarch64, ppc64, s390x, m68k), with device and code findings.")
    var target: String?

    @Option(help: "Only findings that reach this QOM device type (repeatable); with --target, the CPU's too.")
    var device: [String] = []

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    func run() async throws {
        let targetValue = try target.map { text throws(CommandFailure) in
            try parseArgument { () throws(GuestABIError) in try Target(parsing: text) }
        }
        async let left = Self.model(a)
        async let right = Self.model(b)
        let diff = StateDiff(try await left, try await right)
        let findings = StateFindingFilter(target: targetValue, devices: Set(device)).apply(diff.findings)
        switch format {
        case .text: print(StateDiffReport.text(diff, findings: findings), terminator: "")
        case .json: print(try JSONOutput.render(StateDiffReport.Document(diff, findings: findings)), terminator: "")
        }
        if findings.contains(where: { $0.forward == .breaks || $0.backward == .breaks }) {
            throw ExitCode(1)
        }
    }

    static func model(_ path: String) async throws(CommandFailure) -> StateModel {
        let tree = try await TreeSourceOptions.directory(path)
        do {
            return try await StateReader(tree: tree).read()
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }
}
