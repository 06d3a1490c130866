import Foundation
import Subprocess
import SystemPackage

/// Runs a binary's `-dump-vmstate`: the JSON description of the migration state of every
/// device type compiled in (the same for every machine type of the binary).
public enum VMStateDump {
    /// The arguments that make QEMU write the dump to `path` and exit.
    public static func arguments(path: String) -> [String] {
        ["-machine", "none", "-accel", "tcg", "-nodefaults", "-display", "none", "-dump-vmstate", path]
    }

    /// Writes `binary`'s dump to `path`: first to a temporary file beside it, renamed into
    /// place only when QEMU succeeded, so a failure leaves nothing half-written.
    public static func write(binary: String, to path: String) async throws {
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let executable: Executable = binary.contains("/") ? .path(FilePath(binary)) : .name(binary)
        let result: ExecutionResult<Void, DiscardedOutput, StringOutput<UTF8>>
        do {
            result = try await Subprocess.run(
                executable, arguments: Arguments(arguments(path: temporary)), input: .none, output: .discarded,
                error: .string(limit: 64 << 10))
        } catch {
            throw QMPError(
                .launchFailed, subject: binary, reason: "cannot start it (\(error))",
                hint: "check that it is an executable QEMU system emulator")
        }
        guard result.terminationStatus.isSuccess, FileManager.default.fileExists(atPath: temporary) else {
            let said = result.standardError.trimmingASCIIWhitespaceAndNewlines()
            throw QMPError(
                .launchFailed, subject: binary, reason: "-dump-vmstate failed (\(result.terminationStatus)): \(said)",
                hint: "run '\(binary) \(arguments(path: path).joined(separator: " "))' to see why")
        }
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            throw QMPError(
                .launchFailed, subject: path, reason: "cannot write the vmstate dump: \(error.localizedDescription)",
                hint: "check that the directory exists and is writable")
        }
    }
}
