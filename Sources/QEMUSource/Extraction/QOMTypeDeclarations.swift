import GuestABI

/// The QOM types one source file declares, each with its parent (``QOMStatementFinder`` says
/// where to look):
///
/// - `TypeInfo x = { .name = …, .parent = … };` and arrays of them (`TypeInfo x[] = { { … }, … }`,
///   elements possibly written by a macro of the file), at file scope or in a function;
/// - `VirtioPCIDeviceTypeInfo x = { … };` (``VirtioPCIProxyTypes``);
/// - `OBJECT_DEFINE_TYPE…(Name, name, MODULE_OBJ_NAME, PARENT_MODULE_OBJ_NAME, …)`, which
///   QEMU's `include/qom/object.h` turns into a `TypeInfo` of `TYPE_MODULE_OBJ_NAME` below
///   `TYPE_PARENT_MODULE_OBJ_NAME`.
///
/// Names and parents are expanded with the file's own macros and the tree-wide type-name macros;
/// a declaration whose name or parent is not a string after that is skipped, quietly: such names
/// are computed at run time (CPU models registered in a loop), which no reading of the source
/// can follow.
struct QOMTypeDeclarations {
    /// A type's name and its parent's.
    typealias Declaration = (name: String, parent: String)

    /// Each type found, declarations in source order, then `OBJECT_DEFINE_…` ones; a name may
    /// repeat (`#if` branches).
    private(set) var types: [Declaration] = []
    private var expander: MacroExpander

    /// Reads `stream`, whose statements that may declare types are `statements`; `fallback`
    /// holds the tree-wide macros its names may use.
    init(_ stream: CTokenStream, statements: QOMStatementFinder, fallback: [String: MacroDefinition]) {
        var table = Self.ownMacros(of: stream, usedBy: statements.declarations + statements.objectDefines.joined())
        table.fallback = fallback
        expander = MacroExpander(table: table)
        for variable in TopLevelDeclarations(statements.declarations).variables {
            if variable.hasType("TypeInfo") {
                readTypeInfo(variable.initializer)
            } else if variable.hasType("VirtioPCIDeviceTypeInfo") {
                let fields = DesignatedInitializer(
                    variable.initializer, expanding: VirtioPCIProxyTypes.nameFields, with: &expander)
                types += VirtioPCIProxyTypes.types(of: fields, virtioPCI: resolve(macro: "TYPE_VIRTIO_PCI"))
            }
        }
        for invocation in statements.objectDefines { readObjectDefine(invocation) }
    }

    /// The file's own `#define`s that `tokens` use, directly or through one another: most of a
    /// file's macros (register offsets, bit fields) never reach a type name, and reading their
    /// bodies would cost more than the rest of this reader.
    private static func ownMacros(of stream: CTokenStream, usedBy tokens: [PPToken]) -> MacroTable {
        var table = MacroTable()
        var wanted = Set(tokens.lazy.filter(\.isIdentifier).map(\.text))
        while !wanted.isEmpty {
            let known = table.definitions
            table.collect(from: stream) { wanted.contains($0) && known[$0] == nil }
            wanted = []
            for (name, definition) in table.definitions where known[name] == nil {
                for token in definition.body where token.isIdentifier && table.definitions[token.text] == nil {
                    wanted.insert(token.text)
                }
            }
        }
        return table
    }

    /// One `TypeInfo` (`.name = …, …`), or an array of them whose elements are `{ … }` or
    /// macro invocations that expand to that.
    private mutating func readTypeInfo(_ initializer: [PPToken]) {
        guard let first = initializer.first, !first.isPunctuator(".") else {
            add(initializer)
            return
        }
        for part in initializer.splitTopLevel() where !part.isEmpty {
            let element = part[0].isPunctuator("{") ? part : expander.expand(part)
            guard element.count >= 2, element[0].isPunctuator("{"), element[element.count - 1].isPunctuator("}") else {
                continue
            }
            add(Array(element[1..<(element.count - 1)]))
        }
    }

    private mutating func add(_ initializer: [PPToken]) {
        let fields = DesignatedInitializer(initializer, expanding: ["name", "parent"], with: &expander)
        guard let name = fields.string("name"), let parent = fields.string("parent") else { return }
        types.append((name, parent))
    }

    /// `OBJECT_DEFINE_…(Name, name, MODULE_OBJ_NAME, PARENT_MODULE_OBJ_NAME, …)`.
    private mutating func readObjectDefine(_ invocation: [PPToken]) {
        guard invocation.count > 3 else { return }
        let arguments = invocation[2..<(invocation.count - 1)].splitTopLevel()
        guard arguments.count >= 4, arguments[2].count == 1, arguments[3].count == 1,
            let name = resolve(macro: "TYPE_" + arguments[2][0].text),
            let parent = resolve(macro: "TYPE_" + arguments[3][0].text)
        else { return }
        types.append((name, parent))
    }

    /// The string an object-like macro expands to.
    private mutating func resolve(macro name: String) -> String? {
        let token = PPToken(kind: .identifier, text: name, location: SourceLocation(file: "", line: 0))
        return expander.expand([token]).filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.concatenatedString
    }
}
