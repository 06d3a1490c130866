import GuestABI

/// The QOM type hierarchy of a whole tree: every type its `.c` files declare at file scope
/// (``QOMTypeDeclarations``), mapped to its parent.
///
/// Only files that mention `TypeInfo` or `OBJECT_DEFINE_` are tokenized (a byte search decides);
/// ``QOMTreeReader`` reads them. When two declarations of a name disagree (`#if` branches, or
/// two targets' files), the first in path and source order wins.
enum QOMTypeIndex {
    private static let needles: [[UInt8]] = [Array("TypeInfo".utf8), Array("OBJECT_DEFINE_".utf8)]

    /// The files types are read from: the `.c` files, in path order.
    static func paths(of files: [String: [UInt8]]) -> [String] {
        files.keys.filter { $0.hasSuffix(".c") }.sorted()
    }

    /// Whether `bytes` can declare a type (a byte search: an exact superset).
    static func mayDeclareTypes(_ bytes: [UInt8]) -> Bool {
        ByteSearch.contains(anyOf: needles, in: bytes)
    }

    /// The macros type names may use: `typeMacros` (the tree's `TYPE_*` macros), then
    /// `typeNames` (``TypeNameMacroIndex``).
    static func fallback(typeMacros: MacroTable, typeNames: MacroTable) -> [String: MacroDefinition] {
        var fallback = typeMacros.definitions
        for (name, definition) in typeNames.definitions where fallback[name] == nil {
            fallback[name] = definition
        }
        return fallback
    }

    /// Each type name of the files read (path → its declarations) mapped to its parent's
    /// name, the first declaration in path and source order winning.
    static func parents(of read: [String: [QOMTypeDeclarations.Declaration]]) -> [String: String] {
        var parents: [String: String] = [:]
        for path in read.keys.sorted() {
            for type in read[path] ?? [] where parents[type.name] == nil { parents[type.name] = type.parent }
        }
        return parents
    }
}
