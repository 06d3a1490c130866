import QMP
import Testing

/// ``JSONDocument`` reads the same language as ``JSONValue``: every text gives the same value or
/// the same error, including the texts that cross its eight-byte scanning steps.
@Suite struct JSONDocumentTests {
    /// Texts both parsers accept: scalars, escapes, nesting, repeated names, whitespace of every
    /// kind, and strings and indentation on both sides of each eight-byte boundary.
    static let validTexts: [String] = [
        "0", "-12", "9223372036854775807", "18446744073709551615", "1.5", "-2e3", "1E-2", "-0", "true", "false", "null",
        #""""#, #""a\"b\\c\/d""#, #""tab\tnl\ncr\rbs\bff\f""#, #""\u00e9t\u00E9""#, #""\ud83d\ude00""#,
        #""ünïcödé raw""#, #"{"a": 1, "a": 2}"#, #"{"é": {"\u00e9": [1, {"x": null}]}}"#, "[]", "{}", "[[], {}, [[]]]",
        " \t\r\n [ 1 ,\t2 ] \r\n", "{\n        \"k\":\n\t\t  \"v\"\n}",
    ]
    + (0..<20).map { "\"" + String(repeating: "x", count: $0) + "\"" }
    + (0..<20).map { "\"" + String(repeating: "y", count: $0) + "\\\"" + String(repeating: "z", count: 9) + "\"" }
    + (0..<20).map { "\"" + String(repeating: "a", count: $0) + "é" + String(repeating: "b", count: 9) + "\"" }
    + (0..<20).map { "[" + String(repeating: " ", count: $0) + "1" + String(repeating: " ", count: 17 - $0 % 9) + "]" }
    + (0..<12).map { "{\n" + String(repeating: " ", count: $0) + "\t\"k\"" + String(repeating: " ", count: $0) + ":\r\n 3}" }

    @Test(arguments: validTexts)
    func givesTheValueJSONValueGives(text: String) throws {
        let document = try JSONDocument(parsing: Array(text.utf8))
        #expect(document.value(document.root) == (try JSONValue(parsing: text)))
    }

    /// Texts both refuse; the reason (with its byte offset) is the same.
    static let invalidTexts: [String] = [
        "", "   ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "tru", "nul", "01", "1.", "-", "1e",
        "\"unterminated", "\"bad \\x escape\"", "\"\\ud83d alone\"", "\"\\ude00\"", "\"ctl \u{1}\"", "[1] 2",
        "{\"a\":1}}", "NaN", "1e999", "\"0123456789abcdef", "\"0123456789\u{1}abcdef\"", "[1,        ]",
        "{\"k\":        }", "[\"12345678\"        x]",
    ]

    @Test(arguments: invalidTexts)
    func refusesWhatJSONValueRefusesForTheSameReason(text: String) {
        let theirs = Result { try JSONValue(parsing: text) }.failureReason
        let ours = Result { try JSONDocument(parsing: Array(text.utf8)) }.failureReason
        #expect(theirs != nil)
        #expect(ours == theirs)
    }

    @Test func refusesInvalidUTF8InAString() {
        let bytes: [UInt8] = [UInt8(ascii: "\"")] + Array("12345678".utf8) + [0xC3, 0x28, UInt8(ascii: "\"")]
        #expect(throws: QMPError.self) { try JSONDocument(parsing: bytes) }
    }

    @Test func limitsNestingAsJSONValueDoes() throws {
        let depth = JSONValue.maximumDepth
        let deep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(throws: QMPError.self) { try JSONDocument(parsing: Array(deep.utf8)) }
        let allowed = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let document = try JSONDocument(parsing: Array(allowed.utf8))
        #expect(document.count(document.root) == 1)
    }

    @Test func readsMembersElementsAndScalarsByIndex() throws {
        let text = #"{"name": "cpu", "version_id": 22, "size": 4.0, "Fields": [{"field": "a"}, {"field": "b\u0021"}], "name": "apic"}"#
        let document = try JSONDocument(parsing: Array(text.utf8))
        let root = document.root
        #expect(document.kind(root) == .object)
        #expect(document.count(root) == 5)
        // A repeated name: its last value, once.
        #expect(document.member("name", of: root).flatMap(document.stringValue) == "apic")
        #expect(document.members(root).count == 4)
        #expect(document.member("version_id", of: root).flatMap(document.doubleValue) == 22)
        #expect(document.member("size", of: root).map(document.value) == .double(4))
        #expect(document.member("missing", of: root) == nil)
        let fields = try #require(document.member("Fields", of: root))
        let names = document.elements(fields).map { document.member("field", of: $0).flatMap(document.stringValue) }
        #expect(names == ["a", "b!"])
        let escaped = try #require(document.elements(fields).map { $0 }.last.flatMap { document.member("field", of: $0) })
        #expect(document.stringEquals(escaped, "b!"))
        #expect(document.utf8Count(escaped) == 2)
        #expect(document.member("field", of: fields) == nil)  // an array has no members
        #expect(document.elements(root).map { $0 }.isEmpty)  // an object has no elements
    }

    @Test func comparesStringsAcrossDocumentsWhetherEscapedOrNot() throws {
        let plain = try JSONDocument(parsing: Array(#"["état", "a/b", "x"]"#.utf8))
        let escaped = try JSONDocument(parsing: Array(#"["\u00e9tat", "a\/b", "y"]"#.utf8))
        let left = plain.elements(plain.root).map { $0 }
        let right = escaped.elements(escaped.root).map { $0 }
        #expect(plain.stringsEqual(left[0], escaped, right[0]))
        #expect(plain.stringsEqual(left[1], escaped, right[1]))
        #expect(!plain.stringsEqual(left[2], escaped, right[2]))
        #expect(escaped.member(matching: right[1], of: escaped, in: escaped.root) == nil)
    }

    /// A large object with repeated names keeps each name once, with its last value, in linear
    /// time (hashed above 16 members).
    @Test(arguments: [5, 16, 17, 2000])
    func keepsTheLastOfARepeatedNameInObjectsOfAnySize(members: Int) throws {
        let pairs = (0..<members).map { #""k\#($0 % (members / 2 + 1))": \#($0)"# }
        let text = "{" + pairs.joined(separator: ", ") + "}"
        let document = try JSONDocument(parsing: Array(text.utf8))
        let expected = try JSONValue(parsing: text)
        #expect(document.members(document.root).count == expected.objectValue?.count)
        #expect(document.value(document.root) == expected)
        #expect(document.memberTable(document.root).count == expected.objectValue?.count)
    }
}

extension Result {
    /// The reason of a ``QMPError`` failure; `nil` on success.
    fileprivate var failureReason: String? {
        guard case .failure(let error) = self else { return nil }
        return (error as? QMPError)?.reason ?? "\(error)"
    }
}
