import Foundation
import GuestABI
import QMP
import Testing

/// `vmstate-diff --machine` measured against live migrations between the lab's x86_64 7.2 and
/// 10.0.2: no false alarm on machines that migrate, and the negative control flagged. The
/// default suite samples machines; GUESTABI_FULL_SWEEP=1 takes every machine common to both.
@Suite(.serialized) struct ScopedVMStateTests {
    static let older = LabBinary.binary(LabBinary.older, .x86_64)
    static let newer = LabBinary.binary(LabBinary.newer, .x86_64)
    static let fullSweep = ProcessInfo.processInfo.environment["GUESTABI_FULL_SWEEP"] == "1"
    static let available = older.isInstalled && newer.isInstalled

    static func findings(_ source: LabBinary, _ destination: LabBinary, dropping dropped: Set<String> = []) async throws
        -> [VMStateFinding]
    {
        func load(_ binary: LabBinary) async throws -> [UInt8] {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: try await VMStateDumps.shared.path(of: binary))))
        }
        var destinationDump = try JSONValue(parsing: try await load(destination))
        if case .object(var sections) = destinationDump {
            for name in dropped { sections[name] = nil }
            destinationDump = .object(sections)
        }
        return VMStateChecker.check(
            source: try JSONDocument(parsing: try await load(source)),
            destination: try JSONDocument(parsing: destinationDump.jsonBytes))
    }

    static func types(_ binary: LabBinary) async throws -> Set<String> {
        let parents = try await MachineProbe.qomTypes(binary: binary.path)
        return Set(parents.keys).union(parents.values)
    }

    /// The versioned machines both binaries register (deprecated ones included).
    static func commonMachines() async throws -> [String] {
        let old = try await MachineProbe.queryMachines(binary: older.path, compatProps: false).map(\.name)
        let new = Set(try await MachineProbe.queryMachines(binary: newer.path, compatProps: false).map(\.name))
        let common = old.filter { new.contains($0) && (try? MachineTypeName(parsing: $0, target: .x86_64)) != nil }
        guard !fullSweep else { return common }
        // A sample: the newest and the oldest common machine of each family.
        let families = Dictionary(grouping: common) { $0.split(separator: "-").dropLast().joined(separator: "-") }
        return families.values.flatMap { names in
            let sorted = names.sorted { ProbedMachine.isOrderedBefore($0, $1) }
            return Set([sorted.first!, sorted.last!])
        }.sorted()
    }

    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func noFalseAlarmOnMachinesThatMigrate() async throws {
        let machines = try await Self.commonMachines()
        #expect(!machines.isEmpty)
        for (source, destination) in [(Self.older, Self.newer), (Self.newer, Self.older)] {
            let findings = try await Self.findings(source, destination)
            let destinationTypes = try await Self.types(destination)
            for machine in machines {
                let live = await LiveMigration.run(
                    VerifyCell(machine: machine), from: source.path, to: destination.path, options: LiveMigrationOptions())
                let devices = try await MachineProbe.vmDevices(binary: source.path, machine: machine, devices: [])
                let check = ScopedVMStateCheck(
                    machine: machine, vmDevices: Set(devices), findings: findings, destinationTypes: destinationTypes)
                let direction = "\(machine) \(source.labVersion) → \(destination.labVersion)"
                #expect(live.status == .completed, "\(direction): \(live.error ?? "")")
                #expect(
                    check.verdict == (live.status == .completed ? .safe : .breaks),
                    "\(direction): \(check.findings.filter { $0.bearing == .breaks })")
            }
        }
    }

    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func aDeviceTheDestinationLacksIsFlagged() async throws {
        let machine = "pc-q35-7.2"
        // Live: the source has a virtio-rng-pci, the destination does not.
        let live = await LiveMigration.run(
            VerifyCell(machine: machine, sourceOnlyDevices: ["virtio-rng-pci"]), from: Self.older.path,
            to: Self.newer.path, options: LiveMigrationOptions())
        #expect(live.error?.contains("Unknown savevm section") == true, "\(live)")
        // Static: a destination binary without the device's types (dump sections and QOM types
        // removed) — the types the device adds to the VM, as the live walk shows them.
        let plain = Set(try await MachineProbe.vmDevices(binary: Self.older.path, machine: machine, devices: []))
        let withRNG = Set(
            try await MachineProbe.vmDevices(binary: Self.older.path, machine: machine, devices: ["virtio-rng-pci"]))
        let added = withRNG.subtracting(plain)
        #expect(added.contains("virtio-rng-pci"))
        let findings = try await Self.findings(Self.older, Self.newer, dropping: added)
        let destinationTypes = try await Self.types(Self.newer).subtracting(added)
        let flagged = ScopedVMStateCheck(machine: machine, vmDevices: withRNG, findings: findings, destinationTypes: destinationTypes)
        #expect(flagged.verdict == .breaks)
        #expect(flagged.findings.contains { $0.bearing == .breaks && added.contains($0.finding.section) })
        // The same destination is safe for a VM without the device.
        let unflagged = ScopedVMStateCheck(machine: machine, vmDevices: plain, findings: findings, destinationTypes: destinationTypes)
        #expect(unflagged.verdict == .safe)
    }
}
