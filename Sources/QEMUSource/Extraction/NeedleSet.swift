/// Fixed byte strings searched for together in one pass over a file's bytes, so a step can skip
/// the files that hold none of them before tokenizing (``ByteSearch`` searches for one at a
/// time, which costs a pass per needle).
///
/// Wu and Manber's search: a window as long as the shortest needle slides over the bytes, and
/// its last two bytes say how far it may move without stepping over an occurrence of any
/// needle; where that is nowhere, the needles whose window ends in those two bytes are compared.
struct NeedleSet: Sendable {
    /// The needles of two or more bytes, and the others.
    private let long: [[UInt8]]
    private let short: [[UInt8]]
    /// The length of the shortest of `long` (at most 256).
    private let window: Int
    /// For each pair of bytes ending the window, how far the window may move.
    private let shift: [UInt8]
    /// The indices in `long` of the needles whose window ends in each pair of bytes: those of
    /// pair `p` are `candidates[candidateStart[p]..<candidateStart[p + 1]]`.
    private let candidates: [Int]
    private let candidateStart: [Int32]

    /// A set of `needles`; an empty needle occurs in any file.
    init(_ needles: some Sequence<[UInt8]>) {
        var long: [[UInt8]] = []
        var short: [[UInt8]] = []
        for needle in Set(needles).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            if needle.count >= 2 { long.append(needle) } else { short.append(needle) }
        }
        let window = min(256, long.map(\.count).min() ?? 2)
        var shift = [UInt8](repeating: UInt8(window - 1), count: 1 << 16)
        // Candidates filed by the pair ending their window: counted, then placed.
        var candidateStart = [Int32](repeating: 0, count: (1 << 16) + 1)
        let windowEnds = long.map { Int($0[window - 2]) << 8 | Int($0[window - 1]) }
        for (index, needle) in long.enumerated() {
            for end in 1..<window {
                let pair = Int(needle[end - 1]) << 8 | Int(needle[end])
                shift[pair] = min(shift[pair], UInt8(window - 1 - end))
            }
            candidateStart[windowEnds[index] + 1] += 1
        }
        for pair in 0..<(1 << 16) { candidateStart[pair + 1] += candidateStart[pair] }
        var candidates = [Int](repeating: 0, count: long.count)
        var filled = candidateStart
        for (index, pair) in windowEnds.enumerated() {
            candidates[Int(filled[pair])] = index
            filled[pair] += 1
        }
        self.long = long
        self.short = short
        self.window = window
        self.shift = shift
        self.candidates = candidates
        self.candidateStart = candidateStart
    }

    /// Whether `bytes` holds any of the needles.
    func occurs(in bytes: [UInt8]) -> Bool {
        if short.contains(where: { $0.isEmpty }) { return true }
        if !short.isEmpty, ByteSearch.contains(anyOf: short, in: bytes) { return true }
        guard !long.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            shift.withUnsafeBufferPointer { shift in
                var end = window - 1
                while end < buffer.count {
                    let pair = Int(buffer[end - 1]) << 8 | Int(buffer[end])
                    let step = Int(shift[pair])
                    if step > 0 {
                        end += step
                        continue
                    }
                    let start = end - (window - 1)
                    for slot in Int(candidateStart[pair])..<Int(candidateStart[pair + 1])
                    where Self.matches(long[candidates[slot]], buffer, at: start) {
                        return true
                    }
                    end += 1
                }
                return false
            }
        }
    }

    private static func matches(_ needle: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + needle.count <= buffer.count else { return false }
        var offset = 0
        while offset < needle.count {
            if buffer[start + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}
