import GuestABI
import QEMUSource
import Testing

@Suite struct CTokenizerDirectiveTests {
    @Test func lexesAMultiLineMacroDefinition() {
        let source = """
            #define DEFINE_FOO_MACHINE(major, minor) \\
                static void foo_machine_##major##_##minor##_options(MachineClass *mc) \\
                { \\
                    mc->alias = #major; \\
                }
            int after;
            """
        let stream = LexingFixture.lex(source)
        let texts = stream.tokens.map { stream.text($0) }
        #expect(
            texts == [
                "#define", "DEFINE_FOO_MACHINE", "(", "major", ",", "minor", ")",
                "static", "void", "foo_machine_", "##", "major", "##", "_", "##", "minor", "##", "_options",
                "(", "MachineClass", "*", "mc", ")",
                "{",
                "mc", "->", "alias", "=", "#", "major", ";",
                "}", "",
                "int", "after", ";",
            ])
        let lineOf = Dictionary(
            stream.tokens.map { (stream.text($0), $0.line) }, uniquingKeysWith: { first, _ in first })
        #expect(lineOf["#define"] == 1)
        #expect(lineOf["static"] == 2)
        #expect(lineOf["{"] == 3)
        #expect(lineOf["alias"] == 4)
        #expect(lineOf["}"] == 5)
        #expect(lineOf["int"] == 6)
        let end = stream.tokens[32]
        #expect(end.kind == .endOfDirective)
        #expect(end.line == 5)
        #expect(end.start == end.end)
        #expect(stream.bytes[end.start] == UInt8(ascii: "\n"))
        #expect(stream.tokens.filter { $0.kind == .directive }.count == 1)
        #expect(stream.tokens.filter { $0.kind == .punctuator && stream.matches($0, "#") }.count == 1)
    }

    @Test(arguments: [
        ("#include \"hw/boards.h\"\n", [ExpectedToken.dir("#include"), .str("\"hw/boards.h\""), .eod]),
        (
            "# include <qemu/osdep.h>\n",
            [
                .dir("# include"), .punct("<"), .id("qemu"), .punct("/"), .id("osdep"), .punct("."), .id("h"),
                .punct(">"), .eod,
            ]
        ),
        ("  #  if 0\n", [.dir("#  if"), .num("0"), .eod]),
        ("#\n", [.dir("#"), .eod]),
        ("# 12 \"file.c\"\n", [.dir("#"), .num("12"), .str("\"file.c\""), .eod]),
        ("#endif", [.dir("#endif"), .eod]),
        ("/* lead */ #define X 1\n", [.dir("#define"), .id("X"), .num("1"), .eod]),
        ("#/* gap */define X\n", [.dir("#/* gap */define"), .id("X"), .eod]),
        (
            "#define X 1 /* spans\n lines */ + 2\nY",
            [
                .dir("#define"), .id("X"), .num("1"), .punct("+"), .num("2"), .eod, .id("Y"),
            ]
        ),
        ("#define X 1 // comment \\\n still comment\nY", [.dir("#define"), .id("X"), .num("1"), .eod, .id("Y")]),
        ("x; #define Y\n", [.id("x"), .punct(";"), .punct("#"), .id("define"), .id("Y")]),
        (
            "#define CAT(a, b) a ## b\n",
            [
                .dir("#define"), .id("CAT"), .punct("("), .id("a"), .punct(","), .id("b"), .punct(")"), .id("a"),
                .punct("##"), .id("b"), .eod,
            ]
        ),
        ("##x\n", [.dir("#"), .punct("#"), .id("x"), .eod]),
    ])
    func lexesDirectiveLines(_ source: String, _ expected: [ExpectedToken]) {
        #expect(LexingFixture.tokens(source) == expected)
    }

    @Test func endsADirectiveAtTheLineFeedOrTheEndOfTheFile() {
        let stream = LexingFixture.lex("#ifdef A\n#endif")
        let ends = stream.tokens.filter { $0.kind == .endOfDirective }
        #expect(ends.map(\.start) == [8, 15])
        #expect(ends.map(\.line) == [1, 2])
    }

    @Test func recognisesDirectiveNamesHoweverSpaced() throws {
        let stream = LexingFixture.lex("#define A\n  #  include <x>\n#\n#undefine B\n")
        let directives = stream.tokens.filter { $0.kind == .directive }
        try #require(directives.count == 4)
        #expect(stream.isDirective(directives[0], named: "define"))
        #expect(!stream.isDirective(directives[0], named: "fine"))
        #expect(stream.isDirective(directives[1], named: "include"))
        #expect(!stream.isDirective(directives[2], named: "define"))
        #expect(!stream.isDirective(directives[3], named: "define"))
        #expect(!stream.isDirective(stream.tokens[1], named: "A"))
    }

    @Test func handlesCRLFLineEnds() {
        let unix = "#define A(x) \\\n    ((x) + 1)\nint b = \"s\";\n/* c\n */ d\n"
        let windows = unix.replacing("\n", with: "\r\n")
        let unixStream = LexingFixture.lex(unix)
        let windowsStream = LexingFixture.lex(windows)
        #expect(LexingFixture.tokens(windows) == LexingFixture.tokens(unix))
        #expect(windowsStream.tokens.map(\.line) == unixStream.tokens.map(\.line))
        #expect(windowsStream.diagnostics.isEmpty)
        let end = windowsStream.tokens.first { $0.kind == .endOfDirective }
        #expect(end.map { windowsStream.bytes[$0.start] } == UInt8(ascii: "\r"))
        #expect(windowsStream.tokens.last.map { windowsStream.text($0) } == "d")
        #expect(windowsStream.tokens.last?.line == 5)
    }
}
