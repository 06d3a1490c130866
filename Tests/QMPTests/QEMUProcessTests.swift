import Foundation
import GuestABI
import QMP
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite(.serialized) struct QEMUProcessTests {
    static let binary = LabBinary.anyX86

    /// True while a process with this id exists (a zombie counts: it has not been reaped).
    static func exists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// True when some process has `text` in its command line.
    static func anyProcessMentions(_ text: String) throws -> Bool {
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        pgrep.arguments = ["-f", text]
        pgrep.standardOutput = FileHandle.nullDevice
        try pgrep.run()
        pgrep.waitUntilExit()
        return pgrep.terminationStatus == 0
    }

    static func expectGone(_ session: (pid: Int32, socketPath: String)) throws {
        #expect(!exists(session.pid), "QEMU \(session.pid) is still there")
        #expect(try !anyProcessMentions(session.socketPath))
        let directory = (session.socketPath as NSString).deletingLastPathComponent
        #expect(!FileManager.default.fileExists(atPath: directory), "\(directory) was not removed")
    }

    @Test func aMissingBinaryIsALaunchFailureNamingThePath() async {
        let path = "\(LabBinary.root)/0.0/qemu-system-x86_64"
        await #expect {
            try await QEMUProcess(binary: path).run { _ in }
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            return error.code == .launchFailed && error.subject == path && error.description.contains(path)
                && error.hint.contains("setup-qemu-lab.sh")
        }
    }

    @Test func aNameNotOnThePathIsALaunchFailure() async {
        await #expect {
            try await QEMUProcess(binary: "qemu-system-guestabi-no-such-target").run { _ in }
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            return error.code == .launchFailed && error.description.contains("qemu-system-guestabi-no-such-target")
        }
    }

    @Test(
        .installed(binary),
        arguments: [
            (["-no-such-option"], "-no-such-option: invalid option"),
            (["-machine", "no-such-board"], "unsupported machine type"),
            // Fails after the monitor's client was accepted: QEMU's "waiting for connection"
            // notice is not part of the message.
            (["-device", "no-such-device"], "'no-such-device' is not a valid device model name"),
        ])
    func aBinaryThatExitsEarlyReportsItsStatusAndMessage(extra: [String], message: String) async {
        // A startup timeout far beyond the bound below: only noticing the exit can pass.
        let process = QEMUProcess(
            binary: Self.binary.path, arguments: QEMUProcess.probeArguments + extra, startupTimeout: .seconds(600))
        let started = ContinuousClock.now
        await #expect {
            try await process.run { _ in }
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            return error.code == .launchFailed && error.reason.contains("exited with status 1")
                && error.reason.contains(message) && error.subject == Self.binary.path
                && !error.reason.contains("waiting for connection")
        }
        #expect(ContinuousClock.now - started < .seconds(60), "it waited for the startup timeout")
    }

    @Test(.installed(binary))
    func theProcessAndItsDirectoryAreGoneAfterARun() async throws {
        let session = try await QEMUProcess(binary: Self.binary.path).run { session in
            #expect(Self.exists(session.processID))
            #expect(FileManager.default.fileExists(atPath: session.socketPath))
            let running = try Self.anyProcessMentions(session.socketPath)
            #expect(running)
            return (pid: session.processID, socketPath: session.socketPath)
        }
        try Self.expectGone(session)
    }

    struct Thrown: Error, Equatable {}

    @Test(.installed(binary))
    func anErrorFromTheBodyKillsTheProcessAtOnce() async throws {
        let seen = Mutex<(pid: Int32, socketPath: String)?>(nil)
        let started = ContinuousClock.now
        // A grace period far beyond the bound below: only an immediate SIGKILL can pass.
        await #expect(throws: Thrown()) {
            try await QEMUProcess(binary: Self.binary.path, shutdownGracePeriod: .seconds(600)).run { session in
                seen.withLock { $0 = (session.processID, session.socketPath) }
                throw Thrown()
            }
        }
        #expect(ContinuousClock.now - started < .seconds(60))
        try Self.expectGone(try #require(seen.withLock { $0 }))
    }

    @Test(.installed(binary))
    func cancellationKillsTheProcess() async throws {
        let seen = Mutex<(pid: Int32, socketPath: String)?>(nil)
        let task = Task {
            try await QEMUProcess(binary: Self.binary.path).run { session in
                seen.withLock { $0 = (session.processID, session.socketPath) }
                try await Task.sleep(for: .seconds(600))
            }
        }
        let deadline = ContinuousClock.now + .seconds(20)
        while seen.withLock({ $0 }) == nil, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        let cancelled = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - cancelled < .seconds(60))
        try Self.expectGone(try #require(seen.withLock { $0 }))
    }

    @Test(.installed(binary))
    func aHungQEMUTimesOut() async throws {
        try await QEMUProcess(binary: Self.binary.path, commandTimeout: .seconds(600)).run { session in
            kill(session.processID, SIGSTOP)
            defer { kill(session.processID, SIGCONT) }
            let started = ContinuousClock.now
            await #expect {
                try await session.client.execute("query-status", timeout: .milliseconds(300))
            } throws: { error in
                guard let error = error as? QMPError else { return false }
                return error.code == .timeout && error.subject.contains("query-status")
            }
            // The call's own timeout applied, not the session's.
            #expect(ContinuousClock.now - started < .seconds(60))
        }
    }

    @Test(.installed(binary))
    func aQEMUThatQuitsDuringTheSessionIsReportedWithItsExit() async throws {
        await #expect {
            try await QEMUProcess(binary: Self.binary.path).run { session in
                kill(session.processID, SIGHUP)  // QEMU shuts down on SIGHUP, like on SIGTERM
                for _ in 0..<500 {
                    _ = try await session.client.execute("query-status")
                    try await Task.sleep(for: .milliseconds(10))
                }
            }
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            // QEMU 10.0.2 now and then crashes on its way out (SIGSEGV after "terminating on
            // signal 1", seen in CI): how it ended is reported either way, with what it said.
            let ended = error.reason.contains("exited with status 0 during the session")
                || error.reason.contains("was killed by signal 11 during the session")
            return error.code == .connectionFailed && ended && error.reason.contains("terminating on signal 1")
        }
    }

    @Test(.installed(binary))
    func theCommandLineEscapesCommasInTheSocketPath() {
        let process = QEMUProcess(binary: Self.binary.path)
        #expect(
            process.commandLine(socketPath: "/tmp/a,b/qmp.sock").suffix(2) == [
                "-qmp", "unix:/tmp/a,,b/qmp.sock,server=on,wait=on",
            ])
        #expect(process.commandLine(socketPath: "/s").starts(with: QEMUProcess.probeArguments))
    }
}
