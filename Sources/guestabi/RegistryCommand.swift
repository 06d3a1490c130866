import ArgumentParser

/// `guestabi registry`: the embedded registry of real releases.
struct RegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "List or rebuild the registry of real QEMU releases that guestabi ships.",
        subcommands: [RegistryListCommand.self, RegistryBuildCommand.self],
        defaultSubcommand: RegistryListCommand.self
    )
}
