import QEMUSource
import Testing

@Suite struct CTokenizerRobustnessTests {
    /// SplitMix64: a small seeded generator, so every run lexes the same inputs.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Bytes that steer the tokenizer into its corners, drawn more often than the rest.
    static let interesting = Array("\"'\\/*#\n\r \t.-+<>=&|0eEpPxL8u_a{}()[]?:".utf8) + [0, 0xC3, 0xFF]

    /// A random buffer of up to 200 bytes, mostly interesting ones.
    static func randomBytes(_ generator: inout SeededGenerator) -> [UInt8] {
        let count = Int.random(in: 0...200, using: &generator)
        return (0..<count).map { _ in
            Bool.random(using: &generator)
                ? interesting.randomElement(using: &generator)!
                : UInt8.random(in: 0...255, using: &generator)
        }
    }

    @Test(arguments: 0..<8)
    func lexesRandomBytesIntoOrderedNonOverlappingTokens(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        for _ in 0..<500 {
            let bytes = Self.randomBytes(&generator)
            let stream = CTokenizer(bytes: bytes, file: "fuzz.c").tokenize()
            let problem = LexingFixture.shapeProblem(stream)
            #expect(problem == nil, "\(bytes)")
            for token in stream.tokens {
                _ = stream.text(token)
                _ = stream.stringLiteralValue(token)
            }
            for index in stream.tokens.indices {
                if let close = stream.closing(of: index) {
                    #expect(close > index)
                }
            }
        }
    }

    @Test func lexesEveryPrefixOfATrickySnippet() {
        let bytes = Array("#define A(x) \\\r\n \"s\\\"\" '\\'' /* c */ x##y // d \\\n e\n@ .5e+3 ...".utf8)
        for end in 0...bytes.count {
            let stream = CTokenizer(bytes: Array(bytes[..<end]), file: "prefix.c").tokenize()
            #expect(LexingFixture.shapeProblem(stream) == nil, "prefix of \(end) bytes")
        }
    }
}
