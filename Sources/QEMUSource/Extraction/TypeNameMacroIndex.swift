import GuestABI

/// The macros of a tree's headers that QOM type names are written with: `TYPE_*` and
/// `INTERFACE_*` names (`#define INTERFACE_PCIE_DEVICE "pci-express-device"`), and the macros
/// that build a name from a model name (`#define X86_CPU_TYPE_NAME(name) (name
/// X86_CPU_TYPE_SUFFIX)`, `#define X86_CPU_TYPE_SUFFIX "-" TYPE_X86_CPU`). Each target's are
/// named after it, so one tree-wide table holds them all.
///
/// A byte search finds each `define`; only the `#define` lines whose macro has such a name are
/// tokenized. It complements ``TypeMacroIndex``, which also reads `.c` files but only
/// `#define TYPE_` written with one space.
enum TypeNameMacroIndex {
    private static let needle: [UInt8] = Array("define".utf8)
    private static let prefixes: [[UInt8]] = [Array("TYPE_".utf8), Array("INTERFACE_".utf8)]
    private static let suffixes: [[UInt8]] = [Array("_TYPE_NAME".utf8), Array("_TYPE_SUFFIX".utf8)]

    /// Whether a macro of this name is one the index keeps.
    static func isTypeNameMacro(_ name: ArraySlice<UInt8>) -> Bool {
        prefixes.contains { name.starts(with: $0) } || suffixes.contains { name.suffix($0.count).elementsEqual($0) }
    }

    /// The macros of the `.h` files of `files` (path → bytes), in path order; the first
    /// definition of a name wins.
    static func collect(_ files: [String: [UInt8]]) -> MacroTable {
        var table = MacroTable()
        for path in files.keys.sorted() where path.hasSuffix(".h") {
            guard let bytes = files[path] else { continue }
            var countedTo = 0
            var lineAtCount = 1
            for hit in ByteSearch.occurrences(of: needle, in: bytes) {
                guard let line = definitionLine(at: hit, in: bytes) else { continue }
                for index in countedTo..<line.lowerBound where bytes[index] == UInt8(ascii: "\n") { lineAtCount += 1 }
                countedTo = line.lowerBound
                let stream = CTokenizer(bytes: Array(bytes[line]), file: path).tokenize()
                var local = MacroTable()
                local.collect(from: stream)
                for (_, definition) in local.definitions {
                    // The definition was read from its line alone: give it the line in the file.
                    let location = SourceLocation(file: definition.location.file, line: definition.location.line + lineAtCount - 1)
                    table.add(
                        MacroDefinition(
                            name: definition.name, parameters: definition.parameters, isVariadic: definition.isVariadic,
                            body: definition.body, location: location))
                }
            }
        }
        return table
    }

    /// The logical line of the `define` at `offset` when it is a `#define` of a name the index
    /// keeps, continuations included.
    private static func definitionLine(at offset: Int, in bytes: [UInt8]) -> Range<Int>? {
        // Only blanks and one `#` between the line start and `define`.
        var start = offset
        var hashes = 0
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") {
            let byte = bytes[start - 1]
            guard CByte.isHorizontalSpace(byte) || byte == UInt8(ascii: "#") else { return nil }
            if byte == UInt8(ascii: "#") { hashes += 1 }
            start -= 1
        }
        guard hashes == 1 else { return nil }
        var nameStart = offset + needle.count
        guard nameStart < bytes.count, CByte.isHorizontalSpace(bytes[nameStart]) else { return nil }
        while nameStart < bytes.count, CByte.isHorizontalSpace(bytes[nameStart]) { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < bytes.count, CByte.isIdentifierContinue(bytes[nameEnd]) { nameEnd += 1 }
        guard isTypeNameMacro(bytes[nameStart..<nameEnd]) else { return nil }
        var end = nameEnd
        while end < bytes.count {
            if bytes[end] == UInt8(ascii: "\n") {
                let continued = bytes[end - 1] == UInt8(ascii: "\\")
                    || (end > 1 && bytes[end - 1] == UInt8(ascii: "\r") && bytes[end - 2] == UInt8(ascii: "\\"))
                if !continued { break }
            }
            end += 1
        }
        return start..<end
    }
}
