import Foundation
import Subprocess
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One QEMU of a live migration: its own process group (recorded in ``ChildProcessGroups``),
/// its standard error in a file of the run's private directory, a QMP monitor on a socket there.
///
/// ``run(binary:arguments:name:directory:groups:startupTimeout:commandTimeout:body:)`` kills
/// the whole group with SIGKILL when the body returns or throws, and returns only after the
/// process has been reaped.
struct QEMUInstance: Sendable {
    /// `source` or `destination`, for messages.
    let role: String
    /// The binary.
    let binary: String
    /// The process id (and process group id).
    let processID: Int32
    /// The connected QMP client.
    let client: QMPClient
    /// The file that receives its standard error.
    let standardErrorPath: String

    /// What it wrote to standard error so far, trimmed, without the monitor's wait notice.
    var standardError: String { Self.readLog(standardErrorPath) }

    /// True while the process runs (not yet exited, not a zombie).
    var isAlive: Bool { ProcessLiveness.isAlive(processID) }

    /// Starts `binary` with `arguments` plus a QMP monitor, runs `body`, kills and reaps it.
    ///
    /// - Throws: ``QMPError/Code/launchFailed`` when it cannot start or exits before its
    ///   monitor answers (the message has its standard error), what `body` throws.
    nonisolated(nonsending) static func run<Result: Sendable>(
        binary: String, arguments: [String], role: String, directory: String, groups: ChildProcessGroups,
        startupTimeout: Duration, commandTimeout: Duration, body: (QEMUInstance) async throws -> Result
    ) async throws -> Result {
        let socketPath = "\(directory)/\(role).sock"
        let errorPath = "\(directory)/\(role).err"
        let errorFile: FileDescriptor
        do {
            errorFile = try FileDescriptor.open(
                FilePath(errorPath), .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
        } catch {
            throw QMPError(
                .launchFailed, subject: errorPath, reason: "cannot create the \(role)'s log: \(error)",
                hint: "make TMPDIR point to a writable directory")
        }
        var options = PlatformOptions()
        options.processGroupID = 0
        let executable: Executable = binary.contains("/") ? .path(FilePath(binary)) : .name(binary)
        let commandLine = arguments + QMPMonitorOption.arguments(socketPath: socketPath)
        let outcome: ExecutionResult<Result, DiscardedOutput, FileDescriptorOutput>
        do {
            outcome = try await Subprocess.run(
                executable, arguments: Arguments(commandLine), platformOptions: options, input: .none,
                output: .discarded, error: .fileDescriptor(errorFile, closeAfterSpawningProcess: true)
            ) { execution in
                let pid = execution.processIdentifier.value
                groups.add(group: pid, role: role)
                defer {
                    kill(-pid, SIGKILL)
                    groups.remove(group: pid)
                }
                let client: QMPClient
                do {
                    client = try await QMPClient.connect(
                        socketPath: socketPath, peer: "\(role) \(binary)", timeout: startupTimeout,
                        commandTimeout: commandTimeout, while: { ProcessLiveness.isAlive(pid) })
                } catch {
                    let said = readLog(errorPath)
                    throw QMPError(
                        .launchFailed, subject: "\(role) \(binary)",
                        reason: said.isEmpty ? "no QMP monitor: \(error)" : "it did not start: \(said)",
                        hint: "run it yourself to see why: \(([binary] + arguments).joined(separator: " "))")
                }
                let instance = QEMUInstance(
                    role: role, binary: binary, processID: pid, client: client, standardErrorPath: errorPath)
                do {
                    let value = try await body(instance)
                    await client.close()
                    return value
                } catch {
                    await client.close()
                    throw error
                }
            }
        } catch let error as SubprocessError {
            throw QMPError(
                .launchFailed, subject: "\(role) \(binary)", reason: "cannot start it (\(error))",
                hint: "give the path of a qemu-system-* binary")
        }
        return outcome.closureResult
    }

    private static func readLog(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        let text = String(decoding: data.prefix(StandardErrorLog.limit), as: UTF8.self)
        return QMPMonitorOption.withoutWaitNotice(text).trimmingASCIIWhitespaceAndNewlines()
    }
}

/// Whether a child process still runs.
enum ProcessLiveness {
    /// False once the process has exited, even before it is reaped (a zombie).
    static func isAlive(_ pid: Int32) -> Bool {
        #if os(Linux)
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return false }
            // "pid (comm) S ...": the state follows the last ')'.
            guard let close = data.lastIndex(of: UInt8(ascii: ")")), close + 2 < data.endIndex else { return false }
            let state = data[close + 2]
            return state != UInt8(ascii: "Z") && state != UInt8(ascii: "X")
        #else
            return kill(pid, 0) == 0
        #endif
    }
}
