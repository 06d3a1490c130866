#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// Calls `body` with the start of each occurrence until it returns false. The C library's
    /// `memchr` finds each place the needle's rarest byte (``pivot(of:)``) could be at, many
    /// bytes a cycle, and only those windows are compared.
    private static func scan(for needle: [UInt8], in bytes: [UInt8], _ body: (Int) -> Bool) {
        guard !needle.isEmpty, needle.count <= bytes.count else { return }
        let pivot = pivot(of: needle)
        bytes.withUnsafeBytes { buffer in
            needle.withUnsafeBytes { pattern in
                guard let base = buffer.baseAddress, let patternBase = pattern.baseAddress else { return }
                // Where the next occurrence's pivot byte may be.
                var from = pivot
                while from < buffer.count {
                    guard let hit = memchr(base + from, Int32(pattern[pivot]), buffer.count - from) else { return }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    let start = at - pivot
                    if start + pattern.count <= buffer.count, memcmp(base + start, patternBase, pattern.count) == 0 {
                        guard body(start) else { return }
                        from = start + pattern.count + pivot
                    } else {
                        from = at + 1
                    }
                }
            }
        }
    }

    /// Bytes from the most to the least frequent in C source, roughly: spaces, lower-case
    /// letters, then punctuation and upper-case letters.
    private static let frequencyOrder: [UInt8] = Array(" \netaoinsrhdlcu_fmp;,()gbvwyk.=*->x01/jqzSETAIONRDLCPUFMGBVHWYKXJQZ".utf8)

    /// The offset of the needle byte that is least frequent in C source: the one searched for.
    private static func pivot(of needle: [UInt8]) -> Int {
        var best = 0
        var bestRank = -1
        for (offset, byte) in needle.enumerated() {
            // Bytes not listed are rarer than any listed one.
            let rank = frequencyOrder.firstIndex(of: byte) ?? frequencyOrder.count
            if rank > bestRank {
                best = offset
                bestRank = rank
            }
        }
        return best
    }
}
