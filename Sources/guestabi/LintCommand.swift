import ArgumentParser
import Foundation
import GuestABI
import QEMUSource
import RegistryStore
import Report

/// `guestabi lint`: the bugfix-machine policy as a CI gate.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a QEMU tree against the machine-type policy, as a CI gate for a stable or master branch.",
        discussion: """
            Against the base (--base DIR, or --git-dir with --base-ref): changes to frozen compat \
            arrays or class facts, any ABI change of an existing machine within a stable series, \
            machines removed inside their lifetime. In the tree: legacy tagged versions, bugfix \
            machines another branch (--branches) defines but this one lacks or defines with another \
            ABI, machines past deletion still defined, more than one bugfix machine per stream or \
            year. Findings the base already had are reported as existing and do not fail the gate.

            Exit status: 0 no new finding (notes aside), 1 new findings, 2 bad input.

            Examples:
              guestabi lint ~/qemu --base ~/qemu-v10.2.0
              guestabi lint --git-dir ~/qemu/.git --ref HEAD --base-ref origin/stable-10.0 --format sarif
              guestabi lint ~/qemu --branches 10.0=~/stable-10.0,10.1=~/stable-10.1
            """
    )

    /// `--format text|json|sarif`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "The QEMU tree to lint (omit with --git-dir/--ref).")
    var tree: String?

    @Option(help: ArgumentHelp("The base tree to compare with.", valueName: "dir"))
    var base: String?

    @OptionGroup var source: TreeSourceOptions

    @Option(help: ArgumentHelp("The base ref in --git-dir.", valueName: "ref"))
    var baseRef: String?

    @Option(help: ArgumentHelp("Other branches, comma-separated X.Y=DIR (or X.Y=REF with --git-dir, or X.Y=RELEASE the embedded registry holds).", valueName: "list"))
    var branches: String?

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Lint trees whose extraction is incomplete (damaged or unreadable files) instead of exiting 2.")
    var allowPartial = false

    func validate() throws {
        if base != nil && baseRef != nil { throw ValidationError("give --base or --base-ref, not both") }
        if baseRef != nil && source.gitDir == nil { throw ValidationError("--base-ref needs --git-dir") }
    }

    func run() async throws {
        // Other branches are compared on effective values, which need the property models.
        let withProperties = !(branches ?? "").isEmpty
        let linted = try await extract(try await source.open(path: tree), properties: withProperties)
        var baseRegistry: ReleaseRegistry?
        if let base {
            baseRegistry = try await extract(try await TreeSourceOptions.directory(base), properties: false)
        } else if let baseRef, let gitDir = source.gitDir {
            baseRegistry = try await extract(try await TreeSourceOptions.git(gitDir, ref: baseRef), properties: false)
        }
        var others: [ReleaseRegistry] = []
        for item in (branches ?? "").split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, (try? MachineVersion(parsing: String(parts[0]))) != nil else {
                throw CommandFailure.badInput("'\(item)': expected X.Y=DIR (or X.Y=REF with --git-dir), e.g. --branches 10.0=../stable-10.0")
            }
            let location = String(parts[1])
            let tree: any SourceTree
            if let gitDir = source.gitDir, !FileManager.default.fileExists(atPath: location) {
                tree = try await TreeSourceOptions.git(gitDir, ref: location)
            } else if !FileManager.default.fileExists(atPath: location), let version = try? QEMUVersion(parsing: location) {
                // A release the embedded registry holds (`10.2=10.2.2`).
                guard let registry = try? EmbeddedRegistry.registry(version) else {
                    throw CommandFailure.badInput(
                        "'\(item)': \(location) is no folder and not a release the embedded registry holds (\(EmbeddedRegistry.versions().map(\.description).joined(separator: ", ")))")
                }
                others.append(registry)
                continue
            } else {
                tree = try await TreeSourceOptions.directory(location)
            }
            others.append(try await extract(tree, properties: true))
        }
        var findings = PolicyLinter(tree: linted, base: baseRegistry, branches: others).findings()
        if let base, let tree {
            // GA010: migrated state inside one stable series (trees on disk).
            let baseState = try await StateDiffCommand.model(base)
            let treeState = try await StateDiffCommand.model(tree)
            findings += StateLint.findings(base: baseState, tree: treeState)
        }
        switch format {
        case .text: print(LintReport.text(findings, tree: tree ?? linted.origin ?? "tree"), terminator: "")
        case .json: print(try JSONOutput.render(findings), terminator: "")
        case .sarif:
            let root = tree.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            print(try LintSARIF.render(findings, root: root, toolVersion: GuestABICommand.configuration.version), terminator: "")
        }
        if findings.contains(where: \.failsGate) { throw ExitCode(1) }
    }

    private func extract(_ tree: any SourceTree, properties: Bool) async throws(CommandFailure) -> ReleaseRegistry {
        let registry: ReleaseRegistry
        do {
            // The policy needs no device reach; the QOM hierarchy (and with it the device
            // property model) only to compare effective values with other branches.
            registry = try await TreeExtractor(tree: tree).extract(qomHierarchy: properties)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        try IncompleteTree.check(registry, tree: tree.displayName, allowPartial: allowPartial)
        return registry
    }
}
