import ArgumentParser

/// `guestabi verify`: live migrations between real binaries (`run`, the default) and the join
/// of sharded runs (`merge`).
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Live-migrate VMs between two QEMU binaries on loopback and compare with check's verdicts.",
        discussion: """
            `guestabi verify --from A --to B …` runs the migrations (the `run` subcommand is the \
            default); `guestabi verify merge SHARD.json …` joins the reports of a sharded run. \
            See `guestabi verify run --help` for every option.
            """,
        subcommands: [VerifyRunCommand.self, VerifyMergeCommand.self],
        defaultSubcommand: VerifyRunCommand.self
    )
}
