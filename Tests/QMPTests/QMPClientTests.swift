import Foundation
import GuestABI
import QMP
import Testing

@Suite(.serialized) struct QMPClientTests {
    static let binary = LabBinary.anyX86

    @Test(.anyLabBinary, arguments: LabBinary.installed)
    func anUnknownCommandFailsWithQEMUsErrorClass(binary: LabBinary) async throws {
        try await QEMUProcess(binary: binary.path).run { session in
            await #expect {
                try await session.client.execute("guestabi-no-such-command")
            } throws: { error in
                guard let error = error as? QMPError else { return false }
                return error.code == .commandFailed && error.errorClass == "CommandNotFound"
                    && error.subject == "\(binary.path): QMP command 'guestabi-no-such-command'"
                    && error.reason.contains("has not been found")
            }
            // The session is still usable.
            let status = try await session.client.execute("query-status")
            #expect(status["status"] == "prelaunch")
        }
    }

    @Test(.anyLabBinary, arguments: LabBinary.installed)
    func theGreetingAgreesWithQueryVersion(binary: LabBinary) async throws {
        try await QEMUProcess(binary: binary.path).run { session in
            let reply = try await session.client.execute("query-version")
            let numbers = try #require(reply["qemu"])
            let version = QEMUVersion(
                try #require(numbers["major"]?.intValue), try #require(numbers["minor"]?.intValue),
                try #require(numbers["micro"]?.intValue))
            #expect(version == session.client.greeting.version)
            #expect(version == binary.reportedVersion)
            #expect(reply["package"]?.stringValue == session.client.greeting.package)
        }
    }

    @Test(.installed(binary))
    func eventsAreSetAsideNotTakenForReplies() async throws {
        try await QEMUProcess(binary: Self.binary.path).run { session in
            let client = session.client
            // `cont` emits RESUME before its own reply; `stop` emits STOP.
            let replies = [
                try await client.execute("cont"), try await client.execute("stop"),
                try await client.execute("query-status"),
            ]
            #expect(replies[0] == [:] && replies[1] == [:])
            #expect(replies[2]["status"] == "paused")
            #expect(await client.takeEvents().map(\.name) == ["RESUME", "STOP"])
            #expect(await client.takeEvents().isEmpty)
        }
    }

    @Test(.installed(binary))
    func concurrentCommandsEachGetTheirOwnReply() async throws {
        try await QEMUProcess(binary: Self.binary.path).run { session in
            let client = session.client
            async let version = client.execute("query-version")
            async let machines = client.execute("query-machines")
            async let status = client.execute("query-status")
            async let missing: QMPError? = {
                do {
                    _ = try await client.execute("no-such")
                    return nil
                } catch {
                    return error as? QMPError
                }
            }()
            let (versionReply, machinesReply, statusReply) = try await (version, machines, status)
            #expect(versionReply["qemu"]?["major"]?.intValue == Self.binary.reportedVersion.major)
            #expect(machinesReply.arrayValue?.count ?? 0 > 50)
            #expect(statusReply["status"] == "prelaunch")
            #expect(await missing?.errorClass == "CommandNotFound")
        }
    }

    @Test(.installed(binary))
    func aClosedClientRefusesCommands() async throws {
        try await QEMUProcess(binary: Self.binary.path).run { session in
            await session.client.close()
            await #expect {
                try await session.client.execute("query-status")
            } throws: { error in
                (error as? QMPError)?.code == .connectionFailed
            }
        }
    }

    @Test func connectingWhereNothingListensTimesOut() async {
        let path = NSTemporaryDirectory() + "guestabi-no-listener-\(UUID().uuidString.prefix(8)).sock"
        let started = ContinuousClock.now
        await #expect {
            try await QMPClient.connect(socketPath: path, timeout: .milliseconds(200))
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            return error.code == .timeout && error.reason.contains(path)
        }
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func aSocketPathTooLongForSockaddrIsRefused() async {
        let path = "/tmp/" + String(repeating: "d", count: 120) + "/qmp.sock"
        await #expect {
            try await QMPClient.connect(socketPath: path, timeout: .milliseconds(200))
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            return error.code == .connectionFailed && error.hint.contains("TMPDIR")
        }
    }
}
