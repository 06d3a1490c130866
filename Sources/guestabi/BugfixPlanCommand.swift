import ArgumentParser
import Foundation
import GuestABI
import Report

/// `guestabi bugfix plan`: which bugfix machines a fix needs, where, and whether policy allows it.
struct BugfixPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the bugfix machine types of a guest-ABI fix backported to stable branches.",
        discussion: """
            The fix is a JSON file (docs/bugfix-machine-types.md): {"title": …, "compat": \
            [{"driver", "property", "old", "new"}], "classFacts": [{"field", "old", "new"}]}; old \
            is what existing machines keep, new the fixed behaviour.

            For each branch X.Y, one machine <family>-X.Y.N per family, N the micro of the \
            branch's next stable release; it must be defined in master and every branch ≥ X.Y with \
            the same ABI. The plan lists migration holes, lifecycle and policy verdicts.

            Exit status: 0 the policy allows the plan (ok or warn), 1 it refuses it, 2 bad input.

            Examples:
              guestabi bugfix plan --fix fix.json --master 11.0 --branches 10.0,10.1,10.2
              guestabi bugfix plan --fix fix.json --master 11.0 --branches 10.0 --stable-release 10.0=10.0.13 --family pc-q35 --format json
            """
    )

    @Option(help: ArgumentHelp("The fix (JSON).", valueName: "file"))
    var fix: String

    @Option(help: ArgumentHelp("The master release the fix lands in (11.0).", valueName: "X.Y"))
    var master: String

    @Option(help: ArgumentHelp("The stable branches to backport to, comma-separated (10.0,10.1,10.2).", valueName: "list"))
    var branches: String

    @Option(help: ArgumentHelp("Only this family (repeatable; default: every family the fix reaches).", valueName: "family"))
    var family: [String] = []

    @Option(help: ArgumentHelp("A branch's last stable release (repeatable), e.g. 10.0=10.0.13.", valueName: "X.Y=X.Y.Z"))
    var stableRelease: [String] = []

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var registries: RegistryOptions

    func run() async throws {
        let plan = try await makePlan()
        switch format {
        case .text: print(BugfixPlanReport.text(plan), terminator: "")
        case .json: print(try JSONOutput.render(plan), terminator: "")
        }
        if plan.verdict == .refuse { throw ExitCode(1) }
    }

    func makePlan() async throws -> BugfixPlan {
        let fix = try BugfixFile.readFix(self.fix)
        let master = try parseArgument { () throws(GuestABIError) in try QEMUVersion(parsing: self.master) }
        let branches = try branches.split(separator: ",").map { text throws(CommandFailure) in
            try parseArgument { () throws(GuestABIError) in try MachineVersion(parsing: String(text).trimmingCharacters(in: .whitespaces)) }
        }
        let families = try family.map { text throws(CommandFailure) in
            try parseArgument { () throws(GuestABIError) in try MachineFamily(parsing: text) }
        }
        var stable: [MachineVersion: QEMUVersion] = [:]
        for pair in stableRelease {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw CommandFailure.badInput("'\(pair)': expected X.Y=X.Y.Z, e.g. --stable-release 10.0=10.0.13")
            }
            let branch = try parseArgument { () throws(GuestABIError) in try MachineVersion(parsing: String(parts[0])) }
            stable[branch] = try parseArgument { () throws(GuestABIError) in try QEMUVersion(parsing: String(parts[1])) }
        }
        let catalog = try await ReleaseCatalog.loading(registries)
        var held: [ReleaseRegistry] = []
        for version in catalog.versions {
            if let registry = try catalog.registry(version) { held.append(registry) }
        }
        return try parseArgument { () throws(GuestABIError) in
            try BugfixPlanner(
                fix: fix, master: master, branches: branches, families: families.isEmpty ? nil : families, stableReleases: stable,
                registries: held
            ).plan()
        }
    }
}
