import GuestABI

/// Reads a tree's device property model (``PropertyModel``) from its files: every `.c` file of
/// `hw/` and `target/` that can define a property (a byte search decides) is read by a
/// ``PropertyFileReader``, with the macros of the headers that define or wrap `DEFINE_PROP_*`
/// and the tree's QOM type-name macros. ``QOMTreeReader`` runs the file readers, on the token
/// streams it shares with the QOM hierarchy.
enum PropertyModelReader {
    private static let needles: [[UInt8]] = ["Property", "object_class_property_add", "object_property_add", "FeatureWordInfo"].map {
        Array($0.utf8)
    }
    private static let macroNeedles: [[UInt8]] = [Array("DEFINE_PROP".utf8)]
    /// Headers whose macros defaults are written with (`64 * KiB`).
    private static let constantHeaders = ["include/qemu/units.h"]
    /// How many groups the files' properties are merged in (see ``result(of:in:)``).
    private static let groupCount = 8

    /// What was read: the model, and the `Property` arrays no type of their file attaches.
    struct Result: Sendable {
        var model: PropertyModel
        var unattachedArrays: [String]
    }

    /// What one file's ``PropertyFileReader`` found (or a group of files).
    struct FileResult: Sendable {
        var properties: [DeviceProperty]
        var unattachedArrays: [String]
    }

    /// The files a model is read from: the `.c` files of `hw/` and `target/`, in path order.
    static func paths(of files: [String: [UInt8]]) -> [String] {
        files.keys.filter { ($0.hasPrefix("hw/") || $0.hasPrefix("target/")) && $0.hasSuffix(".c") }.sorted()
    }

    /// Whether `bytes` can define a property (a byte search: an exact superset).
    static func mayDefineProperties(_ bytes: [UInt8]) -> Bool {
        ByteSearch.contains(anyOf: needles, in: bytes)
    }

    /// The macros every file's properties may use: those of the headers that define or wrap
    /// `DEFINE_PROP_*` (the qdev-properties headers first: their definitions win over
    /// look-alikes) and `include/qemu/units.h`, then `typeNames` (``TypeNameMacroIndex``).
    static func sharedMacros(of files: [String: [UInt8]], typeNames: MacroTable) -> [String: MacroDefinition] {
        var shared = MacroTable()
        let macroHeaders = files.keys.filter { path in
            path.hasSuffix(".h")
                && (constantHeaders.contains(path) || files[path].map { ByteSearch.contains(anyOf: macroNeedles, in: $0) } ?? false)
        }.sorted { ($0.contains("qdev-properties") ? 0 : 1, $0) < ($1.contains("qdev-properties") ? 0 : 1, $1) }
        for path in macroHeaders {
            guard let bytes = files[path] else { continue }
            shared.collect(from: CTokenizer(bytes: bytes, file: path).tokenize())
        }
        var definitions = shared.definitions
        definitions.merge(typeNames.definitions) { current, _ in current }
        return definitions
    }

    /// The model of the files read (path → what its reader found) among `paths`
    /// (``paths(of:)``). Each of a few groups of files (every `groupCount`-th path) is a model
    /// first, the groups at once, then the groups' properties one model.
    static func result(of read: [String: FileResult], in paths: [String]) async -> Result {
        // Each group's model, as the properties it keeps.
        let parts = await withTaskGroup(of: (Int, FileResult).self) { tasks in
            for group in 0..<groupCount {
                tasks.addTask {
                    var properties: [DeviceProperty] = []
                    var unattached: [String] = []
                    for index in stride(from: group, to: paths.count, by: groupCount) {
                        guard let file = read[paths[index]] else { continue }
                        properties += file.properties
                        unattached += file.unattachedArrays
                    }
                    return (group, FileResult(properties: PropertyModel(properties).all, unattachedArrays: unattached))
                }
            }
            var parts: [(Int, FileResult)] = []
            for await part in tasks { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return Result(model: PropertyModel(parts.flatMap(\.properties)), unattachedArrays: parts.flatMap(\.unattachedArrays).sorted())
    }
}
