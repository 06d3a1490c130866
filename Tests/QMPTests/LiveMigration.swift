import Foundation
import QMP

/// One live migration between two lab binaries over a Unix socket, for evidence in tests: the
/// destination waits with `-incoming defer`, the paused source migrates, the destination is
/// judged (migration status `completed` and run state out of `inmigrate`). A destination that
/// rejects the stream exits; its standard error is then the outcome.
enum LiveMigration {
    enum Outcome: Sendable, Equatable {
        case completed
        case failed(String)

        var isCompleted: Bool { self == .completed }
        var error: String {
            if case .failed(let text) = self { return text }
            return ""
        }
    }

    static func run(
        from source: String, to destination: String, machine: String, sourceDevices: [String] = [],
        destinationDevices: [String] = []
    ) async -> Outcome {
        func arguments(_ devices: [String]) -> [String] {
            MachineProbe.builtinDeviceArguments(machine: machine) + ["-m", "128"] + devices.flatMap { ["-device", $0] }
        }
        let incoming = QEMUProcess(
            binary: destination, arguments: arguments(destinationDevices) + ["-incoming", "defer"],
            startupTimeout: .seconds(60), commandTimeout: .seconds(60))
        do {
            return try await incoming.run { target in
                let uri = "unix:" + (target.socketPath as NSString).deletingLastPathComponent + "/migration.sock"
                _ = try await target.client.execute("migrate-incoming", arguments: ["uri": .string(uri)])
                let outgoing = QEMUProcess(
                    binary: source, arguments: arguments(sourceDevices), startupTimeout: .seconds(60),
                    commandTimeout: .seconds(60))
                return try await outgoing.run { origin in
                    _ = try await origin.client.execute("migrate", arguments: ["uri": .string(uri)])
                    let deadline = ContinuousClock.now + .seconds(120)
                    while ContinuousClock.now < deadline {
                        let migration = try await target.client.execute("query-migrate")
                        let status = migration["status"]?.stringValue ?? ""
                        let state = try await target.client.execute("query-status")["status"]?.stringValue ?? ""
                        if status == "completed", state != "inmigrate" { return .completed }
                        if status == "failed" {
                            return .failed(migration["error-desc"]?.stringValue ?? "destination status failed")
                        }
                        try await Task.sleep(for: .milliseconds(50))
                    }
                    return .failed("timeout")
                }
            }
        } catch {
            return .failed("\(error)")
        }
    }
}
