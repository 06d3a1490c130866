@testable import QEMUSource
import Testing

/// The expander against what a C preprocessor gives (GCC's output for each case): rescanning,
/// arguments expanded before substitution, `#` and `##`, and the hide sets that keep a macro
/// from expanding inside its own expansion, including the C standard's examples where a name
/// comes back through another macro or through tokens after the invocation.
@Suite struct MacroExpanderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let defines: String
        let input: String
        let expected: String
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(defines: "#define foo foo", input: "foo", expected: "foo"),
        Case(defines: "#define a b\n#define b a", input: "a b", expected: "a b"),
        Case(defines: "#define f(x) x + f(x)", input: "f(1)", expected: "1 + f(1)"),
        // C11 6.10.3.4 §4: `f(2)(9)` comes to `2*9*g`: the `(9)` is not part of f's expansion,
        // so the rescanned `f` (out of g) is expanded again.
        Case(defines: "#define f(a) a*g\n#define g(a) f(a)", input: "f(2)(9)", expected: "2*9*g"),
        // C11 6.10.3.5 EXAMPLE 3 (without its #undef: `x` is 2 throughout).
        Case(
            defines: """
                #define x 2
                #define f(a) f(x * (a))
                #define g f
                #define z z[0]
                #define t(a) a
                """,
            input: "f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);",
            expected: "f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);"),
        Case(
            defines: "#define str(s) # s\n#define xstr(s) str(s)\n#define glue(a, b) a ## b",
            input: "xstr(glue(foo, bar)) str(glue(foo, bar))",
            expected: #""foobar" "glue(foo, bar)""#),
        // QEMU's version pick: a macro name produced by an expansion takes the arguments after it.
        Case(
            defines: "#define PICK(a, b, NAME, ...) NAME\n#define ONE(x) one x\n#define TWO(x, y) two x y\n#define CALL(...) PICK(__VA_ARGS__, TWO, ONE)(__VA_ARGS__)",
            input: "CALL(1) CALL(1, 2)", expected: "one 1 two 1 2"),
    ]

    @Test(arguments: cases)
    func expandsAsCDoes(_ example: Case) {
        let definitions = CTokenizer(bytes: Array((example.defines + "\n").utf8), file: "t.h").tokenize()
        var table = MacroTable()
        table.collect(from: definitions)
        var expander = MacroExpander(table: table)
        let input = CTokenizer(bytes: Array(example.input.utf8), file: "t.c").tokenize().ppTokens()
        let expected = CTokenizer(bytes: Array(example.expected.utf8), file: "t.c").tokenize().ppTokens()
        #expect(expander.expand(input).map(\.text) == expected.map(\.text))
        #expect(expander.diagnostics.isEmpty)
    }
}
