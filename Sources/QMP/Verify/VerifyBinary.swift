public import GuestABI
import Foundation
import Subprocess
import SystemPackage

/// What a verification needs to know about a binary before it runs cells: its version,
/// target, machine types and content digest.
public struct VerifyBinary: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// The version its QMP greeting reports.
    public var version: QEMUVersion
    /// The target it emulates, as `query-target` names it.
    public var targetName: String
    /// The target, when guestabi knows it.
    public var target: Target?
    /// Its machine types, sorted.
    public var machines: [ProbedMachine]
    /// The SHA-256 of the file.
    public var sha256: String

    /// Creates a description.
    public init(path: String, version: QEMUVersion, targetName: String, machines: [ProbedMachine], sha256: String) {
        self.path = path
        self.version = version
        self.targetName = targetName
        target = try? Target(parsing: targetName)
        self.machines = machines
        self.sha256 = sha256
    }

    /// Starts `path` once (paused, no board) to ask its version, target and machines, and
    /// digests the file.
    public static func inspect(_ path: String) async throws -> VerifyBinary {
        async let digest = sha256(of: path)
        let (version, targetName, machines) = try await QEMUProcess(binary: path).run { session in
            let target = try await session.client.execute("query-target")["arch"]?.stringValue ?? "unknown"
            let machines = try await MachineProbe.queryMachines(using: session.client, compatProps: false)
            return (session.client.greeting.version, target, machines)
        }
        return VerifyBinary(
            path: path, version: version, targetName: targetName, machines: machines, sha256: try await digest)
    }

    /// The identity recorded in reports.
    public var identity: VerifyRunIdentity.Binary {
        VerifyRunIdentity.Binary(path: path, sha256: sha256, version: version.description, target: targetName)
    }

    /// The versioned machine types both binaries register, in name order (aliases and
    /// unversioned machines such as `none` are left out).
    public static func commonVersionedMachines(_ first: VerifyBinary, _ second: VerifyBinary) -> [String] {
        let other = Set(second.machines.map(\.name))
        return first.machines.map(\.name).filter { name in
            other.contains(name) && (try? MachineTypeName(parsing: name, target: first.target)) != nil
        }
    }

    /// The SHA-256 of a file, by `sha256sum` (coreutils).
    public static func fileDigest(_ path: String) async throws -> String { try await sha256(of: path) }

    static func sha256(of path: String) async throws -> String {
        let resolved = path.contains("/") ? path : (findInPath(path) ?? path)
        let result = try await Subprocess.run(
            .name("sha256sum"), arguments: ["--", resolved], output: .string(limit: 4096), error: .discarded)
        guard result.terminationStatus.isSuccess, let digest = result.standardOutput.split(separator: " ").first,
            digest.count == 64
        else {
            throw QMPError(
                .launchFailed, subject: path, reason: "cannot digest the file with sha256sum",
                hint: "check that the file is readable and coreutils' sha256sum is installed")
        }
        return String(digest)
    }

    private static func findInPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
