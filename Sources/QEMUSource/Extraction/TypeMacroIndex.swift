import GuestABI

/// The `#define TYPE_FOO "foo"` macros of a whole tree, found without tokenizing every file: a
/// byte search finds each `define TYPE_` and only that logical line is tokenized.
enum TypeMacroIndex {
    private static let needle: [UInt8] = Array("define TYPE_".utf8)

    /// How far the search may move on when the byte under the needle's last position is `byte`
    /// and the needle does not end there (Horspool's bad-character rule).
    private static let shifts: [Int] = {
        var table = [Int](repeating: needle.count, count: 256)
        for (index, byte) in needle.dropLast().enumerated() { table[Int(byte)] = needle.count - 1 - index }
        return table
    }()

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
                var fixed = definition
                fixed.location.line += lineAtCount - 1
                found.append(fixed)
            }
        }
        return found
    }

    /// The byte ranges of logical lines that start with `#` and hold `define TYPE_`.
    static func definitionLines(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        shifts.withUnsafeBufferPointer { shifts in
            needle.withUnsafeBufferPointer { needle in
                bytes.withUnsafeBufferPointer { buffer in
                    var index = 0
                    while let match = firstMatch(of: needle, in: buffer, from: index, shifts: shifts) {
                        let (line, end) = logicalLine(around: match, in: buffer)
                        if let line { ranges.append(line) }
                        index = end
                    }
                }
            }
        }
        return ranges
    }

    /// The first index at or after `start` where `needle` occurs in `buffer`.
    @inline(__always)
    private static func firstMatch(
        of needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int,
        shifts: UnsafeBufferPointer<Int>
    ) -> Int? {
        let last = needle.count - 1
        let lastByte = needle[last]
        var index = start
        while index + last < buffer.count {
            let byte = buffer[index + last]
            if byte == lastByte {
                var offset = last - 1
                while offset >= 0, buffer[index + offset] == needle[offset] { offset -= 1 }
                if offset < 0 { return index }
            }
            index += shifts[Int(byte)]
        }
        return nil
    }

    /// For a match at `index`: the range from its line start to the end of its logical line when
    /// only spaces, tabs and at least one `#` come before it on the line (nil otherwise), and
    /// where the search goes on.
    private static func logicalLine(around index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (Range<Int>?, Int) {
        let count = buffer.count
        // Back to the line start: only spaces and `#` may come before `define`.
        var start = index
        while start > 0, buffer[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var prefixIsDirective = true
        var sawHash = false
        for position in start..<index {
            let byte = buffer[position]
            if byte == UInt8(ascii: "#") {
                sawHash = true
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                prefixIsDirective = false
            }
        }
        var end = index
        while end < count {
            if buffer[end] == UInt8(ascii: "\n") {
                let continued = end > 0 && (buffer[end - 1] == UInt8(ascii: "\\")
                    || (end > 1 && buffer[end - 1] == UInt8(ascii: "\r") && buffer[end - 2] == UInt8(ascii: "\\")))
                if !continued { break }
            }
            end += 1
        }
        return (prefixIsDirective && sawHash ? start..<end : nil, end)
    }
}
