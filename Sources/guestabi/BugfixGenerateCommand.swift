import ArgumentParser
import Foundation
import GuestABI
import QEMUSource

/// `guestabi bugfix generate`: the patch that adds a plan's bugfix machines to one branch.
struct BugfixGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the patch that adds a plan's bugfix machine types to one branch of a QEMU tree.",
        discussion: """
            Adds, per family, the bugfix machines the branch must carry: the family's _BUGFIX \
            define macro when the tree lacks it, options functions in the chain that apply the \
            base version and then the fix's new values explicitly, and the define line. In the \
            plan's own branch the new machine becomes the latest (alias and default move to it).

            Examples:
              guestabi bugfix plan --fix fix.json --master 11.0 --branches 10.0,10.2 --format json > plan.json
              guestabi bugfix generate --plan plan.json --tree ~/qemu-stable-10.0 --branch 10.0 -o 10.0.patch
              guestabi bugfix generate --plan plan.json --tree ~/qemu --branch master | git -C ~/qemu apply
            """
    )

    @Option(help: ArgumentHelp("The plan (`bugfix plan --format json` output).", valueName: "file"))
    var plan: String

    @Option(help: ArgumentHelp("The QEMU tree of that branch.", valueName: "dir"))
    var tree: String

    @Option(help: ArgumentHelp("The branch the tree is: X.Y (a stable branch of the plan) or master.", valueName: "branch"))
    var branch: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the patch here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Generate even from a plan the policy refuses.")
    var force = false

    func run() async throws {
        let (plan, stated) = try BugfixFile.readPlan(self.plan)
        // A plan says its verdict twice: per policy rule and overall. They must agree, and
        // either one refusing refuses the plan.
        if let stated, stated != plan.verdict {
            throw CommandFailure.badInput(
                "\(self.plan): the plan's verdict is '\(stated.rawValue)' but its policy entries give '\(plan.verdict.rawValue)'; "
                    + "the file was edited or damaged: regenerate it with `guestabi bugfix plan --format json`")
        }
        let refusals = plan.policy.filter { $0.verdict == .refuse }
        if (stated == .refuse || !refusals.isEmpty) && !force {
            throw CommandFailure.badInput(
                "\(self.plan): the policy refuses this plan:\n" + refusals.map { "  \($0.rule): \($0.message)" }.joined(separator: "\n")
                    + "\nfix the plan, or pass --force to generate it anyway")
        }
        let sourceTree: RecordingTree
        do {
            sourceTree = RecordingTree(try DirectoryTree(root: tree))
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        let patch: String
        do {
            patch = try await BugfixPatchGenerator(plan: plan, tree: sourceTree, branch: branch).patch()
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        if let output {
            let inputs = [self.plan] + sourceTree.read.map { tree + "/" + $0 }
            try OutputFile.write(Data(patch.utf8), to: output, inputs: inputs)
        } else {
            print(patch, terminator: "")
        }
    }
}
