import Foundation
import GuestABI
import QMP
import Testing

/// The evidence behind ``MachineNameCheck``: a paused VM migrated to a destination started with
/// another machine type, on real binaries. The lab's 10.0.2 (a prefix-only check) accepts a VM
/// on `pc-q35-4.0` on `pc-q35-4.0.1` and refuses the reverse. A binary built with the name-check
/// fix (`scripts/build-patched-qemu.sh … --with-name-check-fix`; its wrapper path in
/// `GUESTABI_PATCHED_QEMU`) refuses the base → bugfix direction as well.
@Suite(.serialized) struct MachineNameMigrationTests {
    static let lab = LabBinary.binary(LabBinary.newer, .x86_64)
    static let patched = ProcessInfo.processInfo.environment["GUESTABI_PATCHED_QEMU"]
    static let arguments = ["-accel", "tcg", "-nodefaults", "-display", "none", "-nographic", "-S", "-m", "64"]

    /// What the destination ends in: `completed` or `failed`, with its error.
    struct Outcome: Sendable {
        var status: String
        var error: String?
    }

    /// Migrates a paused VM on `source` to a destination of the same binary started with `destination`.
    static func migrate(_ binary: String, from source: String, to destination: String) async throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-mig-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let uri = "unix:" + directory.appendingPathComponent("m.sock").path
        let incoming = QEMUProcess(binary: binary, arguments: arguments + ["-machine", destination, "-incoming", "defer"], startupTimeout: .seconds(60))
        return try await incoming.run { target in
            // Keep the destination alive on failure, so it can say why.
            _ = try await target.client.execute("migrate-incoming", arguments: ["uri": .string(uri), "exit-on-error": .bool(false)])
            let outgoing = QEMUProcess(binary: binary, arguments: arguments + ["-machine", source], startupTimeout: .seconds(60))
            return try await outgoing.run { vm in
                _ = try await vm.client.execute("migrate", arguments: ["uri": .string(uri)])
                let deadline = ContinuousClock.now + .seconds(120)
                while ContinuousClock.now < deadline {
                    let state = try await target.client.execute("query-migrate")
                    if let status = state["status"]?.stringValue, status == "completed" || status == "failed" {
                        return Outcome(status: status, error: state["error-desc"]?.stringValue)
                    }
                    try await Task.sleep(for: .milliseconds(200))
                }
                return Outcome(status: "timeout", error: nil)
            }
        }
    }

    @Test(.installed(lab)) func theLabAcceptsTheBugfixMachineForAVMOnItsBaseAndRefusesTheReverse() async throws {
        let accepted = try await Self.migrate(Self.lab.path, from: "pc-q35-4.0", to: "pc-q35-4.0.1")
        #expect(accepted.status == "completed", "\(accepted)")
        let refused = try await Self.migrate(Self.lab.path, from: "pc-q35-4.0.1", to: "pc-q35-4.0")
        #expect(refused.status == "failed", "\(refused)")
    }

    @Test(.enabled(if: patched != nil, "set GUESTABI_PATCHED_QEMU to a binary built with --with-name-check-fix"))
    func aWholeNameCheckRefusesBothDirections() async throws {
        let binary = try #require(Self.patched)
        let base = ProcessInfo.processInfo.environment["GUESTABI_PATCHED_BASE"] ?? "pc-q35-10.0"
        let bugfix = ProcessInfo.processInfo.environment["GUESTABI_PATCHED_BUGFIX"] ?? "pc-q35-10.0.14"
        // The patched binary registers the bugfix machine, with compat entries of its own.
        let machines = try await QEMUProcess(binary: binary, startupTimeout: .seconds(60)).run { session in
            try await session.client.execute("query-machines", arguments: ["compat-props": .bool(true)])
        }
        func compat(_ name: String) -> [String]? {
            machines.arrayValue?.first { $0["name"]?.stringValue == name }.map { machine in
                (machine["compat-props"]?.arrayValue ?? []).map {
                    "\($0["qom-type"]?.stringValue ?? "").\($0["property"]?.stringValue ?? "")=\($0["value"]?.stringValue ?? "")"
                }
            }
        }
        let bugfixCompat = try #require(compat(bugfix), "\(bugfix) is not registered by \(binary)")
        let baseCompat = try #require(compat(base))
        #expect(bugfixCompat != baseCompat)
        let forward = try await Self.migrate(binary, from: base, to: bugfix)
        #expect(forward.status == "failed", "\(forward)")
        let backward = try await Self.migrate(binary, from: bugfix, to: base)
        #expect(backward.status == "failed", "\(backward)")
        let same = try await Self.migrate(binary, from: bugfix, to: bugfix)
        #expect(same.status == "completed", "\(same)")
    }
}
