import ArgumentParser
import GuestABI
import Report

/// `guestabi registry list`: the releases guestabi holds.
struct RegistryListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the releases the registry holds (embedded, plus --registry files).",
        discussion: """
            Examples:
              guestabi registry list
              guestabi registry list --registry my-11.0.json --format json
            """
    )

    @OptionGroup var registries: RegistryOptions

    @Option(help: "Output format.")
    var format: TableOrJSON = .table

    func run() async throws {
        let catalog = try await ReleaseCatalog.loading(registries)
        var entries: [RegistryListing] = []
        for version in catalog.versions {
            guard let registry = try catalog.registry(version) else { continue }
            entries.append(RegistryListing(registry, source: catalog.addedVersions.contains(version) ? "--registry" : "embedded"))
        }
        switch format {
        case .table: print(RegistryReport.listing(entries), terminator: "")
        case .json: print(try JSONOutput.render(entries), terminator: "")
        }
    }
}
