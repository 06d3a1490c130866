import GuestABI
import QEMUSource
import Testing

@Suite struct CTokenizerDiagnosticsTests {
    @Test func reportsAnUnterminatedCommentWhereItBegins() {
        let stream = LexingFixture.lex("int a;\nint b; /* never\nclosed\n", file: "hw/misc/broken.c")
        #expect(stream.diagnostics.map(\.description) == ["hw/misc/broken.c:2: error: unterminated comment"])
        #expect(LexingFixture.tokens("int a;\nint b; /* never\nclosed\n").count == 6)
    }

    @Test func reportsAnUnterminatedStringAndGoesOnWithTheNextLine() {
        let source = "a = \"open;\nb = 'x;\nc = \"ok\";"
        let stream = LexingFixture.lex(source, file: "hw/misc/quotes.c")
        #expect(
            stream.diagnostics.map(\.description) == [
                "hw/misc/quotes.c:1: error: unterminated string literal",
                "hw/misc/quotes.c:2: error: unterminated character literal",
            ])
        #expect(
            LexingFixture.tokens(source) == [
                .id("a"), .punct("="), .str("\"open;"),
                .id("b"), .punct("="), .chr("'x;"),
                .id("c"), .punct("="), .str("\"ok\""), .punct(";"),
            ])
        #expect(stream.tokens.map(\.line) == [1, 1, 1, 2, 2, 2, 3, 3, 3, 3])
    }

    @Test func endsAnUnterminatedLiteralBeforeACarriageReturn() {
        let stream = LexingFixture.lex("\"abc\r\nd")
        #expect(stream.tokens.map { stream.text($0) } == ["\"abc", "d"])
        #expect(stream.diagnostics.count == 1)
    }

    @Test(arguments: ["\"abc", "'", "x = \"a\\", "L\"", "\"a\\\n"])
    func reportsALiteralUnterminatedAtTheEndOfTheFile(_ source: String) throws {
        let stream = LexingFixture.lex(source)
        let last = try #require(stream.tokens.last)
        #expect(last.end == stream.bytes.count)
        #expect(stream.diagnostics.map(\.severity) == [.error])
        #expect(stream.diagnostics.first?.location.line == 1)
    }

    @Test func endsADirectiveAfterAnUnterminatedLiteral() {
        #expect(LexingFixture.tokens("#define A \"x\nB") == [.dir("#define"), .id("A"), .str("\"x"), .eod, .id("B")])
    }

    @Test(arguments: [
        "#error this board can't work without KVM\n",
        "#warning don't use \"this\n",
        "#if 0\nit's not compiled\n#endif\n",
        "#if 0\n#ifdef A\n#else\nwon't matter\n#endif\nnor' this\n#endif\n",
        "# if 0\n#define X 'a\n#endif\n",
    ])
    func lexesTextTheCompilerSkipsLeniently(_ source: String) {
        let stream = LexingFixture.lex(source)
        #expect(!stream.diagnostics.isEmpty)
        #expect(stream.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(LexingFixture.shapeProblem(stream) == nil)
    }

    @Test(arguments: [
        "#if 0\n#endif\nit's compiled\n",
        "#if 0\n#else\nit's compiled\n#endif\n",
        "#if 0\n#elif 1\nit's compiled\n#endif\n",
        "#if 0 + 1\nit's compiled\n#endif\n",
        "#error fine\nit's compiled\n",
    ])
    func reportsUnterminatedLiteralsTheCompilerSees(_ source: String) {
        let stream = LexingFixture.lex(source)
        #expect(stream.diagnostics.map(\.severity) == [.error])
    }

    @Test(arguments: [
        ("a @ b", [UInt8(ascii: "@")]),
        ("`x`", [UInt8(ascii: "`"), UInt8(ascii: "`")]),
        ("x = \u{e9};", [0xC3, 0xA9]),
        ("a \\ b", [UInt8(ascii: "\\")]),
        ("\0", [0]),
    ])
    func warnsOfStrayBytesAndSkipsThem(_ source: String, _ stray: [UInt8]) {
        let stream = LexingFixture.lex(source)
        let expected = stray.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return "hw/test/fixture.c:1: warning: unexpected byte 0x\(hex.count == 1 ? "0" : "")\(hex)"
        }
        #expect(stream.diagnostics.map(\.description) == expected)
        #expect(stream.tokens.allSatisfy { token in !stray.contains(stream.bytes[token.start]) })
    }

    @Test func keepsQuotedAndCommentedBytesQuiet() {
        let stream = LexingFixture.lex("/* caf\u{e9} @ ` */ \"na\u{ef}ve @\" // \u{2014} `\n'@'")
        #expect(stream.diagnostics.isEmpty)
        #expect(stream.tokens.map(\.kind) == [.string, .character])
    }

    @Test func skipsAByteOrderMark() {
        let stream = CTokenizer(bytes: [0xEF, 0xBB, 0xBF] + Array("#include \"a.h\"\n".utf8), file: "a.c").tokenize()
        #expect(stream.diagnostics.isEmpty)
        #expect(stream.tokens.first.map { stream.text($0) } == "#include")
    }
}
