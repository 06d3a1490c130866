import ArgumentParser
import Foundation
import GuestABI
import QMP
import Report

/// `guestabi verify [run]`: real live migrations between two QEMU binaries, beside `check`'s
/// verdicts.
struct VerifyRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Live-migrate VMs between two QEMU binaries on loopback and compare with check's verdicts.",
        discussion: """
            For each machine (and device set): the destination starts with -incoming and listens \
            on a free 127.0.0.1 port, the source starts paused (or --running), -nodefaults unless \
            --defaults; the source migrates; both are polled until the destination completes, \
            fails or the timeout passes. A migration passes only when the destination says \
            completed, left inmigrate, is alive and logged no load error. Beside each result: \
            check's verdict for the same cell (registries of the binaries' versions, or their \
            stable series), and totals of agreements, false alarms and misses. With --probe FILE \
            (a `probe --format json` file of either binary, QEMU 9.1 or later) or \
            --probe-binaries, the probed tier's verdict (check with the probe above the sources) \
            stands beside the static one, with its own totals.

            Every QEMU runs in its own process group and is killed on success, failure, timeout \
            and Ctrl-C; sockets and logs live in a private directory that is removed.

            Scale-out: --shard K/N runs a deterministic 1/N of the cells (default from GitLab \
            CI's CI_NODE_INDEX/CI_NODE_TOTAL); `guestabi verify merge` joins the shards' JSON.

            Exit status: 0 every migration completed, 1 some did not, 2 bad input.

            Examples:
              guestabi verify --from /opt/qemu-lab/7.2/qemu-system-x86_64 --to /opt/qemu-lab/10.0.2/qemu-system-x86_64 --machine pc-q35-7.2
              guestabi verify --from A --to B --all-common --device virtio-net-pci --device nvme --with-and-without-devices --jobs 2
              guestabi verify --from B --to B --machine pc-q35-4.0 --to-machine pc-q35-4.0.1
              guestabi verify --from A --to B --all-common --shard 2/3 --format json --output shard2.json
              guestabi verify --from A --to B --all-common --probe-binaries
            """
    )

    @Option(help: ArgumentHelp("The source QEMU binary.", valueName: "qemu-binary"))
    var from: String

    @Option(help: ArgumentHelp("The destination QEMU binary.", valueName: "qemu-binary"))
    var to: String

    @Option(help: "A machine type to migrate (repeatable).")
    var machine: [String] = []

    @Flag(help: "Every versioned machine type both binaries register.")
    var allCommon = false

    @Option(help: ArgumentHelp("Start the destination with this machine type instead of the source's.", valueName: "machine"))
    var toMachine: String?

    @Option(help: ArgumentHelp("A device of the VM (repeatable): a driver or driver,prop=value; drives use null-co.", valueName: "driver"))
    var device: [String] = []

    @Flag(help: "Run every machine twice: without devices and with the --device set.")
    var withAndWithoutDevices = false

    @Option(help: ArgumentHelp("A device only the source has (repeatable): a negative control.", valueName: "driver"))
    var sourceOnlyDevice: [String] = []

    @Flag(help: "Keep QEMU's default devices (no -nodefaults).")
    var defaults = false

    @Flag(help: "Start the source running instead of paused.")
    var running = false

    @Option(help: ArgumentHelp("Boot this kernel on the source and follow its heartbeat on the destination (needs --initrd).", valueName: "kernel"))
    var guest: String?

    @Option(help: ArgumentHelp("The initramfs for --guest (scripts/build-guest-initramfs.sh builds one).", valueName: "initrd"))
    var initrd: String?

    @Option(help: "Guest memory in MiB (pseries wants a multiple of 256).")
    var memory: Int = 256

    @Option(help: ArgumentHelp("Limit the migration's bandwidth (bytes per second).", valueName: "bytes"))
    var maxBandwidth: Int?

    @Option(help: "Migrations at once (each runs two QEMUs); at most the number of cores.")
    var jobs: Int = 1

    @Option(help: ArgumentHelp("Run shard K of N (default: CI_NODE_INDEX/CI_NODE_TOTAL when set).", valueName: "K/N"))
    var shard: String?

    @Option(help: "Seconds a migration may take from `migrate` to an outcome.")
    var timeout: Int = 120

    @Option(help: ArgumentHelp("The registry to predict the source with (default: from its version).", valueName: "release"))
    var fromRegistry: String?

    @Option(help: ArgumentHelp("The registry to predict the destination with.", valueName: "release"))
    var toRegistry: String?

    @Flag(help: "Probe both binaries (as `guestabi probe`, without built-in devices) for the probed tier's verdicts; a binary before QEMU 9.1 stays on the sources.")
    var probeBinaries = false

    @Option(help: "Output format.")
    var format: VerifyOutputFormat = .table

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var registries: RegistryOptions

    func validate() throws {
        guard !machine.isEmpty || allCommon else { throw ValidationError("give --machine M (repeatable) or --all-common") }
        guard (guest == nil) == (initrd == nil) else { throw ValidationError("--guest and --initrd go together") }
        guard jobs >= 1 else { throw ValidationError("--jobs \(jobs): expected a number ≥ 1") }
        guard memory >= 16 else { throw ValidationError("--memory \(memory): expected MiB ≥ 16") }
        guard timeout >= 1 else { throw ValidationError("--timeout \(timeout): expected seconds ≥ 1") }
        for path in [guest, initrd].compactMap({ $0 }) where !FileManager.default.isReadableFile(atPath: path) {
            throw ValidationError("\(path): no such readable file")
        }
    }

    func run() async throws {
        let shard = try parseArgument { () throws(GuestABIError) -> VerifyShard? in
            if let text = self.shard { return try VerifyShard(parsing: text) }
            return try VerifyShard(environment: ProcessInfo.processInfo.environment)
        }
        var sourcesOnly = registries
        sourcesOnly.probes = []
        let catalog = try await ReleaseCatalog.loading(sourcesOnly)
        ChildProcessGroups.shared.installInterruptHandlers(message: "verify interrupted")
        let (source, destination) = try await inspectBinaries()
        let machines = allCommon ? VerifyBinary.commonVersionedMachines(source, destination) : machine
        let deviceSets = withAndWithoutDevices ? [[], device] : [device]
        let cells = VerifyCell.grid(
            machines: machines, toMachine: toMachine, deviceSets: deviceSets, sourceOnlyDevices: sourceOnlyDevice)
        guard !cells.isEmpty else {
            throw CommandFailure.badInput("\(from) and \(to) have no versioned machine type in common")
        }
        let options = try migrationOptions()
        let identity = VerifyRunIdentity(
            from: source.identity, to: destination.identity, options: try await identityOptions(options), cells: cells)
        let predictor = try await VerifyPredictor.make(
            from: source, to: destination, fromRegistry: fromRegistry, toRegistry: toRegistry, defaultDevices: defaults,
            catalog: catalog)
        let probedPredictor = try await probedTier(source: source, destination: destination)
        let selected = shard?.select(cells) ?? cells
        let progress = VerifyProgress(total: selected.count)
        let runner = VerifyRunner(from: from, to: to, options: options, jobs: jobs)
        if runner.jobs < jobs {
            FileHandle.standardError.write(Data("guestabi: --jobs \(jobs) lowered to \(runner.jobs), the number of cores\n".utf8))
        }
        let results = await runner.run(selected, predict: predictor.predict, predictProbed: probedPredictor?.predict) {
            result, done in
            progress.report(result, done: done)
        }
        let report = VerifyReport(identity: identity, shard: shard, results: results)
        try VerifyOutput.write(report, format: format, to: output)
        if !report.allCompleted { throw ExitCode(1) }
    }

    /// The probed tier, when `--probe` or `--probe-binaries` asks for it: `check` with the
    /// probe files (or fresh probes of the binaries) as the releases of their versions.
    private func probedTier(source: VerifyBinary, destination: VerifyBinary) async throws(CommandFailure) -> VerifyPredictor? {
        guard !registries.probes.isEmpty || probeBinaries else { return nil }
        var catalog = try await ReleaseCatalog.loading(registries)
        var skipped: [String] = []
        if probeBinaries {
            for binary in [source, destination] {
                if let target = binary.target, catalog.probed[binary.version]?[target] != nil { continue }
                guard MachineProbe.supportsCompatProps(binary.version) else {
                    skipped.append("\(binary.version) reports no compat properties (QEMU before \(MachineProbe.firstVersionWithCompatProps)): sources")
                    continue
                }
                let report: ProbeReport
                do {
                    report = try await BinaryProbe(binary: binary.path, builtinDevices: false).run()
                } catch {
                    throw CommandFailure.badInput("\(binary.path): cannot probe it: \(error)")
                }
                try catalog.addProbe(report, path: binary.path)
            }
        }
        // A probe of neither binary's release and target would leave the probed tier the static one.
        let probed = catalog.probed.flatMap { version, targets in targets.keys.map { "QEMU \(version) \($0.rawValue)" } }.sorted()
        guard [source, destination].contains(where: { binary in binary.target.map { catalog.probed[binary.version]?[$0] != nil } ?? false })
        else {
            let reason = probed.isEmpty
                ? "neither binary could be probed (\(skipped.joined(separator: "; ")))"
                : "the probe files are of \(probed.joined(separator: ", ")), not of either binary "
                    + "(QEMU \(source.version) and \(destination.version) \(source.targetName))"
            if probeBinaries, registries.probes.isEmpty {
                return VerifyPredictor.unavailable(tier: "probed", reason: reason, target: source.target)
            }
            throw CommandFailure.badInput("--probe: \(reason)")
        }
        return try await VerifyPredictor.make(
            from: source, to: destination, fromRegistry: fromRegistry, toRegistry: toRegistry, defaultDevices: defaults,
            catalog: catalog, tier: "probed")
    }

    private func inspectBinaries() async throws(CommandFailure) -> (VerifyBinary, VerifyBinary) {
        do {
            async let source = VerifyBinary.inspect(from)
            async let destination = VerifyBinary.inspect(to)
            let binaries = try await (source, destination)
            guard binaries.0.targetName == binaries.1.targetName else {
                throw CommandFailure.badInput(
                    "\(from) emulates \(binaries.0.targetName) but \(to) emulates \(binaries.1.targetName): migrate between binaries of one target")
            }
            return binaries
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.badInput("\(error)")
        }
    }

    private func migrationOptions() throws(CommandFailure) -> LiveMigrationOptions {
        let guestImage = guest.flatMap { kernel in initrd.map { LiveMigrationOptions.Guest(kernel: kernel, initrd: $0) } }
        return LiveMigrationOptions(
            defaults: defaults, running: running, guest: guestImage, memoryMiB: memory,
            migrationTimeout: .seconds(timeout), maxBandwidth: maxBandwidth)
    }

    /// The options that change what a cell does, for the run's identity.
    private func identityOptions(_ options: LiveMigrationOptions) async throws(CommandFailure) -> [String] {
        var list: [String] = []
        if defaults { list.append("--defaults") }
        if running { list.append("--running") }
        list.append("--memory \(memory)")
        if let maxBandwidth { list.append("--max-bandwidth \(maxBandwidth)") }
        if probeBinaries { list.append("--probe-binaries") }
        for path in registries.probes {
            do {
                list.append("--probe sha256:\(try await VerifyBinary.fileDigest(path))")
            } catch {
                throw CommandFailure.badInput("\(error)")
            }
        }
        if let guest = options.guest {
            do {
                list.append("--guest sha256:\(try await VerifyBinary.fileDigest(guest.kernel))")
                list.append("--initrd sha256:\(try await VerifyBinary.fileDigest(guest.initrd))")
            } catch {
                throw CommandFailure.badInput("\(error)")
            }
        }
        return list
    }
}

