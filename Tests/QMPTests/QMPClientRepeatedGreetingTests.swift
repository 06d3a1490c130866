import Foundation
import GuestABI
import QMP
import Testing

/// QEMU's socket chardev can deliver `CHR_EVENT_OPENED` twice for one connection (the main
/// loop's accept races the monitor I/O thread's handler set-up), so one connection gets two
/// greetings and the monitor drops back into capabilities negotiation mode. Seen on a loaded
/// host as "a second QMP greeting on one connection" during `qmp_capabilities` (7.2/s390x).
@Suite struct QMPClientRepeatedGreetingTests {
    @Test func aSecondGreetingDuringNegotiationIsNegotiatedAgain() async throws {
        let server = try ScriptedQMPServer(script: .init(greetingsOnConnect: 2))
        defer { server.stop() }
        let client = try await QMPClient.connect(socketPath: server.path, timeout: .seconds(20))
        defer { Task { await client.close() } }
        #expect(client.greeting.version.major == 7)
        let reply = try await client.execute("query-status")
        #expect(reply["command"]?.stringValue == "query-status")
        // The second negotiation was refused as already complete, and that was accepted.
        #expect(server.commands == ["qmp_capabilities", "qmp_capabilities", "query-status"])
    }

    @Test(arguments: [0, 2])
    func aLateGreetingMakesTheRefusedCommandRunAfterRenegotiating(before command: Int) async throws {
        // Command 0 is the client's own qmp_capabilities; 2 is the second command after it.
        let server = try ScriptedQMPServer(script: .init(greetingBeforeCommand: command))
        defer { server.stop() }
        let client = try await QMPClient.connect(socketPath: server.path, timeout: .seconds(20))
        defer { Task { await client.close() } }
        let first = try await client.execute("query-version")
        let second = try await client.execute("query-machines")
        #expect(first["command"]?.stringValue == "query-version")
        #expect(second["command"]?.stringValue == "query-machines")
        let expected =
            command == 0
            ? ["qmp_capabilities", "qmp_capabilities", "query-version", "query-machines"]
            : ["qmp_capabilities", "query-version", "query-machines", "qmp_capabilities", "query-machines"]
        #expect(server.commands == expected)
    }
}
