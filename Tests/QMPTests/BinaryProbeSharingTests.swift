import GuestABI
import QMP
import Testing

/// The property-default reads shared out among several `-machine none` QEMUs give the same probe
/// as one QEMU answering them all, and a CPU model asked only for its expansion keeps every cell.
@Suite struct BinaryProbeSharingTests {
    static let binaries = [
        LabBinary.binary(LabBinary.newer, .x86_64), LabBinary.binary(LabBinary.newer, .aarch64),
    ].filter(\.isInstalled)

    @Test(.anyLabBinary, arguments: binaries)
    func sharedReadsGiveTheSameProbeAsOneQEMU(binary: LabBinary) async throws {
        async let alone = BinaryProbe(binary: binary.path, builtinDevices: false, jobs: 1).run()
        async let shared = BinaryProbe(binary: binary.path, builtinDevices: false, jobs: 3).run()
        let (one, three) = try await (alone, shared)
        #expect(BinaryProbe(binary: binary.path, jobs: 3).helperCount == 2)
        #expect(one.machines == three.machines)
        #expect(one.defaults == three.defaults)
        #expect(one.defaultsUnavailable == three.defaultsUnavailable)
        // Every CPU model a compat entry reaches has its defaults, and every cell on one has a value
        // or says why not.
        let cpus = one.defaults.keys.filter { QOMAncestry.descends($0, from: "cpu", parents: one.types) }
        #expect(!cpus.isEmpty)
        for machine in one.machines {
            for cell in machine.effective ?? [] where cpus.contains(cell.driver) {
                #expect(cell.origin != .unavailable, "\(machine.name) \(cell.driver).\(cell.property)")
            }
        }
    }
}
