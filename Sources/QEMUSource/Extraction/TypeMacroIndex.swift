import GuestABI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `#define TYPE_FOO "foo"` macros of a whole tree, found without tokenizing every file: a
/// byte search finds each `#define TYPE_` and only that logical line is tokenized.
enum TypeMacroIndex {
    private static let needle: [UInt8] = Array("define TYPE_".utf8)

    /// Every `TYPE_*` object-like macro of `files` (path → bytes), files in path order so the
    /// result does not depend on reading order. Files are searched on all cores at once.
    static func collect(_ files: [String: [UInt8]]) async -> [MacroDefinition] {
        let paths = files.keys.sorted()
        let chunkCount = min(paths.count, 16)
        guard chunkCount > 0 else { return [] }
        let chunks = await withTaskGroup(of: (Int, [MacroDefinition]).self) { group in
            for chunk in 0..<chunkCount {
                let slice = paths[(paths.count * chunk / chunkCount)..<(paths.count * (chunk + 1) / chunkCount)]
                group.addTask {
                    var found: [MacroDefinition] = []
                    for path in slice { if let bytes = files[path] { found += definitions(in: bytes, file: path) } }
                    return (chunk, found)
                }
            }
            var collected: [[MacroDefinition]] = Array(repeating: [], count: chunkCount)
            for await (chunk, found) in group { collected[chunk] = found }
            return collected
        }
        return Array(chunks.joined())
    }

    /// The `TYPE_*` object-like macros of one file, in source order.
    static func definitions(in bytes: [UInt8], file path: String) -> [MacroDefinition] {
        var found: [MacroDefinition] = []
        // Line numbers counted once per file, incrementally from one definition to the next.
        var countedTo = 0
        var lineAtCount = 1
        for line in definitionLines(in: bytes) {
            for index in countedTo..<line.lowerBound where bytes[index] == UInt8(ascii: "\n") { lineAtCount += 1 }
            countedTo = line.lowerBound
            let stream = CTokenizer(bytes: Array(bytes[line]), file: path).tokenize()
            var local = MacroTable()
            local.collect(from: stream) { $0.hasPrefix("TYPE_") }
            for (_, definition) in local.definitions where !definition.isFunctionLike {
                found.append(definition.moved(byLines: lineAtCount - 1))
            }
        }
        return found
    }

    /// The byte ranges of logical lines that start with `#` and hold `define TYPE_`: from the
    /// physical line start to the end of the logical line.
    ///
    /// The result is that of a plain left-to-right search for `define TYPE_` that goes on after
    /// the logical line of each occurrence, keeping the occurrences preceded on their physical
    /// line by spaces, tabs and at least one `#`. It is found faster: `memchr` finds each `#`,
    /// and only there is `define TYPE_` looked for.
    /// True when `bytes` define at least one macro the index keeps.
    static func definesTypeMacros(_ bytes: [UInt8]) -> Bool {
        !definitionLines(in: bytes).isEmpty
    }

    static func definitionLines(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        needle.withUnsafeBufferPointer { needle in
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var index = 0
                while index < buffer.count, let found = memchr(base + index, Int32(UInt8(ascii: "#")), buffer.count - index) {
                    let hash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    index = hash + 1
                    // Only spaces, tabs and `#` between the line start and `define`.
                    var lineStart = hash
                    while lineStart > 0, isDirectivePrefix(buffer[lineStart - 1]) { lineStart -= 1 }
                    guard lineStart == 0 || buffer[lineStart - 1] == UInt8(ascii: "\n") else { continue }
                    var match = hash
                    while match < buffer.count, isDirectivePrefix(buffer[match]) { match += 1 }
                    index = match
                    guard matches(needle, in: buffer, at: match) else { continue }
                    let end = logicalLineEnd(from: match, in: buffer)
                    index = end
                    // A plain search would have skipped it after an earlier occurrence in the
                    // same logical line (only possible when earlier lines continue into it).
                    let logicalStart = logicalLineStart(before: lineStart, in: buffer)
                    guard firstOccurrence(of: needle, in: buffer, from: logicalStart, before: lineStart) == nil else { continue }
                    ranges.append(lineStart..<end)
                }
            }
        }
        return ranges
    }

    @inline(__always)
    private static func isDirectivePrefix(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "#")
    }

    @inline(__always)
    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + needle.count <= buffer.count else { return false }
        for offset in 0..<needle.count where buffer[index + offset] != needle[offset] { return false }
        return true
    }

    /// Whether the line feed at `index` follows a backslash (a continuation).
    @inline(__always)
    private static func isContinued(_ index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        index > 0 && (buffer[index - 1] == UInt8(ascii: "\\")
            || (index > 1 && buffer[index - 1] == UInt8(ascii: "\r") && buffer[index - 2] == UInt8(ascii: "\\")))
    }

    /// The index of the first line feed from `index` on that is not a continuation, or the end.
    private static func logicalLineEnd(from index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = index
        while end < buffer.count {
            if buffer[end] == UInt8(ascii: "\n"), !isContinued(end, in: buffer) { break }
            end += 1
        }
        return end
    }

    /// The start of the logical line whose physical line starts at `lineStart`.
    private static func logicalLineStart(before lineStart: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var start = lineStart
        while start > 0, isContinued(start - 1, in: buffer) {
            start -= 1
            while start > 0, buffer[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        }
        return start
    }

    /// The first index in `start..<limit` where `needle` starts (it may run past `limit`).
    private static func firstOccurrence(
        of needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int
    ) -> Int? {
        (start..<limit).first { matches(needle, in: buffer, at: $0) }
    }
}
