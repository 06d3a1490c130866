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

            Register keys are judged for every CPU model that meets a table's gate; with --cpu \
            MODEL, for that model: its features and the functions that run for it are evaluated \
            from the tree's own CPU code (ARMCPUInfo entries, set_feature / unset_feature and the \
            conditions around them), and what depends on anything else is unknown. --cpu also \
            evaluates a CPU post_load check of the source's model (PowerPC's pvr_match), each \
            direction in the destination tree's code.

            Exit status: 0 no finding breaks in any direction, 1 some do, 2 bad input.

            Examples:
              guestabi state-diff qemu-10.0.2 qemu-10.0.13 --target aarch64
              guestabi state-diff qemu-7.2.0 qemu-10.0.2 --target aarch64 --cpu cortex-a15
              guestabi state-diff qemu-7.2.0 qemu-10.0.2 --target ppc64 --cpu power10_v2.0
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

    @Option(help: "Judge the CPU's register keys, and its post_load check of the source's model, for this CPU model (as -cpu takes it); needs --target.")
    var cpu: String?

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    func run() async throws {
        let targetValue = try target.map { text throws(CommandFailure) in
            try parseArgument { () throws(GuestABIError) in try Target(parsing: text) }
        }
        async let left = Self.model(a)
        async let right = Self.model(b)
        let diff = StateDiff(try await left, try await right)
        var all = diff.findings
        if let cpu {
            guard let targetValue else { throw CommandFailure.badInput("--cpu \(cpu): give --target too (the CPU folder the model belongs to)") }
            let scope = StateScope.cpuScope(for: targetValue)
            let comparison = CPUModelRegisterComparison(a: diff.a, modelA: cpu, b: diff.b, modelB: cpu, scope: scope)
            let identity = (diff.a.cpuIdentity[scope], diff.b.cpuIdentity[scope])
            let identityKnows = [identity.0, identity.1].contains { $0?.classes[cpu] != nil }
            guard comparison != nil || identityKnows else {
                let registered = { (model: StateModel) in
                    Set((model.cpuModelCode[scope]?.models ?? []).map(\.name)).union(model.cpuIdentity[scope]?.classes.keys.map { $0 } ?? [])
                }
                let known = registered(diff.a).intersection(registered(diff.b))
                throw CommandFailure.badInput(
                    "--cpu \(cpu): not a CPU model both trees register once for \(scope)"
                        + (known.isEmpty ? " (they register none whose features can be read)" : "; accepted: \(known.sorted().joined(separator: ", "))"))
            }
            if let comparison {
                all.removeAll { $0.kind == .registerKeys && $0.reach == [.cpu(scope: scope)] }
                all += comparison.findings
            }
            all += CPUIdentityComparison(identity.0, model: cpu, identity.1, model: cpu, scope: scope).findings
        }
        let findings = StateFindingFilter(target: targetValue, devices: Set(device)).apply(all)
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
