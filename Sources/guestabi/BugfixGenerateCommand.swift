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

            --with-name-check-fix adds the companion patch that makes the migration destination \
            compare the whole machine type name (configuration_post_load in migration/savevm.c \
            compares only the received name's length, so a destination started with a bugfix \
            machine accepts a VM on its base). It is a separate patch with its own rationale: \
            written to <file>.name-check.patch beside -o <file>, or after the bugfix patch on \
            standard output. Nothing is added when the tree already compares the whole name.

            Examples:
              guestabi bugfix plan --fix fix.json --master 11.0 --branches 10.0,10.2 --format json > plan.json
              guestabi bugfix generate --plan plan.json --tree ~/qemu-stable-10.0 --branch 10.0 -o 10.0.patch
              guestabi bugfix generate --plan plan.json --tree ~/qemu --branch master | git -C ~/qemu apply
              guestabi bugfix generate --plan plan.json --tree ~/qemu --branch master --with-name-check-fix -o master.patch
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

    @Flag(help: "Also write the companion patch that makes the destination compare the whole machine name.")
    var withNameCheckFix = false

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
        let nameCheckPatch = withNameCheckFix ? try await NameCheckFix.patch(plan: plan, branch: branch, tree: sourceTree) : nil
        if let output {
            let inputs = [self.plan] + sourceTree.read.map { tree + "/" + $0 }
            var files = [(output, patch)]
            if let nameCheckPatch { files.append((NameCheckFix.path(beside: output), nameCheckPatch)) }
            // Both or neither: the second file is written only when the first was.
            for (path, text) in files {
                try OutputFile.write(Data(text.utf8), to: path, inputs: inputs)
            }
            if nameCheckPatch != nil {
                FileHandle.standardError.write(Data("guestabi: name-check fix written to \(NameCheckFix.path(beside: output))\n".utf8))
            }
        } else {
            print(patch + (nameCheckPatch ?? ""), terminator: "")
        }
        if withNameCheckFix && nameCheckPatch == nil {
            FileHandle.standardError.write(Data("guestabi: \(tree) already compares the whole machine name: no name-check fix needed\n".utf8))
        }
    }
}
