import ArgumentParser
import Foundation
import GuestABI
import QMP
import Report

/// `guestabi bugfix verify`: what a plan promised, checked on the binaries built from the
/// patched branches.
struct BugfixVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a bugfix plan against QEMU binaries built from the patched branches.",
        discussion: """
            Probes each binary (query-machines with compat properties, property defaults) and \
            checks: every planned machine is registered by the binaries of the branches its \
            definedIn names and by no other; with --baseline, every machine of the unpatched \
            binary is in the patched one with the same compat list and effective values, and the \
            patched one adds only the planned machines; each bugfix machine has the fix's new \
            value, its base the old one, and every effective property is equal across binaries. \
            Then real live migrations of a paused VM with the fix's devices: each bugfix machine \
            between every pair of branches both ways (must complete); to a destination started \
            with the base machine (must be refused); and from the base machine to a destination \
            started with the bugfix one, reported as it really behaves (WARN when accepted: that \
            destination compares only a prefix of the machine name).

            Exit status: 0 every check holds (warnings included), 1 a check fails, 2 bad input.

            Examples:
              guestabi bugfix verify --plan plan.json --binary 10.0=out/10.0.13/qemu-system-x86_64 --binary 10.2=out/10.2.2/qemu-system-x86_64
              guestabi bugfix verify --plan plan.json --binary 10.0=patched/qemu-system-x86_64 --baseline 10.0=/usr/bin/qemu-system-x86_64 --format json
            """
    )

    @Option(help: ArgumentHelp("The plan (`bugfix plan --format json` output).", valueName: "file"))
    var plan: String

    @Option(help: ArgumentHelp("A patched binary and the plan's branch it was built from (repeatable).", valueName: "branch=qemu"))
    var binary: [String] = []

    @Option(help: ArgumentHelp("An unpatched binary of a branch (repeatable): its machines must stay unchanged.", valueName: "branch=qemu"))
    var baseline: [String] = []

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @Option(help: ArgumentHelp("Seconds each migration may take.", valueName: "seconds"))
    var timeout = 120

    func run() async throws {
        let (plan, _) = try BugfixFile.readPlan(self.plan)
        let known = Set(plan.branches.keys).union(plan.machines.flatMap(\.definedIn))
        let binaries = try Self.parse(binary, option: "--binary", known: known)
        let baselines = try Self.parse(baseline, option: "--baseline", known: known)
        guard !binaries.isEmpty else {
            throw CommandFailure.badInput("give at least one --binary BRANCH=QEMU (branches of this plan: \(known.sorted().joined(separator: ", ")))")
        }
        guard timeout >= 1 else { throw CommandFailure.badInput("--timeout \(timeout): expected seconds ≥ 1") }
        let verifier = BugfixVerifier(
            plan: plan, binaries: binaries, baselines: baselines, options: LiveMigrationOptions(migrationTimeout: .seconds(timeout)))
        // Ctrl-C and SIGTERM stop every QEMU of the migrations before guestabi exits.
        ChildProcessGroups.shared.installInterruptHandlers(message: "bugfix verify interrupted")
        let progress = format == .text && isatty(STDERR_FILENO) == 1
        let verification: BugfixVerification
        do {
            verification = try await verifier.run { check in
                if progress { FileHandle.standardError.write(Data(BugfixVerifyText.line(check).utf8)) }
            }
        } catch let error as QMPError {
            throw CommandFailure.badInput(error.description)
        }
        switch format {
        case .text: print(BugfixVerifyText.text(verification), terminator: "")
        case .json: print(try JSONOutput.render(verification), terminator: "")
        }
        if !verification.holds { throw ExitCode(1) }
    }

    /// `BRANCH=QEMU` values: a branch the plan names, an executable, one binary per branch.
    static func parse(_ values: [String], option: String, known: Set<String>) throws(CommandFailure) -> [BugfixVerifier.Given] {
        var given: [BugfixVerifier.Given] = []
        for value in values {
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex, value.index(after: equals) != value.endIndex else {
                throw CommandFailure.badInput("\(option) '\(value)': expected BRANCH=QEMU, e.g. 10.0=out/10.0.13/qemu-system-x86_64")
            }
            let branch = String(value[..<equals])
            let path = String(value[value.index(after: equals)...])
            guard known.contains(branch) else {
                throw CommandFailure.badInput(
                    "\(option) '\(value)': the plan has no branch '\(branch)' (it has: \(known.sorted().joined(separator: ", ")))")
            }
            guard !given.contains(where: { $0.branch == branch }) else {
                throw CommandFailure.badInput("\(option) '\(value)': branch \(branch) given twice; one binary per branch")
            }
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw CommandFailure.badInput("\(option) '\(value)': \(path) is not an executable file")
            }
            given.append(.init(branch: branch, path: path))
        }
        return given
    }
}
