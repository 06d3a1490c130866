import GuestABI
import QEMUSource
import Testing

@Suite struct CTokenizerTests {
    typealias T = ExpectedToken

    /// A snippet and the tokens it must lex to.
    struct Snippet: Sendable, CustomTestStringConvertible {
        var source: String
        var expected: [ExpectedToken]
        var testDescription: String { source }
    }

    // MARK: - Kinds and texts

    static let snippets: [Snippet] = [
        Snippet(
            source: """
                static GlobalProperty hw_compat_9_2[] = {
                    { "virtio-net-pci", "x-foo", "off" },
                    { TYPE_X, "y", "on", .optional = true },
                };
                """,
            expected: [
                .id("static"), .id("GlobalProperty"), .id("hw_compat_9_2"), .punct("["), .punct("]"),
                .punct("="), .punct("{"),
                .punct("{"), .str("\"virtio-net-pci\""), .punct(","), .str("\"x-foo\""), .punct(","),
                .str("\"off\""), .punct("}"), .punct(","),
                .punct("{"), .id("TYPE_X"), .punct(","), .str("\"y\""), .punct(","), .str("\"on\""),
                .punct(","), .punct("."), .id("optional"), .punct("="), .id("true"), .punct("}"), .punct(","),
                .punct("}"), .punct(";"),
            ]),
        Snippet(source: "m->minor", expected: [.id("m"), .punct("->"), .id("minor")]),
        Snippet(source: "a - >b", expected: [.id("a"), .punct("-"), .punct(">"), .id("b")]),
        Snippet(source: "a-->b", expected: [.id("a"), .punct("--"), .punct(">"), .id("b")]),
        Snippet(source: "a->-b", expected: [.id("a"), .punct("->"), .punct("-"), .id("b")]),
        Snippet(source: "x == y", expected: [.id("x"), .punct("=="), .id("y")]),
        Snippet(source: "x = = y", expected: [.id("x"), .punct("="), .punct("="), .id("y")]),
        Snippet(source: "x===y", expected: [.id("x"), .punct("=="), .punct("="), .id("y")]),
        Snippet(source: "a<<=b>>=c", expected: [.id("a"), .punct("<<="), .id("b"), .punct(">>="), .id("c")]),
        Snippet(
            source: "a<<b<=c<d",
            expected: [
                .id("a"), .punct("<<"), .id("b"), .punct("<="), .id("c"), .punct("<"), .id("d"),
            ]),
        Snippet(
            source: "!a != b && c || d",
            expected: [
                .punct("!"), .id("a"), .punct("!="), .id("b"), .punct("&&"), .id("c"), .punct("||"), .id("d"),
            ]),
        Snippet(
            source: "a*=b/=c%=d+=e-=f&=g^=h|=i",
            expected: [
                .id("a"), .punct("*="), .id("b"), .punct("/="), .id("c"), .punct("%="), .id("d"),
                .punct("+="), .id("e"), .punct("-="), .id("f"), .punct("&="), .id("g"), .punct("^="),
                .id("h"), .punct("|="), .id("i"),
            ]),
        Snippet(source: "i++ + ++j", expected: [.id("i"), .punct("++"), .punct("+"), .punct("++"), .id("j")]),
        Snippet(
            source: "f(int, ...)",
            expected: [
                .id("f"), .punct("("), .id("int"), .punct(","), .punct("..."), .punct(")"),
            ]),
        Snippet(source: "a..b", expected: [.id("a"), .punct("."), .punct("."), .id("b")]),
        Snippet(
            source: "c ? x : ~y",
            expected: [
                .id("c"), .punct("?"), .id("x"), .punct(":"), .punct("~"), .id("y"),
            ]),
        Snippet(
            source: "0x1ULL 2047 1.5e+3 .5 1e-9 0x1p-3 1.f 0x1e+5 08",
            expected: [
                .num("0x1ULL"), .num("2047"), .num("1.5e+3"), .num(".5"), .num("1e-9"), .num("0x1p-3"),
                .num("1.f"), .num("0x1e+5"), .num("08"),
            ]),
        Snippet(
            source: "1+2 0x10-1",
            expected: [
                .num("1"), .punct("+"), .num("2"), .num("0x10"), .punct("-"), .num("1"),
            ]),
        Snippet(source: "_x $y a1_B2", expected: [.id("_x"), .id("$y"), .id("a1_B2")]),
        Snippet(source: #""a" "b""c""#, expected: [.str(#""a""#), .str(#""b""#), .str(#""c""#)]),
        Snippet(
            source: #"L"x" u8"y" u"z" U"w" L'c' LL"v""#,
            expected: [
                .str(#"L"x""#), .str(#"u8"y""#), .str(#"u"z""#), .str(#"U"w""#), .chr("L'c'"), .id("LL"),
                .str(#""v""#),
            ]),
        Snippet(
            source: #"'a' '\'' '\\' '"' "it's" "say \"hi\"\\""#,
            expected: [
                .chr("'a'"), .chr(#"'\''"#), .chr(#"'\\'"#), .chr(#"'"'"#), .str(#""it's""#),
                .str(#""say \"hi\"\\""#),
            ]),
        Snippet(
            source: "a /* b\n c */ d // e\nf /**/g//\n",
            expected: [.id("a"), .id("d"), .id("f"), .id("g")]),
        Snippet(source: "a / b /* c */ / d", expected: [.id("a"), .punct("/"), .id("b"), .punct("/"), .id("d")]),
        Snippet(
            source: "x = y##z # w",
            expected: [
                .id("x"), .punct("="), .id("y"), .punct("##"), .id("z"), .punct("#"), .id("w"),
            ]),
    ]

    @Test(arguments: snippets)
    func lexesKindsAndTexts(_ snippet: Snippet) {
        #expect(LexingFixture.tokens(snippet.source) == snippet.expected)
        #expect(LexingFixture.lex(snippet.source).diagnostics.isEmpty)
    }

    @Test func keepsTheByteRangeOfEachToken() throws {
        let stream = LexingFixture.lex("ab  ->\"c\"")
        #expect(
            stream.tokens == [
                CToken(kind: .identifier, start: 0, end: 2, line: 1),
                CToken(kind: .punctuator, start: 4, end: 6, line: 1),
                CToken(kind: .string, start: 6, end: 9, line: 1),
            ])
    }

    // MARK: - Continuations

    @Test func followsContinuationsInsideTokens() {
        let stream = LexingFixture.lex("foo\\\nbar -\\\n> 1\\\n2 \"a\\\nb\"\nz")
        #expect(stream.tokens.map(\.kind) == [.identifier, .punctuator, .number, .string, .identifier])
        #expect(stream.tokens.map(stream.spelling) == ["foobar", "->", "12", "\"ab\"", "z"])
        #expect(stream.text(stream.tokens[0]) == "foo\\\nbar")
        #expect(stream.tokens.map(\.line) == [1, 2, 3, 4, 6])
        #expect(stream.diagnostics.isEmpty)
    }

    @Test(arguments: [
        (".\\\n5 x", ".5"),
        ("<\\\n<\\\n= x", "<<="),
        ("/\\\n* comment *\\\n/ x", ""),
        ("/\\\n/ comment\\\n still comment\n x", ""),
        ("u8\\\n\"s\" x", "u8\"s\""),
    ])
    func keepsTheFirstLineOfATokenSplitByContinuations(_ source: String, _ spelling: String) throws {
        let stream = LexingFixture.lex(source)
        let last = try #require(stream.tokens.last)
        #expect(stream.text(last) == "x")
        #expect(last.line == source.utf8.count { $0 == UInt8(ascii: "\n") } + 1)
        if !spelling.isEmpty {
            let first = try #require(stream.tokens.first)
            #expect(stream.spelling(first) == spelling)
            #expect(first.line == 1)
            #expect(stream.tokens.count == 2)
        } else {
            #expect(stream.tokens.count == 1)
        }
    }

    @Test func countsLinesAfterContinuationsAndComments() {
        let source = """
            a = 1 + \\
                2;
            /* one
             * two
             */ b /* three
            */ c
            // four \\
            still four
            d
            """
        let stream = LexingFixture.lex(source)
        let lines = stream.tokens.map { "\(stream.text($0))@\($0.line)" }
        #expect(lines == ["a@1", "=@1", "1@1", "+@1", "2@2", ";@2", "b@5", "c@6", "d@9"])
    }

    @Test func toleratesSpacesBetweenBackslashAndNewline() {
        let stream = LexingFixture.lex("#define A 1 \\  \n + 2\nb")
        #expect(
            LexingFixture.tokens("#define A 1 \\  \n + 2\nb") == [
                .dir("#define"), .id("A"), .num("1"), .punct("+"), .num("2"), .eod, .id("b"),
            ])
        #expect(stream.diagnostics.map(\.severity) == [.warning])
        #expect(stream.diagnostics.first?.message == "backslash and newline separated by space")
    }
}
