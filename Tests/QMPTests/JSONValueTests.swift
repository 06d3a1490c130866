import QMP
import Testing

@Suite struct JSONValueTests {
    @Test func parsesAGreetingLineAsQEMUSendsIt() throws {
        let line =
            #"{"QMP": {"version": {"qemu": {"micro": 2, "minor": 0, "major": 10}, "package": "Debian 1:10.0.2"},"#
            + #" "capabilities": ["oob"]}}"# + "\r"
        let value = try JSONValue(parsing: line)
        #expect(value["QMP"]?["version"]?["qemu"]?["major"] == .int(10))
        #expect(value["QMP"]?["version"]?["package"]?.stringValue == "Debian 1:10.0.2")
        #expect(value["QMP"]?["capabilities"] == ["oob"])
    }

    @Test func parsesReturnErrorAndEventLines() throws {
        let reply = try JSONValue(
            parsing: #"{"return": [{"name": "virt-10.0", "alias": "virt", "deprecated": false}], "id": 3}"#)
        #expect(reply == ["return": [["name": "virt-10.0", "alias": "virt", "deprecated": false]], "id": 3])

        let error = try JSONValue(
            parsing: #"{"id": 5, "error": {"class": "CommandNotFound", "desc": "The command nope has not been found"}}"#
        )
        #expect(error["error"]?["class"]?.stringValue == "CommandNotFound")

        let event = try JSONValue(
            parsing: #"{"timestamp": {"seconds": 1795705748, "microseconds": 631288}, "event": "SHUTDOWN", "#
                + #""data": {"guest": false, "reason": "host-qmp-quit"}}"#)
        #expect(event["event"] == "SHUTDOWN")
        #expect(event["timestamp"]?["microseconds"]?.intValue == 631_288)
        #expect(event["data"]?["guest"]?.boolValue == false)
    }

    @Test(arguments: [
        ("0", JSONValue.int(0)),
        ("-12", .int(-12)),
        ("9223372036854775807", .int(.max)),
        ("18446744073709551615", .uint(.max)),
        ("1.5", .double(1.5)),
        ("-2e3", .double(-2000)),
        ("1E-2", .double(0.01)),
        ("-0", .int(0)),
    ])
    func parsesNumbersKeepingTheirKind(text: String, expected: JSONValue) throws {
        #expect(try JSONValue(parsing: text) == expected)
    }

    @Test(arguments: [
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""tab\tnl\ncr\rbs\bff\f""#, "tab\tnl\ncr\rbs\u{8}ff\u{C}"),
        (#""\u00e9t\u00E9""#, "été"),
        (#""\ud83d\ude00""#, "😀"),
        (#""ünïcödé raw""#, "ünïcödé raw"),
        (#""""#, ""),
    ])
    func decodesStringEscapes(text: String, expected: String) throws {
        #expect(try JSONValue(parsing: text) == .string(expected))
    }

    @Test(arguments: [
        "", "   ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "tru", "nul", "01", "1.", "-", "1e",
        "\"unterminated", "\"bad \\x escape\"", "\"\\ud83d alone\"", "\"\\ude00\"", "\"ctl \u{1}\"", "[1] 2",
        "{\"a\":1}}", "NaN", "1e999",
    ])
    func rejectsInvalidText(text: String) {
        #expect(throws: QMPError.self) { try JSONValue(parsing: text) }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")]
        #expect(throws: QMPError.self) { try JSONValue(parsing: bytes) }
    }

    @Test func errorsSayWhereTheTextWentWrong() {
        #expect {
            try JSONValue(parsing: #"{"return": [1, 2,]}"#)
        } throws: { error in
            guard let error = error as? QMPError else { return false }
            return error.code == .protocolError && error.reason.contains("byte 17")
        }
    }

    @Test func limitsNesting() throws {
        let deep =
            String(repeating: "[", count: JSONValue.maximumDepth + 1)
            + String(repeating: "]", count: JSONValue.maximumDepth + 1)
        #expect(throws: QMPError.self) { try JSONValue(parsing: deep) }
        let allowed =
            String(repeating: "[", count: JSONValue.maximumDepth)
            + String(repeating: "]", count: JSONValue.maximumDepth)
        #expect(try JSONValue(parsing: allowed).arrayValue?.count == 1)
    }

    @Test func encodesACommandCompactlyWithSortedKeys() {
        let command: JSONValue = ["execute": "query-machines", "arguments": ["compat-props": true], "id": 7]
        #expect(command.jsonText == #"{"arguments":{"compat-props":true},"execute":"query-machines","id":7}"#)
    }

    @Test func encodesEscapesAndNumbers() {
        let value: JSONValue = [
            "s": .string("q\"b\\n\n\u{1}é"), "n": nil, "f": false, "d": 0.5, "u": .uint(.max), "i": -3,
            "a": [], "o": [:],
        ]
        let expected =
            #"{"a":[],"d":0.5,"f":false,"i":-3,"n":null,"o":{},"#
            + #""s":"q\"b\\n\n\u0001é","u":18446744073709551615}"#
        #expect(value.jsonText == expected)
        #expect(JSONValue.double(.infinity).jsonText == "null")
    }

    @Test(arguments: [
        #"{"return": {"qemu": {"micro": 2, "minor": 0, "major": 10}, "package": ""}, "id": 1}"#,
        #"[null, true, false, -1, 2.25, "x\ny", {"nested": [[], {}]}]"#,
        #""\ud83d\ude00 \u0000""#,
    ])
    func encodingThenParsingGivesTheSameValue(text: String) throws {
        let value = try JSONValue(parsing: text)
        #expect(try JSONValue(parsing: value.jsonBytes) == value)
    }
}
