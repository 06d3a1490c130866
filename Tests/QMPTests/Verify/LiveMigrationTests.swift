import Foundation
import GuestABI
import QMP
import Testing

/// Real live migrations between the lab's 7.2 and 10.0.2 binaries (a sample; the whole sweep
/// runs with GUESTABI_FULL_SWEEP=1, see LiveMigrationSweepTests).
@Suite(.serialized) struct LiveMigrationTests {
    static let options = LiveMigrationOptions()
    static let deviceSet = ["virtio-net-pci", "virtio-blk-pci", "virtio-rng-pci", "nvme", "qemu-xhci"]

    static func lab(_ version: (lab: String, reported: QEMUVersion), _ target: Target) -> LabBinary {
        LabBinary.binary(version, target)
    }

    static func migrate(
        _ cell: VerifyCell, from: LabBinary, to: LabBinary, options: LiveMigrationOptions = options
    ) async -> LiveMigrationResult {
        let groups = ChildProcessGroups()
        let result = await LiveMigration.run(cell, from: from.path, to: to.path, options: options, groups: groups)
        #expect(groups.groups.isEmpty)
        #expect(ChildProcessScan.children().filter { $0.command.contains("qemu") || $0.command == "sh" }.isEmpty)
        return result
    }

    static let x86Pairs: [(LabBinary, LabBinary)] = [
        (lab(LabBinary.older, .x86_64), lab(LabBinary.newer, .x86_64)),
        (lab(LabBinary.newer, .x86_64), lab(LabBinary.older, .x86_64)),
    ]

    @Test(.installed(lab(LabBinary.older, .x86_64)), .installed(lab(LabBinary.newer, .x86_64)), arguments: x86Pairs)
    func anX86MachineMigratesBothWaysWithAndWithoutDevices(from: LabBinary, to: LabBinary) async {
        for devices in [[], Self.deviceSet.filter { $0 != "nvme" }] {
            let result = await Self.migrate(VerifyCell(machine: "pc-q35-7.2", devices: devices), from: from, to: to)
            #expect(result.status == .completed, "\(result.error ?? "")")
            #expect(result.destinationStatus == "completed")
            #expect(result.destinationRunState == "prelaunch")
            #expect(result.qemuMilliseconds != nil)
            #expect(result.error == nil)
        }
    }

    @Test(.installed(lab(LabBinary.older, .x86_64)), .installed(lab(LabBinary.newer, .x86_64)))
    func nvmeBlocksMigrationAtTheSource() async {
        let result = await Self.migrate(
            VerifyCell(machine: "pc-i440fx-7.2", devices: Self.deviceSet), from: Self.x86Pairs[0].0, to: Self.x86Pairs[0].1)
        #expect(result.status == .failed)
        #expect(result.error?.contains("non-migratable device") == true, "\(result.error ?? "")")
        #expect(result.error?.contains("nvme") == true)
    }

    @Test(arguments: [Target.aarch64, .ppc64])
    func cpuStateBreaksAreReportedWithTheDestinationsError(target: Target) async throws {
        let older = Self.lab(LabBinary.older, target)
        let newer = Self.lab(LabBinary.newer, target)
        try #require(older.isInstalled && newer.isInstalled)
        let machine = target == .aarch64 ? "virt-7.2" : "pseries-7.2"
        for (from, to) in [(older, newer), (newer, older)] {
            var result = await Self.migrate(VerifyCell(machine: machine), from: from, to: to)
            #expect(result.status == .failed)
            let error = try #require(result.error)
            #expect(error.contains("cpu"), "\(error)")
            result.predicted = Prediction(tier: "static", verdict: "compatible", predictsCompletion: true, basis: "", reasons: [])
            #expect(result.outcome == .miss(inScope: false, reason: "CPU state not covered by machine-type ABI"))
        }
    }

    @Test(.installed(lab(LabBinary.older, .x86_64)), .installed(lab(LabBinary.newer, .x86_64)))
    func aSourceWithAnExtraDeviceIsRejectedByTheDestination() async {
        let result = await Self.migrate(
            VerifyCell(machine: "pc-q35-7.2", sourceOnlyDevices: ["virtio-rng-pci"]), from: Self.x86Pairs[0].0,
            to: Self.x86Pairs[0].1)
        #expect(result.status == .failed)
        #expect(result.error?.contains("Unknown savevm section") == true, "\(result.error ?? "")")
    }

    @Test(.installed(lab(LabBinary.older, .x86_64)), .installed(lab(LabBinary.newer, .x86_64)))
    func aDestinationOnThePreviousMachineVersionRefusesTheStream() async {
        let result = await Self.migrate(
            VerifyCell(machine: "pc-q35-7.2", toMachine: "pc-q35-7.1"), from: Self.x86Pairs[0].0, to: Self.x86Pairs[0].1)
        #expect(result.status == .failed)
        #expect(result.error?.contains("Machine type received is 'pc-q35-7.2' and local is 'pc-q35-7.1'") == true)
    }

    /// QEMU compares only a prefix of the machine name (issue 13): base → bugfix is accepted,
    /// bugfix → base refused.
    @Test(.installed(lab(LabBinary.newer, .x86_64)))
    func theMachineNamePrefixHazardReproduces() async {
        let binary = Self.lab(LabBinary.newer, .x86_64)
        let accepted = await Self.migrate(VerifyCell(machine: "pc-q35-4.0", toMachine: "pc-q35-4.0.1"), from: binary, to: binary)
        #expect(accepted.status == .completed, "\(accepted.error ?? "")")
        let refused = await Self.migrate(VerifyCell(machine: "pc-q35-4.0.1", toMachine: "pc-q35-4.0"), from: binary, to: binary)
        #expect(refused.status == .failed)
        #expect(refused.error?.contains("Machine type received is 'pc-q35-4.0.1' and local is 'pc-q35-4.0'") == true)
    }
}
