import GuestABI
import QEMUSource

/// A small QEMU tree held in memory: the project's `new-generation` fixture tree, with the
/// fuzzer's bytes as its x86 family file (`hw/i386/pc_q35.c`).
struct FuzzTree: SourceTree {
    /// The family file the input replaces.
    static let familyFile = "hw/i386/pc_q35.c"

    let contents: [String: [UInt8]]

    var displayName: String { "fuzz" }

    /// The fixture's files with `family` as the family file.
    init(base: [String: [UInt8]], family: [UInt8]) {
        var contents = base
        contents[Self.familyFile] = family
        self.contents = contents
    }

    func read(_ path: String) async throws(QEMUSourceError) -> [UInt8]? {
        contents[path]
    }

    func files(under directory: String, withSuffixes suffixes: [String]) async throws(QEMUSourceError) -> [String] {
        let prefix = directory.isEmpty || directory == "." ? "" : directory + "/"
        return contents.keys
            .filter { $0.hasPrefix(prefix) && (suffixes.isEmpty || suffixes.contains(where: $0.hasSuffix)) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
