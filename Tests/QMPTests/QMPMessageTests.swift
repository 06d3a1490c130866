import GuestABI
import QMP
import Testing

@Suite struct QMPMessageTests {
    @Test func readsTheGreeting() throws {
        let line =
            #"{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "#
            + #""package": "Debian 1:7.2+dfsg-7+deb12u18+b3"}, "capabilities": ["oob"]}}"#
        #expect(
            try QMPMessage(line: Array((line + "\r").utf8))
                == .greeting(
                    QMPGreeting(
                        version: QEMUVersion(7, 2, 22), package: "Debian 1:7.2+dfsg-7+deb12u18+b3",
                        capabilities: ["oob"])))
    }

    @Test func readsASuccessfulReplyWithItsID() throws {
        let message = try QMPMessage(line: Array(#"{"return": {}, "id": 4}"#.utf8))
        #expect(message == .success(id: 4, value: [:]))
    }

    @Test func readsAnErrorReply() throws {
        let line = #"{"id": 5, "error": {"class": "CommandNotFound", "desc": "The command nope has not been found"}}"#
        #expect(
            try QMPMessage(line: Array(line.utf8))
                == .failure(id: 5, errorClass: "CommandNotFound", description: "The command nope has not been found"))
    }

    @Test func readsAnEvent() throws {
        let line =
            #"{"timestamp": {"seconds": 1795705749, "microseconds": 67515}, "event": "SHUTDOWN", "#
            + #""data": {"guest": false, "reason": "host-qmp-quit"}}"#
        guard case .event(let event) = try QMPMessage(line: Array(line.utf8)) else {
            Issue.record("not an event")
            return
        }
        #expect(event.name == "SHUTDOWN")
        #expect(event.data == ["guest": false, "reason": "host-qmp-quit"])
        #expect(event.timestamp?["seconds"] == 1_795_705_749)
    }

    @Test(arguments: [
        #"[1]"#,
        #"{"id": 1}"#,
        #"{"error": {"class": "GenericError"}}"#,
        #"{"event": 3}"#,
        #"{"QMP": {"capabilities": []}}"#,
        #"{"QMP": {"version": {"qemu": {"major": "10"}}}}"#,
    ])
    func rejectsMessagesThatAreNotQMP(line: String) {
        #expect {
            try QMPMessage(line: Array(line.utf8))
        } throws: { error in
            (error as? QMPError)?.code == .protocolError
        }
    }
}
