import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A guestabi command interrupted (SIGINT) once it has started `groups` QEMUs, each leading its
/// own process group, in a private TMPDIR: what it said, how it ended, and what it left.
struct InterruptedRun {
    var status: Int32
    var standardError: String
    /// The QEMU process groups seen before the interrupt.
    var groups: Set<Int32>
    /// Processes of those groups (or children of the command) still there afterwards.
    var leftBehind: [Int32]
    /// Files left in the private TMPDIR.
    var leftFiles: [String]

    /// Runs `arguments`, waits (up to a minute) for `groups` QEMU groups, waits `settle`, then
    /// interrupts the command and waits for it to end.
    static func run(_ arguments: [String], groups wanted: Int, settle: Duration = .zero) async throws -> InterruptedRun {
        let temporary = try VerifyCommandTests.scratch()
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary]) { $1 }
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        var groups: Set<Int32> = []
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            groups = Set(VerifyCommandTests.processes().filter { $0.parent == pid && $0.group == $0.pid }.map(\.pid))
            if groups.count >= wanted { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        if groups.count < wanted {
            kill(pid, SIGKILL)
            process.waitUntilExit()
            Issue.record("only \(groups.count) QEMU group(s) started, \(wanted) expected")
        } else {
            try await Task.sleep(for: settle)
        }
        kill(pid, SIGINT)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let left = VerifyCommandTests.processes().filter { $0.parent == pid || groups.contains($0.group) }.map(\.pid)
        return InterruptedRun(
            status: process.terminationStatus, standardError: String(decoding: stderr, as: UTF8.self), groups: groups, leftBehind: left,
            leftFiles: try FileManager.default.contentsOfDirectory(atPath: temporary))
    }
}
