/// Searches raw file bytes for fixed ASCII needles, so a step can skip files that cannot hold
/// what it looks for before tokenizing them.
enum ByteSearch {
    /// The start of each occurrence of `needle` in `bytes`, in order; occurrences do not overlap.
    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        scan(for: needle, in: bytes) { start in
            found.append(start)
            return true
        }
        return found
    }

    /// Whether `bytes` holds any of `needles`.
    static func contains(anyOf needles: [[UInt8]], in bytes: [UInt8]) -> Bool {
        needles.contains { needle in
            var seen = false
            scan(for: needle, in: bytes) { _ in
                seen = true
                return false
            }
            return seen
        }
    }

    /// Calls `body` with the start of each occurrence until it returns false. Horspool's
    /// search: a mismatch skips ahead by how far the window's last byte is from the needle's end.
    private static func scan(for needle: [UInt8], in bytes: [UInt8], _ body: (Int) -> Bool) {
        guard !needle.isEmpty, needle.count <= bytes.count else { return }
        var skip = [Int](repeating: needle.count, count: 256)
        for (offset, byte) in needle.dropLast().enumerated() { skip[Int(byte)] = needle.count - 1 - offset }
        bytes.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { pattern in
                skip.withUnsafeBufferPointer { skip in
                    let lastOffset = pattern.count - 1
                    let lastByte = pattern[lastOffset]
                    var index = 0
                    while index + lastOffset < buffer.count {
                        let tail = buffer[index + lastOffset]
                        if tail == lastByte {
                            var offset = 0
                            while offset < lastOffset, buffer[index + offset] == pattern[offset] { offset += 1 }
                            if offset == lastOffset {
                                guard body(index) else { return }
                                index += pattern.count
                                continue
                            }
                        }
                        index += skip[Int(tail)]
                    }
                }
            }
        }
    }
}
