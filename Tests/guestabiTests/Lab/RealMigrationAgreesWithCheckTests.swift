import Foundation
import GuestABI
import QMP
import RegistryStore
import Testing

/// The evidence behind the verdict rules: real migrations between the lab's 7.2 and 10.0.2
/// binaries (paused, `-nodefaults`, with and without devices), judged by the destination
/// (`query-migrate` completed and `query-status` out of `inmigrate`), against `check` on the
/// embedded 7.2.0 and 10.0.2 registries. A cell that really migrates must never read
/// `incompatible`; a cell that really fails for CPU state must not read `compatible` or
/// `abi-changed` without a scope that names CPU state as unseen.
///
/// The default suite samples a few machines; `GUESTABI_FULL_SWEEP=1` runs every x86_64 machine
/// both binaries register, in both directions, without and with devices.
@Suite(.serialized) struct RealMigrationAgreesWithCheckTests {
    static let lab = TestEnvironment.lab
    static let fullSweep = TestEnvironment.fullSweep
    static let releases = (old: QEMUVersion(7, 2, 0), new: QEMUVersion(10, 0, 2))
    static let labDirectories = (old: "7.2", new: "10.0.2")

    struct Case: Sendable, CustomTestStringConvertible {
        var target: Target
        var machine: String
        var devices: [String]
        var testDescription: String { "\(target)/\(machine)" + (devices.isEmpty ? "" : " + " + devices.joined(separator: ",")) }
    }

    static let x86Devices = ["virtio-net-pci", "e1000e", "virtio-rng-pci", "qemu-xhci"]

    static var x86Cases: [Case] {
        guard fullSweep else {
            return [
                Case(target: .x86_64, machine: "pc-q35-7.2", devices: []),
                Case(target: .x86_64, machine: "pc-i440fx-4.2", devices: x86Devices),
                Case(target: .x86_64, machine: "pc-q35-5.1", devices: ["e1000e"]),
            ]
        }
        guard let old = try? EmbeddedRegistry.registry(releases.old), let new = try? EmbeddedRegistry.registry(releases.new) else { return [] }
        let common = Set(new.registeredMachines(of: .x86_64).map(\.name))
        let names = old.registeredMachines(of: .x86_64).map(\.name).filter { common.contains($0) && !$0.hasPrefix("xenfv") }
        return names.flatMap { [Case(target: .x86_64, machine: $0, devices: []), Case(target: .x86_64, machine: $0, devices: x86Devices)] }
    }

    static func binary(_ directory: String, _ target: Target) -> String { "\(lab)/\(directory)/\(target.binaryName)" }
    static var labInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: binary(labDirectories.old, .x86_64))
            && FileManager.default.isExecutableFile(atPath: binary(labDirectories.new, .x86_64))
    }

    /// A migration's outcome, judged by the destination.
    struct Outcome: Sendable {
        var completed: Bool
        var detail: String
    }

    /// Migrates a paused `-nodefaults` VM from `source` to `destination` over loopback TCP.
    static func migrate(from source: String, to destination: String, machine: String, devices: [String]) async -> Outcome {
        let port = Int.random(in: 20_000..<60_000)
        let arguments = ["-machine", machine, "-accel", "tcg", "-nodefaults", "-display", "none", "-nographic", "-S"]
            + devices.flatMap { ["-device", $0] }
        do {
            return try await QEMUProcess(
                binary: destination, arguments: arguments + ["-incoming", "tcp:127.0.0.1:\(port)"], startupTimeout: .seconds(90),
                commandTimeout: .seconds(90)
            ).run { incoming in
                try await QEMUProcess(binary: source, arguments: arguments, startupTimeout: .seconds(90), commandTimeout: .seconds(90)).run { outgoing in
                    _ = try await outgoing.client.execute("migrate", arguments: ["uri": .string("tcp:127.0.0.1:\(port)")])
                    let deadline = ContinuousClock.now + .seconds(120)
                    while ContinuousClock.now < deadline {
                        let state: String
                        do {
                            state = try await incoming.client.execute("query-status")["status"]?.stringValue ?? "?"
                        } catch {
                            return Outcome(completed: false, detail: "destination gone: \(error)")
                        }
                        if state != "inmigrate" {
                            let migration = try await incoming.client.execute("query-migrate")
                            let status = migration["status"]?.stringValue ?? "?"
                            return Outcome(completed: status == "completed", detail: "destination \(state), migration \(status)")
                        }
                        try await Task.sleep(for: .milliseconds(200))
                    }
                    return Outcome(completed: false, detail: "timeout")
                }
            }
        } catch {
            return Outcome(completed: false, detail: "\(error)")
        }
    }

    static func verdict(_ from: QEMUVersion, _ to: QEMUVersion, _ item: Case) throws -> MigrationVerdict {
        let source = try #require(try EmbeddedRegistry.registry(from))
        let destination = try #require(try EmbeddedRegistry.registry(to))
        return try MigrationCheck(from: source, to: destination)
            .verdict(machine: item.machine, target: item.target, devices: item.devices.isEmpty ? nil : item.devices)
    }

    @Test(.enabled(if: labInstalled, "the QEMU lab is not installed (scripts/setup-qemu-lab.sh)"), arguments: x86Cases)
    func x86MachinesThatMigrateAreNeverIncompatible(item: Case) async throws {
        for (from, to, fromLab, toLab) in [
            (Self.releases.old, Self.releases.new, Self.labDirectories.old, Self.labDirectories.new),
            (Self.releases.new, Self.releases.old, Self.labDirectories.new, Self.labDirectories.old),
        ] {
            let outcome = await Self.migrate(
                from: Self.binary(fromLab, item.target), to: Self.binary(toLab, item.target), machine: item.machine, devices: item.devices)
            #expect(outcome.completed, "\(fromLab) → \(toLab) \(item): \(outcome.detail)")
            let verdict = try Self.verdict(from, to, item)
            print("real-migration \(fromLab) → \(toLab) \(item): \(outcome.completed ? "completed" : "FAILED (\(outcome.detail))"); check: \(verdict.verdict.rawValue)")
            if outcome.completed {
                #expect(verdict.verdict != .incompatible, "\(from) → \(to) \(item): migrates for real, check says incompatible: \(verdict.reasons)")
            }
        }
    }

    /// aarch64 `virt-7.2` and ppc64 `pseries-7.2` fail both ways for CPU state: the machine-type
    /// tier must not call them compatible without saying it does not see CPU state.
    @Test(
        .enabled(if: labInstalled, "the QEMU lab is not installed (scripts/setup-qemu-lab.sh)"),
        arguments: [Case(target: .aarch64, machine: "virt-7.2", devices: []), Case(target: .ppc64, machine: "pseries-7.2", devices: [])])
    func cpuStateFailuresAreOutsideTheStatedScope(item: Case) async throws {
        for (from, to, fromLab, toLab) in [
            (Self.releases.old, Self.releases.new, Self.labDirectories.old, Self.labDirectories.new),
            (Self.releases.new, Self.releases.old, Self.labDirectories.new, Self.labDirectories.old),
        ] {
            let outcome = await Self.migrate(
                from: Self.binary(fromLab, item.target), to: Self.binary(toLab, item.target), machine: item.machine, devices: item.devices)
            let verdict = try Self.verdict(from, to, item)
            print("real-migration \(fromLab) → \(toLab) \(item): \(outcome.completed ? "completed" : "FAILED (\(outcome.detail))"); check: \(verdict.verdict.rawValue)")
            #expect(!outcome.completed, "\(fromLab) → \(toLab) \(item) was expected to fail: \(outcome.detail)")
            if verdict.verdict == .compatible || verdict.verdict == .abiChanged {
                #expect(verdict.scope.contains("not seen: CPU state"), "\(item): \(verdict.verdict) without a scope naming CPU state")
            }
        }
    }
}
