import ArgumentParser
import GuestABI
import QEMUSource
import Report

/// `guestabi extract`: every versioned machine type of a QEMU tree with its compat chain.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read every versioned machine type of a QEMU source tree, with its ordered compat chain.",
        discussion: """
            Reads a QEMU source tree (a checkout, or the partial trees scripts/qemu-sources.sh \
            unpacks) or a git ref without a checkout, and prints each versioned machine: target, \
            alias, default flag, whether the release registers and deprecates it, and the compat \
            properties and class facts its options chain applies, in application order. The JSON \
            schema is in docs/registry-schema.md.

            Exit status: 0 complete, 2 unreadable input or a partial extraction (unless \
            --allow-partial).

            Examples:
              guestabi extract /var/cache/qemu-corpus/10.2.2 --target x86_64
              guestabi extract --git-dir ~/qemu/.git --ref v10.0.3 --format json
              guestabi extract /var/cache/qemu-corpus/10.2.2 --properties
            """
    )

    @Argument(help: "The QEMU source tree (omit with --git-dir).")
    var tree: String?

    @OptionGroup var source: TreeSourceOptions

    @Option(help: "Only this target (x86_64, aarch64, ppc64, s390x, m68k).")
    var target: String?

    @Option(help: "Output format.")
    var format: TableOrJSON = .table

    @Flag(help: "Exit 0 even when some files were missing or could not be understood.")
    var allowPartial = false

    @Flag(help: "Also read the QOM type hierarchy (qomParents: which devices a compat entry reaches), as `registry build` does.")
    var qom = false

    @Flag(help: "Print the device property model instead of the machines: every qdev property (type, default), property added by code, and CPU feature name, by the QOM type that defines it (implies --qom).")
    var properties = false

    func run() async throws {
        let targets = try target.map { text throws(CommandFailure) in
            Set([try parseArgument { () throws(GuestABIError) in try Target(parsing: text) }])
        }
        let sourceTree = try await source.open(path: tree)
        let registry: ReleaseRegistry
        do {
            registry = try await TreeExtractor(tree: sourceTree).extract(targets: targets, qomHierarchy: qom || properties)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        switch (format, properties) {
        case (.table, true): print(PropertyReport.table(registry.properties), terminator: "")
        case (.json, true): print(try JSONOutput.render(registry.properties.all), terminator: "")
        case (.table, false): print(RegistryReport.table(registry), terminator: "")
        case (.json, false): print(try JSONOutput.render(registry), terminator: "")
        }
        try IncompleteTree.check(registry, tree: sourceTree.displayName, allowPartial: allowPartial)
    }
}
