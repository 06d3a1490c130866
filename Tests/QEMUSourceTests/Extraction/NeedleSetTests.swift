@testable import QEMUSource
import Testing

/// ``NeedleSet`` and ``ByteSearch`` answer as a plain search for each needle would: what the
/// byte searches skip must never hold a needle.
@Suite struct NeedleSetTests {
    static let text = Array(
        """
        static void toy_memory_init(ToyMachineClass *tmc)
        {
            if (tmc->broken_hole_check) { toy_check_hole(); }
            mc->default_nic = "e1000"; /* no_parallel */
        }
        """.utf8)

    static func plainSearch(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static let needleLists: [[String]] = [
        ["default_nic"], ["no_parallel", "max_cpus"], ["max_cpus", "use_cpi"], ["broken_hole_check", "x"], ["}"], ["e1000\""],
        ["tmc", "toy_memory_init"], ["static"], ["hole_check)", "zz"], ["defaults", "no_floppy", "smp_props.books_supported"], [""],
        ["ToyMachineClass", "TYPE_TOY"], ["qq", "q"],
    ]

    @Test(arguments: needleLists)
    func answersAsAPlainSearch(_ needles: [String]) {
        let bytes = needles.map { Array($0.utf8) }
        let expected = bytes.contains { Self.plainSearch($0, in: Self.text) }
        #expect(NeedleSet(bytes).occurs(in: Self.text) == expected)
        let nonEmpty = bytes.filter { !$0.isEmpty }
        #expect(ByteSearch.contains(anyOf: nonEmpty, in: Self.text) == nonEmpty.contains { Self.plainSearch($0, in: Self.text) })
    }

    /// Every window end of every prefix of the text: a needle at the very start or end is found.
    @Test(arguments: ["static", "}", "hole_check", "ToyMachineClass *tmc)"])
    func findsANeedleWhereverItEnds(_ needle: String) {
        let pattern = Array(needle.utf8)
        for end in 0...Self.text.count {
            let prefix = Array(Self.text[..<end])
            let expected = Self.plainSearch(pattern, in: prefix)
            #expect(NeedleSet([pattern, Array("zzzzzzzzzzzzzzzzzzzz".utf8)]).occurs(in: prefix) == expected)
            #expect(ByteSearch.contains(anyOf: [pattern], in: prefix) == expected)
            #expect(ByteSearch.occurrences(of: pattern, in: prefix).count == Self.plainOccurrences(pattern, in: prefix))
        }
    }

    /// Non-overlapping occurrences, left to right.
    static func plainOccurrences(_ needle: [UInt8], in bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
}
