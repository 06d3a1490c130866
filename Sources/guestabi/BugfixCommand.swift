import ArgumentParser

/// `guestabi bugfix`: bugfix machine types for stable branches.
struct BugfixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bugfix",
        abstract: "Plan bugfix machine types (X.Y.N) for a guest-ABI fix backported to stable branches, generate their patches, and verify the binaries built from them.",
        subcommands: [BugfixPlanCommand.self, BugfixGenerateCommand.self, BugfixVerifyCommand.self]
    )
}
