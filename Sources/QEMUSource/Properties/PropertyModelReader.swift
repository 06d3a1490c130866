import GuestABI

/// Reads a tree's device property model (``PropertyModel``) from its files: every `.c` file of
/// `hw/` and `target/` that can define a property (a byte search decides) is read by a
/// ``PropertyFileReader``, with the macros of the headers that define or wrap `DEFINE_PROP_*`
/// and the tree's QOM type-name macros.
enum PropertyModelReader {
    private static let needles: [[UInt8]] = ["Property", "object_class_property_add", "object_property_add", "FeatureWordInfo"].map {
        Array($0.utf8)
    }
    private static let macroNeedles: [[UInt8]] = [Array("DEFINE_PROP".utf8)]
    /// Headers whose macros defaults are written with (`64 * KiB`).
    private static let constantHeaders = ["include/qemu/units.h"]
    private static let taskCount = 8

    /// What was read: the model, and the `Property` arrays no type of their file attaches.
    struct Result: Sendable {
        var model: PropertyModel
        var unattachedArrays: [String]
    }

    /// The model of `files` (path → bytes).
    static func read(_ files: [String: [UInt8]]) async -> Result {
        var shared = MacroTable()
        // The qdev-properties headers first: their definitions win over look-alikes.
        let macroHeaders = files.keys.filter { path in
            path.hasSuffix(".h")
                && (constantHeaders.contains(path) || files[path].map { ByteSearch.contains(anyOf: macroNeedles, in: $0) } ?? false)
        }.sorted { ($0.contains("qdev-properties") ? 0 : 1, $0) < ($1.contains("qdev-properties") ? 0 : 1, $1) }
        for path in macroHeaders {
            guard let bytes = files[path] else { continue }
            shared.collect(from: CTokenizer(bytes: bytes, file: path).tokenize())
        }
        var definitions = shared.definitions
        definitions.merge(TypeNameMacroIndex.collect(files).definitions) { current, _ in current }
        let macros = definitions
        let paths = files.keys.filter { ($0.hasPrefix("hw/") || $0.hasPrefix("target/")) && $0.hasSuffix(".c") }.sorted()
        let parts = await withTaskGroup(of: Result.self) { group in
            for task in 0..<taskCount {
                group.addTask {
                    var properties: [DeviceProperty] = []
                    var unattached: [String] = []
                    for index in stride(from: task, to: paths.count, by: taskCount) {
                        guard let bytes = files[paths[index]], ByteSearch.contains(anyOf: needles, in: bytes) else { continue }
                        let reader = PropertyFileReader(path: paths[index], bytes: bytes, shared: macros)
                        properties += reader.properties
                        unattached += reader.unattachedArrays
                    }
                    return Result(model: PropertyModel(properties), unattachedArrays: unattached)
                }
            }
            var all: [Result] = []
            for await part in group { all.append(part) }
            return all
        }
        return Result(model: PropertyModel(parts.flatMap(\.model.all)), unattachedArrays: parts.flatMap(\.unattachedArrays).sorted())
    }
}
