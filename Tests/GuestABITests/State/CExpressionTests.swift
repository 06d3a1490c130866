import Foundation
@testable import GuestABI
import Testing

/// C expression text as the state reader keeps it, parsed with C's precedence.
@Suite struct CExpressionTests {
    @Test(arguments: [
        ("(pvr & 0x0f00) == (pcc->pvr & 0x0f00)", "binary(\"==\", binary(\"&\", name(\"pvr\"), number(3840)), binary(\"&\", member(name(\"pcc\"), \"pvr\"), number(3840)))"),
        ("!pvr_match(cpu, env->spr[SPR_PVR])", "unary(\"!\", call(name(\"pvr_match\"), [name(\"cpu\"), index(member(name(\"env\"), \"spr\"), name(\"SPR_PVR\"))]))"),
        ("a || b && c", "binary(\"||\", name(\"a\"), binary(\"&&\", name(\"b\"), name(\"c\")))"),
        ("(uint32_t)x << 2", "binary(\"<<\", name(\"x\"), number(2))"),
        ("a ? 1 : 2", "conditional(name(\"a\"), number(1), number(2))"),
        ("0x10UL", "number(16)"),
    ])
    func parses(text: String, expected: String) {
        #expect("\(CExpression(parsing: text))".replacingOccurrences(of: "GuestABI.CExpression.", with: "") == expected)
    }

    @Test(arguments: ["a +", "f(", "x = 1", "\"str\" == s"])
    func whatDoesNotParseIsKeptAsText(text: String) {
        #expect(CExpression(parsing: text) == .unparsed(text))
    }
}
