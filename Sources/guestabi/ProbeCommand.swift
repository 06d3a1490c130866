import ArgumentParser
import Foundation
import QMP
import Report

/// `guestabi probe`: what a real QEMU binary says about its machine types.
struct ProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Ask a QEMU binary for its machines, compat properties, defaults and built-in devices.",
        discussion: """
            One QEMU with -machine none answers the version, every machine (with its compat \
            properties from QEMU 9.1) and the QOM type hierarchy; it and up to --jobs - 1 more \
            (at most 4 in all) read the defaults of every driver a compat entry reaches \
            (device-list-properties, query-cpu-model-expansion for CPU models, \
            qom-list-properties for other objects). Then each machine is started paused \
            with -nodefaults (--jobs at a time, default: the number of cores) and its QOM \
            composition tree is walked for the devices it creates by itself.

            The JSON form is the probe file that vmstate-diff --probe reads.

            Examples:
              guestabi probe /opt/qemu-lab/10.0.2/qemu-system-x86_64
              guestabi probe qemu-system-aarch64 --format json --vmstate /tmp/dumps > probe.json
              guestabi probe /usr/bin/qemu-system-x86_64 --machine pc-q35-7.2 --machine q35 --timing
            """
    )

    @Argument(help: "The qemu-system-* binary (a path, or a name looked up in PATH).")
    var binary: String

    @Option(help: "Output format.")
    var format: TextOrJSON = .text

    @Option(help: ArgumentHelp("Also write the binary's -dump-vmstate output into this directory.", valueName: "dir"))
    var vmstate: String?

    @Option(help: ArgumentHelp("Only this machine (name or alias; repeatable).", valueName: "machine"))
    var machine: [String] = []

    @Flag(inversion: .prefixedNo, help: "Start each machine to list its built-in devices.")
    var builtinDevices = true

    @Option(help: "How many QEMUs to run at once for the defaults and the built-in devices (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Print how long each phase took on standard error.")
    var timing = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let vmstate {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: vmstate, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--vmstate \(vmstate): no such directory")
            }
        }
    }

    func run() async throws {
        // An interrupt stops every QEMU the probe started (each leads its own process group).
        ChildProcessGroups.shared.installInterruptHandlers(message: "probe interrupted")
        let probe = BinaryProbe(
            binary: binary, builtinDevices: builtinDevices, machines: machine, jobs: jobs, vmstateDirectory: vmstate)
        let (report, timings): (ProbeReport, BinaryProbe.Timings)
        do {
            (report, timings) = try await probe.runTimed()
        } catch let error as QMPError {
            throw CommandFailure.badInput(error.description)
        }
        switch format {
        case .text: print(ProbeText.text(report), terminator: "")
        case .json: print(try JSONOutput.render(report), terminator: "")
        }
        if timing {
            let line =
                "probe timing: table \(Self.seconds(timings.table)) s; built-in devices "
                + "\(Self.seconds(timings.builtinDevices)) s for \(timings.machinesWalked) machines, "
                + "\(timings.jobs) at a time\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f", value)
    }
}
