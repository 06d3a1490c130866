import Foundation
import GuestABI
import QMP
import Testing

/// Every common machine of every lab target, 7.2 ↔ 10.0.2 both ways (x86_64 also with a device
/// set), and a really booted guest each way. Minutes, not seconds: only with GUESTABI_FULL_SWEEP=1
/// (the booted guest also with GUESTABI_BOOTED_GUEST=1); the default suite samples a few cells
/// in LiveMigrationTests.
@Suite(.serialized) struct LiveMigrationSweepTests {
    static let environment = ProcessInfo.processInfo.environment
    static let fullSweep = environment["GUESTABI_FULL_SWEEP"] == "1"
    static let bootedGuest = fullSweep || environment["GUESTABI_BOOTED_GUEST"] == "1"
    static let guestCache = environment["GUESTABI_GUEST_CACHE"] ?? "/var/cache/guestabi-guest"
    static let deviceSet = ["virtio-net-pci", "virtio-blk-pci", "virtio-rng-pci", "nvme", "qemu-xhci"]

    static func pair(_ target: Target) -> [(LabBinary, LabBinary)] {
        let older = LabBinary.binary(LabBinary.older, target)
        let newer = LabBinary.binary(LabBinary.newer, target)
        return [(older, newer), (newer, older)]
    }

    static func run(_ cells: [VerifyCell], from: LabBinary, to: LabBinary, options: LiveMigrationOptions = LiveMigrationOptions())
        async -> [LiveMigrationResult]
    {
        await VerifyRunner(from: from.path, to: to.path, options: options, jobs: 2).run(cells, predict: { _ in nil }) { _, _ in }
    }

    @Test(.enabled(if: fullSweep, "set GUESTABI_FULL_SWEEP=1"), arguments: Target.allCases)
    func everyCommonMachineMigratesAsTheLabSays(target: Target) async throws {
        for (from, to) in Self.pair(target) {
            try #require(from.isInstalled && to.isInstalled)
            let machines = VerifyBinary.commonVersionedMachines(
                try await VerifyBinary.inspect(from.path), try await VerifyBinary.inspect(to.path))
            #expect(machines.count > 5)
            let deviceSets: [[String]] = target == .x86_64 ? [[], Self.deviceSet.filter { $0 != "nvme" }, Self.deviceSet] : [[]]
            let results = await Self.run(VerifyCell.grid(machines: machines, deviceSets: deviceSets), from: from, to: to)
            for result in results {
                let label = "\(from.testDescription) → \(to.testDescription) \(result.cell.id)"
                switch target {
                case .x86_64 where result.devices.contains("nvme"):
                    #expect(result.status == .failed, "\(label)")
                    #expect(result.error?.contains("non-migratable device") == true, "\(label): \(result.error ?? "")")
                case .x86_64, .s390x, .m68k:
                    #expect(result.status == .completed, "\(label): \(result.error ?? "")")
                case .aarch64, .ppc64:
                    // Every pseries and virt machine breaks both ways, in the CPU's state (older
                    // pseries also in the interrupt controller's sections).
                    #expect(result.status == .failed, "\(label)")
                    #expect(result.error?.isEmpty == false, "\(label)")
                }
            }
        }
    }

    static var guestFiles: (kernel: String, initrd: String)? {
        let kernel = guestCache + "/vmlinuz"
        let initrd = guestCache + "/initrd.img"
        guard FileManager.default.fileExists(atPath: kernel), FileManager.default.fileExists(atPath: initrd) else { return nil }
        return (kernel, initrd)
    }

    @Test(
        .enabled(if: bootedGuest, "set GUESTABI_BOOTED_GUEST=1 (about 40 s per direction)"),
        .enabled(if: guestFiles != nil, "run scripts/build-guest-initramfs.sh first"),
        arguments: pair(.x86_64).indices)
    func aBootedGuestKeepsBeatingOnTheDestination(direction: Int) async throws {
        let (from, to) = Self.pair(.x86_64)[direction]
        let files = try #require(Self.guestFiles)
        let options = LiveMigrationOptions(guest: .init(kernel: files.kernel, initrd: files.initrd))
        let cell = VerifyCell(
            machine: "pc-q35-7.2", devices: ["virtio-net-pci", "e1000", "qemu-xhci", "virtio-blk-pci", "virtio-rng-pci"])
        let groups = ChildProcessGroups()
        let result = await LiveMigration.run(cell, from: from.path, to: to.path, options: options, groups: groups)
        #expect(result.status == .completed, "\(result.error ?? "")")
        #expect(result.destinationRunState == "running")
        #expect(result.notes.contains { $0.hasPrefix("heartbeat ") && $0.contains("on the destination") }, "\(result.notes)")
        #expect(groups.groups.isEmpty)
    }
}
