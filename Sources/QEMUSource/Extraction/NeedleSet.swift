/// Fixed byte strings searched for together in one pass over a file's bytes, so a step can skip
/// the files that hold none of them before tokenizing (``ByteSearch`` searches for one at a
/// time, which costs a pass per needle).
///
/// Each needle of three or more bytes is filed under a hash of its first three bytes; the pass
/// hashes each three-byte window and compares the needles filed under that hash. Shorter
/// needles are searched for one at a time.
struct NeedleSet: Sendable {
    private let long: [[UInt8]]
    private let short: [[UInt8]]
    /// For each window hash, the indices in `long` of the needles filed under it.
    private let candidates: [[Int]]
    /// One bit per window hash: whether any needle is filed under it.
    private let filed: [UInt64]

    private static let hashBits = 16

    /// A set of `needles`; an empty needle occurs in any file.
    init(_ needles: some Sequence<[UInt8]>) {
        var long: [[UInt8]] = []
        var short: [[UInt8]] = []
        for needle in Set(needles) {
            if needle.count >= 3 { long.append(needle) } else { short.append(needle) }
        }
        var candidates = [[Int]](repeating: [], count: 1 << Self.hashBits)
        var filed = [UInt64](repeating: 0, count: (1 << Self.hashBits) / 64)
        for (index, needle) in long.enumerated() {
            let hash = Self.hash(needle[0], needle[1], needle[2])
            candidates[hash].append(index)
            filed[hash >> 6] |= 1 << UInt64(hash & 63)
        }
        self.long = long
        self.short = short
        self.candidates = candidates
        self.filed = filed
    }

    private static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) << 9 ^ Int(b) << 4 ^ Int(c) ^ Int(c) << 12) & ((1 << hashBits) - 1)
    }

    /// Whether `bytes` holds any of the needles.
    func occurs(in bytes: [UInt8]) -> Bool {
        if short.contains(where: { $0.isEmpty }) { return true }
        if !short.isEmpty, ByteSearch.contains(anyOf: short, in: bytes) { return true }
        guard !long.isEmpty, bytes.count >= 3 else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            filed.withUnsafeBufferPointer { filed in
                var index = 0
                let end = buffer.count - 2
                while index < end {
                    let hash = Self.hash(buffer[index], buffer[index + 1], buffer[index + 2])
                    if filed[hash >> 6] & (1 << UInt64(hash & 63)) != 0 {
                        for candidate in candidates[hash] where Self.matches(long[candidate], buffer, at: index) { return true }
                    }
                    index += 1
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
