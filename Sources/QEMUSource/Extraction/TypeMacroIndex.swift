import GuestABI

/// The `#define TYPE_FOO "foo"` macros of a whole tree, found without tokenizing every file: a
/// byte search finds each `define TYPE_` and only that logical line is tokenized.
enum TypeMacroIndex {
    private static let needle: [UInt8] = Array("define TYPE_".utf8)

    /// Adds every `TYPE_*` object-like macro of `files` (path → bytes) to `table`, files in path
    /// order so the result does not depend on reading order.
    static func collect(_ files: [String: [UInt8]], into table: inout MacroTable) {
        for path in files.keys.sorted() {
            guard let bytes = files[path] else { continue }
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
                    table.add(fixed)
                }
            }
        }
    }

    /// The byte ranges of logical lines that start with `#` and hold `define TYPE_`.
    static func definitionLines(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            let first = needle[0]
            var index = 0
            while index + needle.count <= count {
                guard buffer[index] == first else {
                    index += 1
                    continue
                }
                var matched = true
                for offset in 1..<needle.count where buffer[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                guard matched else {
                    index += 1
                    continue
                }
                // Back to the line start: only spaces and `#` may come before `define`.
                var start = index
                while start > 0, buffer[start - 1] != UInt8(ascii: "\n") { start -= 1 }
                let prefixIsDirective = (start..<index).allSatisfy {
                    buffer[$0] == UInt8(ascii: " ") || buffer[$0] == UInt8(ascii: "\t") || buffer[$0] == UInt8(ascii: "#")
                } && (start..<index).contains { buffer[$0] == UInt8(ascii: "#") }
                var end = index
                while end < count {
                    if buffer[end] == UInt8(ascii: "\n") {
                        let continued = end > 0 && (buffer[end - 1] == UInt8(ascii: "\\")
                            || (end > 1 && buffer[end - 1] == UInt8(ascii: "\r") && buffer[end - 2] == UInt8(ascii: "\\")))
                        if !continued { break }
                    }
                    end += 1
                }
                if prefixIsDirective { ranges.append(start..<end) }
                index = end
            }
        }
        return ranges
    }
}
