import ArgumentParser
import Foundation
import GuestABI
import Report

/// `guestabi matrix`: every migration verdict over a set of releases.
struct MatrixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Compute every (source release, destination release, machine) migration verdict, forward and backward.",
        discussion: """
            Without --release, every release the registry holds. HTML is one self-contained page: \
            a heatmap per family (hover a cell for its machines and reasons) and a lifecycle \
            timeline per family.

            --device evaluates a concrete VM (compat entries that reach none of its devices have \
            no effect) instead of the worst case. Cells also carry the migration-state reasons \
            check gives (the target's CPU state read from sources; devices with --device when a \
            release is a tree), by the same rule.

            Exit status: 0 every cell compatible, 1 some cell is not, 2 bad input.

            Examples:
              guestabi matrix --family pc-q35
              guestabi matrix --family pc-q35 --device virtio-net-pci --device e1000e
              guestabi matrix --release 7.2.0 --release 10.2.2 --target aarch64 --format csv
              guestabi matrix --format html -o matrix.html
            """
    )

    /// `--format table|json|csv|html`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, html
    }

    @Option(name: .customLong("release"), help: ArgumentHelp("A release to include (repeatable): version, tree or registry file.", valueName: "release"))
    var releases: [String] = []

    @Option(help: "Only this family (pc-q35, pc-i440fx, arm-virt, pseries, s390-ccw-virtio, m68k-virt, …).")
    var family: String?

    @Option(help: "Only this target.")
    var target: String?

    @Option(help: ArgumentHelp("A device of the VM (repeatable): judge cells for a VM with these devices.", valueName: "driver"))
    var device: [String] = []

    @Option(help: "Output format.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var registries: RegistryOptions

    func validate() throws {
        if family != nil && target != nil { throw ValidationError("give --family or --target, not both") }
    }

    func run() async throws {
        let family = try self.family.map { text throws(CommandFailure) in try parseArgument { () throws(GuestABIError) in try MachineFamily(parsing: text) } }
        let target = try self.target.map { text throws(CommandFailure) in try parseArgument { () throws(GuestABIError) in try Target(parsing: text) } }
        var catalog = try await ReleaseCatalog.loading(registries)
        let names = releases.isEmpty ? catalog.versions.map(\.description) : releases
        var loaded: [ReleaseRegistry] = []
        var stateModels: [QEMUVersion: StateModel] = [:]
        for name in names {
            let registry = try await catalog.release(name)
            if loaded.contains(where: { $0.qemuVersion == registry.qemuVersion }) {
                throw CommandFailure.badInput("'\(name)': release \(registry.qemuVersion) is given twice")
            }
            loaded.append(registry)
            stateModels[registry.qemuVersion] = try await StateVerdicts.model(name, registry: registry)
        }
        guard loaded.count >= 2 else {
            throw CommandFailure.badInput("a matrix needs at least two releases; got \(loaded.count) (\(catalog.acceptedForms))")
        }
        let matrix = CompatibilityMatrix(registries: loaded, devices: device.isEmpty ? nil : device, stateModels: stateModels) { machine in
            (family == nil || machine.family == family) && (target == nil || machine.target == target)
        }
        var view = MatrixView(matrix, registries: loaded, devices: device)
        if !catalog.probed.isEmpty {
            let probed = catalog.probed.keys.sorted().map(\.description).joined(separator: ", ")
            view.scope = "tier: probed binaries for \(probed) (compat properties as QEMU applies them; class facts from the sources), "
                + "sources for the others; \(view.scope)"
        }
        let text: String
        switch format {
        case .table: text = MatrixReport.table(view)
        case .json: text = try JSONOutput.render(view)
        case .csv: text = MatrixReport.csv(view)
        case .html: text = MatrixHTML.render(view)
        }
        if let output {
            try OutputFile.write(Data(text.utf8), to: output, inputs: registries.files)
        } else {
            print(text, terminator: "")
        }
        if view.cells.contains(where: { $0.verdict != .compatible }) { throw ExitCode(1) }
    }
}
