public import GuestABI

/// Runs one real live migration between two QEMU binaries on loopback and judges it by the
/// destination.
///
/// The destination starts first with `-incoming defer` and listens with `migrate-incoming`
/// on 127.0.0.1 (another port is tried when the chosen one is taken); the source starts paused
/// (`-S`) unless the options say running; the source is told to `migrate`; both are polled
/// until the destination completes, fails or dies, or the deadline passes. Both QEMUs are
/// killed (their whole process groups) and reaped before this returns, whatever happened, and
/// the private directory with their sockets and logs is removed.
public enum LiveMigration {
    /// How often both sides are polled.
    static let pollInterval = Duration.milliseconds(20)
    /// How long the destination has to reach an outcome after the source gave up.
    static let destinationGrace = Duration.seconds(10)

    /// Migrates a VM of `cell` from `from` to `to` (binaries) and reports what happened.
    /// Never throws: a side that cannot start is a failed result saying why.
    public static func run(
        _ cell: VerifyCell, from: String, to: String, options: LiveMigrationOptions,
        groups: ChildProcessGroups = .shared
    ) async -> LiveMigrationResult {
        let clock = ContinuousClock()
        let start = clock.now
        var record = MigrationRecord()
        do throws(any Error) {
            let directory = try TemporaryDirectory.create(prefix: "guestabi-verify-", roomForName: 24)
            groups.add(directory: directory.path)
            defer {
                directory.remove()
                groups.remove(directory: directory.path)
            }
            let serial = options.guest.map { _ in (source: directory.path + "/source.serial", destination: directory.path + "/destination.serial") }
            let destinationArguments =
                options.arguments(machine: cell.destinationMachine, devices: cell.devices, serialLog: serial?.destination)
                + (cell.destinationCPU.map { ["-cpu", $0] } ?? []) + ["-incoming", "defer"]
            let sourceArguments =
                options.arguments(
                    machine: cell.machine, devices: cell.devices + cell.sourceOnlyDevices, serialLog: serial?.source)
                + (cell.cpu.map { ["-cpu", $0] } ?? []) + (options.sourceRuns ? [] : ["-S"])
            var refusals: [String] = []
            for attempt in 0..<max(options.portAttempts, 1) {
                let port = try options.ports.port(attempt: attempt)
                do {
                    record = try await QEMUInstance.run(
                        binary: to, arguments: destinationArguments, role: "destination", directory: directory.path,
                        groups: groups, startupTimeout: options.startupTimeout, commandTimeout: options.commandTimeout
                    ) { destination in
                        try await listen(destination, port: port)
                        return try await QEMUInstance.run(
                            binary: from, arguments: sourceArguments, role: "source", directory: directory.path,
                            groups: groups, startupTimeout: options.startupTimeout, commandTimeout: options.commandTimeout
                        ) { source in
                            var record = MigrationRecord()
                            record.startup = start.duration(to: clock.now)
                            await migrate(
                                source: source, destination: destination, options: options, port: port, serial: serial,
                                record: &record)
                            return record
                        }
                    }
                    record.notes = refusals + record.notes
                    break
                } catch let refusal as PortRefusal {
                    // QEMU cannot listen again after a failed `migrate-incoming`: a new destination it is.
                    refusals.append(refusal.description)
                    record.notes = refusals
                    record.status = .failed
                    record.error = "the destination cannot listen on 127.0.0.1: " + refusals.joined(separator: "; ")
                }
            }
        } catch let error as QMPError {
            record.status = .failed
            record.error = error.code == .launchFailed ? "\(error.subject): \(error.reason)" : error.description
        } catch {
            record.status = .failed
            record.error = "\(error)"
        }
        return LiveMigrationResult(
            cell: cell, status: record.status, seconds: seconds(start.duration(to: clock.now)),
            startupSeconds: record.startup.map(seconds), qemuMilliseconds: record.qemuMilliseconds, error: record.error,
            destinationStatus: record.destinationStatus, destinationRunState: record.destinationRunState,
            sourceStatus: record.sourceStatus, notes: record.notes)
    }

    /// What the harness saw of one migration.
    struct MigrationRecord: Sendable {
        var status = LiveMigrationResult.Status.failed
        var startup: Duration?
        var qemuMilliseconds: Int?
        var error: String?
        var destinationStatus: String?
        var destinationError: String?
        var destinationRunState: String?
        var sourceStatus: String?
        var sourceError: String?
        var notes: [String] = []
        var timedOut = false
    }

    // MARK: - Steps

    nonisolated(nonsending) private static func migrate(
        source: QEMUInstance, destination: QEMUInstance, options: LiveMigrationOptions,
        port: UInt16, serial: (source: String, destination: String)?, record: inout MigrationRecord
    ) async {
        do {
            var beforeMigration: Int?
            if let guest = options.guest, let serial {
                beforeMigration = try await GuestConsole.waitForHeartbeat(
                    path: serial.source, marker: guest.heartbeatMarker, above: nil, timeout: options.guestTimeout,
                    while: { source.isAlive })
                guard beforeMigration != nil else {
                    record.error = "the guest printed no heartbeat on the source within \(options.guestTimeout)"
                        + tail(source.standardError)
                    return
                }
            }
            if let limit = options.maxBandwidth {
                _ = try await source.client.execute("migrate-set-parameters", arguments: ["max-bandwidth": .int(Int64(limit))])
            }
            do {
                _ = try await source.client.execute("migrate", arguments: ["uri": .string("tcp:127.0.0.1:\(port)")])
            } catch let error as QMPError where error.code == .commandFailed {
                record.sourceStatus = "refused"
                record.error = "the source refused to migrate: " + (error.reason.split(separator: ":", maxSplits: 1).last.map {
                    String($0.drop { $0 == " " })
                } ?? error.reason)
                return
            }
            await poll(source: source, destination: destination, options: options, record: &record)
            await judge(destination: destination, record: &record)
            if record.status == .completed, let guest = options.guest, let serial, let beforeMigration {
                let after = try await GuestConsole.waitForHeartbeat(
                    path: serial.destination, marker: guest.heartbeatMarker, above: beforeMigration,
                    timeout: options.guestTimeout, while: { destination.isAlive })
                if let after {
                    record.notes.append("heartbeat \(beforeMigration) on the source, \(after) on the destination")
                } else {
                    record.status = .failed
                    record.error = "the guest's heartbeat stopped: last \(beforeMigration) on the source, none newer on the destination"
                }
            }
        } catch let error as QMPError {
            record.status = .failed
            let said = destination.isAlive ? "" : lastWords(destination.standardError)
            record.error = said.isEmpty ? "\(error.subject): \(error.reason)" : said
        } catch {
            record.status = .failed
            record.error = "\(error)"
        }
    }

    /// A port the destination could not listen on.
    struct PortRefusal: Error, CustomStringConvertible {
        var port: UInt16
        var reason: String
        var description: String { "port \(port) refused by the destination (\(reason))" }
    }

    /// Makes the destination listen on `port`.
    nonisolated(nonsending) private static func listen(_ destination: QEMUInstance, port: UInt16) async throws {
        do {
            _ = try await destination.client.execute("migrate-incoming", arguments: ["uri": .string("tcp:127.0.0.1:\(port)")])
        } catch let error as QMPError where error.code == .commandFailed {
            throw PortRefusal(port: port, reason: error.reason)
        }
    }

    /// Polls both sides until the destination reaches an outcome, dies, or time runs out.
    nonisolated(nonsending) private static func poll(
        source: QEMUInstance, destination: QEMUInstance, options: LiveMigrationOptions, record: inout MigrationRecord
    ) async {
        let clock = ContinuousClock()
        let deadline = clock.now + options.migrationTimeout
        var sourceGaveUp: ContinuousClock.Instant?
        while true {
            if let info = try? await source.client.execute("query-migrate") {
                record.sourceStatus = info["status"]?.stringValue
                record.sourceError = info["error-desc"]?.stringValue
                if let total = info["total-time"]?.intValue { record.qemuMilliseconds = total }
            }
            guard destination.isAlive else { return }
            if let info = try? await destination.client.execute("query-migrate") {
                record.destinationStatus = info["status"]?.stringValue
                record.destinationError = info["error-desc"]?.stringValue
            }
            if record.destinationStatus == "completed" || record.destinationStatus == "failed" { return }
            let now = clock.now
            if record.sourceStatus == "failed" || record.sourceStatus == "cancelled" {
                if sourceGaveUp == nil { sourceGaveUp = now }
                if let sourceGaveUp, sourceGaveUp.duration(to: now) > destinationGrace { return }
            }
            if now >= deadline {
                record.timedOut = true
                return
            }
            try? await Task.sleep(for: pollInterval)
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
