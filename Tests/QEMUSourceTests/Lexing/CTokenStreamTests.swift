import GuestABI
import QEMUSource
import Testing

@Suite struct CTokenStreamTests {
    // MARK: - Spelling

    @Test func matchesExactBytesOnly() throws {
        let stream = LexingFixture.lex("DEFINE_Q35_MACHINE(10, 0) ->")
        let name = try #require(stream.tokens.first)
        #expect(stream.matches(name, "DEFINE_Q35_MACHINE"))
        #expect(!stream.matches(name, "DEFINE_Q35_MACHIN"))
        #expect(!stream.matches(name, "DEFINE_Q35_MACHINES"))
        #expect(!stream.matches(name, "define_q35_machine"))
        #expect(stream.matches(stream.tokens[1], "("))
        #expect(stream.matches(stream.tokens[2], "10"))
        #expect(stream.matches(stream.tokens[6], "->"))
        #expect(!stream.matches(stream.tokens[6], "-"))
        #expect(stream.text(name) == "DEFINE_Q35_MACHINE")
    }

    @Test func locatesTokensByFileAndLine() throws {
        let stream = LexingFixture.lex("\n\n  pc_q35_machine_options(m);", file: "hw/i386/pc_q35.c")
        let token = try #require(stream.tokens.first)
        #expect(stream.location(token) == SourceLocation(file: "hw/i386/pc_q35.c", line: 3))
        #expect(stream.location(token).description == "hw/i386/pc_q35.c:3")
    }

    // MARK: - String values

    @Test(arguments: [
        (#""virtio-net-pci""#, "virtio-net-pci"),
        (#""""#, ""),
        (#""say \"hi\"""#, #"say "hi""#),
        (#""C:\\dir""#, #"C:\dir"#),
        (#""a\nb\tc\rd""#, "a\nb\tc\rd"),
        (#""\a\b\f\v\e""#, "\u{07}\u{08}\u{0C}\u{0B}\u{1B}"),
        (#""\x41\x4a\x4B!""#, "AJK!"),
        (#""\101\60\0""#, "A0\0"),
        (#""\1012""#, "A2"),
        (#""\'\?""#, "'?"),
        (#""\u00e9\U0001F600""#, "\u{e9}\u{1F600}"),
        (#""\q""#, "q"),
        (#"u8"prefixed""#, "prefixed"),
        (#"L"wide""#, "wide"),
        ("\"con\\\ntinued\"", "continued"),
        ("\"con\\\r\ntinued\"", "continued"),
        ("\"tab\\\\\n", "tab"),  // the second backslash continues the line, the first escapes the end
        ("\"unterminated", "unterminated"),
        ("\"unterminated\\", "unterminated"),
    ])
    func decodesStringLiteralValues(_ source: String, _ value: String) throws {
        let stream = LexingFixture.lex(source)
        let token = try #require(stream.tokens.first)
        #expect(token.kind == .string)
        #expect(stream.stringLiteralValue(token) == value)
    }

    @Test func hasNoStringValueForOtherTokens() {
        let stream = LexingFixture.lex("x 'a' 1 (")
        #expect(stream.tokens.count == 4)
        #expect(stream.tokens.allSatisfy { stream.stringLiteralValue($0) == nil })
    }

    // MARK: - Brackets

    @Test func findsTheMatchingCloserAcrossNesting() throws {
        let source = """
            static GlobalProperty compat[] = {
                { "a", "b", "c" },
                { TYPE(X), f(g[1], (2)), "on" },
            };
            """
        let stream = LexingFixture.lex(source)
        let texts = stream.tokens.map { stream.text($0) }
        let outer = try #require(texts.firstIndex(of: "{"))
        let close = try #require(stream.closing(of: outer))
        #expect(texts[close] == "}")
        #expect(texts[close + 1] == ";")
        #expect(stream.tokens[close].line == 4)
        let brackets = try #require(texts.firstIndex(of: "["))
        #expect(stream.closing(of: brackets) == brackets + 1)
        let call = try #require(texts.firstIndex(of: "f"))
        let callClose = try #require(stream.closing(of: call + 1))
        #expect(texts[callClose] == ")")
        #expect(texts[callClose + 1] == ",")
        #expect(texts[callClose + 2] == "\"on\"")
    }

    @Test func countsOnlyBracketsOfTheOpenersKind() throws {
        let stream = LexingFixture.lex("{ ( ] }")
        #expect(stream.closing(of: 0) == 3)
        #expect(stream.closing(of: 1) == nil)
    }

    @Test func skipsDirectiveLinesBetweenBrackets() throws {
        let source = """
            GlobalProperty p[] = {
            #if defined(CONFIG_X) && (A > 1)
                { "x", "y", "z" },
            #define OPEN {
            #endif
            };
            """
        let stream = LexingFixture.lex(source)
        let open = try #require(stream.tokens.firstIndex { stream.matches($0, "{") })
        let close = try #require(stream.closing(of: open))
        #expect(stream.tokens[close].line == 6)
    }

    @Test func stopsAtTheEndOfTheOpenersDirective() throws {
        let stream = LexingFixture.lex("#define F(a, (b) x\n)\n#define G(a) (a)\n")
        #expect(stream.closing(of: 2) == nil)
        let g = try #require(stream.tokens.firstIndex { stream.matches($0, "G") })
        #expect(stream.closing(of: g + 1) == g + 3)
        #expect(stream.closing(of: g + 4) == g + 6)
    }

    @Test(arguments: [0, 2, 3, -1, 99])
    func findsNoCloserForNonOpenersOrUnbalancedOnes(_ index: Int) {
        let stream = LexingFixture.lex("x ( ) {")
        #expect(stream.closing(of: index) == nil)
    }
}
