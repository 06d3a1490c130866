import ArgumentParser

/// `guestabi bugfix`: bugfix machine types for stable branches.
struct BugfixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bugfix",
        abstract: "Plan bugfix machine types (X.Y.N) for a guest-ABI fix backported to stable branches, and generate their patches.",
        subcommands: [BugfixPlanCommand.self, BugfixGenerateCommand.self]
    )
}
