import ArgumentParser
import Foundation
import QMP
import Report

/// `guestabi vmstate-diff`: compare two `-dump-vmstate` files, for every device or for one VM.
struct VMStateDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vmstate-diff",
        abstract: "Compare two QEMU -dump-vmstate files, for every device type or for the devices one VM has.",
        discussion: """
            Without --machine: the checks of QEMU's scripts/vmstate-static-checker.py (sections, \
            version_id / minimum_version_id, fields by name, order and size, unused padding, \
            descriptions, subsections, its known renames), in its wording; exit 1 when there is \
            any finding.

            With --machine: only the devices that VM has (its built-in devices, live from \
            --binary or from a probe file, plus --device, with what those create inside) can \
            break it; each finding is judged, and the verdict's exit status is 0 safe, 1 breaks. \
            --dst-binary / --dst-probe tell a device the destination lacks from state its dump \
            does not show.

            Exit status: 0 safe / no finding, 1 breaks / findings, 2 bad input.

            Examples:
              guestabi vmstate-diff src.json dst.json
              guestabi vmstate-diff a.json b.json --machine pc-q35-7.2 --binary /opt/qemu-lab/7.2/qemu-system-x86_64 \\
                --dst-binary /opt/qemu-lab/10.0.2/qemu-system-x86_64 --device virtio-rng-pci
              guestabi vmstate-diff a.json b.json --machine virt-7.2 --probe probe-7.2.json --format json
            """
    )

    @Argument(help: "The source binary's -dump-vmstate file.")
    var source: String

    @Argument(help: "The destination binary's -dump-vmstate file.")
    var destination: String

    @Option(help: "Judge the findings for a VM of this machine type.")
    var machine: String?

    @Option(help: ArgumentHelp("The source binary: its VM's devices are read live.", valueName: "qemu-binary"))
    var binary: String?

    @Option(help: ArgumentHelp("The source binary's probe file (guestabi probe --format json).", valueName: "file"))
    var probe: String?

    @Option(help: ArgumentHelp("The destination binary: its QOM types.", valueName: "qemu-binary"))
    var dstBinary: String?

    @Option(help: ArgumentHelp("The destination binary's probe file.", valueName: "file"))
    var dstProbe: String?

    @Option(help: ArgumentHelp("A device the VM has besides the built-in ones (repeatable).", valueName: "driver"))
    var device: [String] = []

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    func validate() throws {
        if machine == nil, binary != nil || probe != nil || !device.isEmpty || dstBinary != nil || dstProbe != nil {
            throw ValidationError("--binary, --probe, --device, --dst-binary and --dst-probe need --machine")
        }
        if machine != nil, (binary == nil) == (probe == nil) {
            throw ValidationError("--machine needs exactly one of --binary BIN or --probe FILE")
        }
        if dstBinary != nil, dstProbe != nil { throw ValidationError("give --dst-binary or --dst-probe, not both") }
    }

    func run() async throws {
        // The two dumps are parsed at once: parsing is most of a parity run's time.
        let sourcePath = source
        let destinationPath = destination
        async let readSource = Task.detached { try Self.readDump(sourcePath) }.value
        async let readDestination = Task.detached { try Self.readDump(destinationPath) }.value
        let (sourceDump, destinationDump) = try await (readSource, readDestination)
        let findings = VMStateChecker.check(source: sourceDump, destination: destinationDump)
        guard let machine else {
            switch format {
            case .text: print(VMStateDiffText.parity(findings), terminator: "")
            case .json: print(try JSONOutput.render(findings), terminator: "")
            }
            if !findings.isEmpty { throw ExitCode(1) }
            return
        }
        let vmDevices = try await self.vmDevices(machine: machine)
        let destinationTypes = try await self.destinationTypes()
        let check = ScopedVMStateCheck(
            machine: machine, vmDevices: vmDevices, findings: findings, destinationTypes: destinationTypes)
        switch format {
        case .text: print(VMStateDiffText.scoped(check), terminator: "")
        case .json: print(try JSONOutput.render(check), terminator: "")
        }
        if check.verdict == .breaks { throw ExitCode(1) }
    }

    private func vmDevices(machine: String) async throws -> Set<String> {
        if let binary {
            do {
                return Set(try await MachineProbe.vmDevices(binary: binary, machine: machine, devices: device))
            } catch let error as QMPError {
                throw CommandFailure.badInput(error.description)
            }
        }
        let report = try Self.readProbe(probe ?? "")
        guard let entry = report.machine(named: machine) else {
            throw CommandFailure.badInput("\(probe ?? ""): no machine '\(machine)' (the probe has \(report.machines.count) machines)")
        }
        guard let builtin = entry.builtinDevices else {
            throw CommandFailure.badInput(
                "\(probe ?? ""): machine '\(machine)' has no built-in devices (\(entry.builtinDevicesError ?? "probed with --no-builtin-devices"))")
        }
        // From a probe file, an added device's inner devices are not known: its own type and
        // every type below it in the hierarchy that the dumps name stand in for them.
        var devices = Set(builtin).union(device)
        for type in report.types.keys where device.contains(where: { QOMAncestry.descends(type, from: $0, parents: report.types) }) {
            devices.insert(type)
        }
        return devices
    }

    private func destinationTypes() async throws -> Set<String>? {
        if let dstBinary {
            do {
                let parents = try await MachineProbe.qomTypes(binary: dstBinary)
                return Set(parents.keys).union(parents.values)
            } catch let error as QMPError {
                throw CommandFailure.badInput(error.description)
            }
        }
        if let dstProbe {
            let report = try Self.readProbe(dstProbe)
            return Set(report.types.keys).union(report.types.values)
        }
        return nil
    }

    static func readDump(_ path: String) throws -> JSONDocument {
        do {
            return try VMStateDumpFile.load(path)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }

    static func readProbe(_ path: String) throws -> ProbeReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.badInput("\(path): cannot read the probe file")
        }
        do {
            return try JSONDecoder().decode(ProbeReport.self, from: data)
        } catch {
            throw CommandFailure.badInput("\(path): not a probe file (guestabi probe --format json): \(error)")
        }
    }
}
