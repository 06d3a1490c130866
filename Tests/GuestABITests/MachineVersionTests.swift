import GuestABI
import Testing

@Suite struct MachineVersionTests {
    /// A small deterministic generator, so property tests are repeatable.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func generatedVersions(count: Int, seed: UInt64) -> [MachineVersion] {
        var rng = SplitMix64(state: seed)
        let tags = [nil, nil, nil, "sxxm", "a", "zz"]
        return (0..<count).map { _ in
            MachineVersion(
                Int.random(in: 0...4, using: &rng), Int.random(in: 0...3, using: &rng),
                micro: Bool.random(using: &rng) ? nil : Int.random(in: 0...3, using: &rng),
                tag: tags.randomElement(using: &rng)!)
        }
    }

    @Test func orderIsTotalAntisymmetricAndTransitive() {
        let versions = Self.generatedVersions(count: 120, seed: 42)
        for a in versions {
            #expect(!(a < a))
            for b in versions {
                // Total: exactly one of <, ==, > holds.
                let relations = [a < b, a == b, b < a].filter { $0 }.count
                #expect(relations == 1, "\(a) vs \(b)")
                // Antisymmetric.
                if a < b { #expect(!(b < a)) }
            }
        }
        let sample = Array(versions.prefix(40))
        for a in sample {
            for b in sample where a < b {
                for c in sample where b < c {
                    #expect(a < c, "\(a) < \(b) < \(c)")
                }
            }
        }
    }

    @Test func sortedSequenceIsConsistentWithComparison() {
        let sorted = Self.generatedVersions(count: 300, seed: 7).sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(a <= b)
        }
    }

    @Test(arguments: [
        ("4.0", "4.0.1"), ("4.0.1", "4.1"), ("4.0", "4.1"), ("9.2", "9.10"), ("4.0", "4.0-tag"),
        ("4.0-tag", "4.0.1"), ("4.0.1", "4.0.2"), ("4.0.2", "4.0.2-tag"), ("4.0.2-tag", "4.1"),
        ("2.12", "2.12-sxxm"), ("2.12-sxxm", "3.0"), ("4.0-a", "4.0-b"), ("9.2", "10.0"),
    ])
    func documentedOrder(lower: String, higher: String) throws {
        let a = try MachineVersion(parsing: lower)
        let b = try MachineVersion(parsing: higher)
        #expect(a < b)
        #expect(!(b < a))
    }

    @Test(arguments: ["10.0", "4.0.1", "2.12-sxxm", "0.0", "10.2.14", "4.0.1-x2"])
    func roundTrips(text: String) throws {
        #expect(try MachineVersion(parsing: text).description == text)
    }

    @Test func flagsLegacyTagsAndBugfixes() throws {
        let tagged = try MachineVersion(parsing: "2.12-sxxm")
        #expect(tagged.isLegacyTagged && !tagged.isBugfix && tagged.base == MachineVersion(2, 12))
        let bugfix = try MachineVersion(parsing: "4.0.1")
        #expect(bugfix.isBugfix && !bugfix.isLegacyTagged && bugfix.base == MachineVersion(4, 0))
    }

    @Test(arguments: ["", "10", "10.", ".1", "10.0.0.1", "x.y", "10.0-", "10.0-Tag", "10.0-1a", "+1.0", "10.-1"])
    func rejectsMalformed(text: String) {
        #expect(throws: GuestABIError.self) { try MachineVersion(parsing: text) }
    }
}
