import ArgumentParser
import GuestABI
import Report

/// `guestabi check`: can a VM with this machine migrate from one release to another?
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Say whether a VM with a machine type can live-migrate from one release to another, and why.",
        discussion: """
            Verdicts: compatible, abi-changed (migrates; the guest sees the changes listed), \
            incompatible or unknown, from the effects of the reasons (breaks-migration, \
            guest-visible, none, unknown with why). Reason kinds: missing (not registered on the \
            destination), alias (q35 names different machines), frozen-compat (frozen compat \
            data differs), mispinned, stable-drift (any ABI difference inside one stable \
            series), family-wide, pinned, rename (a class field renamed across the \
            family), new-property (an entry on a property the other release does not \
            define), unreached, migration-state (the migrated state read from sources: the \
            target's CPU, and devices given with --device when a release is a tree; Arm \
            register keys are judged for the machine's default CPU model, its features read \
            from the tree's CPU code). Every verdict states its tier and scope.

            Exit status: 0 compatible, 1 abi-changed, incompatible or unknown, 2 bad input.

            Examples:
              guestabi check --from 7.2.0 --to 10.2.2 --machine pc-q35-7.2
              guestabi check --from 10.0.2 --to 10.2.2 --machine q35
              guestabi check --from 10.0.2 --to 10.0.13 --machine virt-10.0 --device virtio-net-pci --format json
              guestabi check --from 10.0.2 --to 10.0.2 --machine pc-q35-4.0 --to-machine pc-q35-4.0.1
            """
    )

    @Option(help: ArgumentHelp("The source release: a version the registry holds, a tree, or a registry JSON file.", valueName: "release"))
    var from: String

    @Option(help: ArgumentHelp("The destination release.", valueName: "release"))
    var to: String

    @Option(help: "The machine type: versioned (pc-q35-10.0) or an alias (q35).")
    var machine: String

    @Option(help: ArgumentHelp("The machine type the destination is started with, when not --machine: QEMU's own name check of the destination release decides, then the ABI difference.", valueName: "machine"))
    var toMachine: String?

    @Option(help: "The target, when the machine name exists for several (virt).")
    var target: String?

    @Option(help: ArgumentHelp("A device of the VM (repeatable): judge only the compat entries that reach these devices.", valueName: "driver"))
    var device: [String] = []

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var registries: RegistryOptions

    func run() async throws {
        let target = try self.target.map { text throws(CommandFailure) in try parseArgument { () throws(GuestABIError) in try Target(parsing: text) } }
        let catalog = try await ReleaseCatalog.loading(registries)
        // Loading is most of a check's time: load both releases (registry, then state model) at once.
        // The state models only as far as the machines' CPU reaches.
        let machines = [machine] + (toMachine.map { [$0] } ?? [])
        async let loadedSource = StateVerdicts.result { () async throws(CommandFailure) in
            try await StateVerdicts.release(from, from: catalog, machines: machines, target: target)
        }
        async let loadedDestination = StateVerdicts.result { () async throws(CommandFailure) in
            try await StateVerdicts.release(to, from: catalog, machines: machines, target: target)
        }
        let sourceRelease = try await loadedSource.get()
        let destinationRelease = try await loadedDestination.get()
        let (source, destination) = (sourceRelease.registry, destinationRelease.registry)
        let devices = device.isEmpty ? nil : device
        let state = StateVerdicts.producers(StateVerdicts.diff(sourceRelease.state, destinationRelease.state))
        var verdict = try parseArgument { () throws(GuestABIError) in
            if let toMachine {
                return try MachineSwitch(from: source, to: destination, extra: state).verdict(
                    machine: machine, destinationMachine: toMachine, target: target, devices: devices)
            }
            return try MigrationCheck(from: source, to: destination, extra: state).verdict(machine: machine, target: target, devices: devices)
        }
        if let tier = catalog.tierDescription(from: source.qemuVersion, to: destination.qemuVersion, target: verdict.target) {
            verdict.tier = tier
        }
        switch format {
        case .text: print(CheckReport.text(verdict), terminator: "")
        case .json: print(try JSONOutput.render(verdict), terminator: "")
        }
        if verdict.verdict != .compatible { throw ExitCode(1) }
    }
}
