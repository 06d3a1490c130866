import GuestABI

/// The QOM type hierarchy (``QOMTypeIndex``) and the device property model
/// (``PropertyModelReader``) of a tree, read in one pass over its `.c` files: each file that can
/// declare a type or define a property (byte searches decide) is tokenized once, and its token
/// stream and the statements that may declare types (``QOMStatementFinder``) serve both
/// readers. Streams live only while their file is read.
enum QOMTreeReader {
    /// How many tasks share the files (each takes the next file when it is free).
    private static let taskCount = 8

    /// What was read.
    struct Result: Sendable {
        /// Each type name mapped to its parent's name.
        var parents: [String: String]
        var properties: PropertyModelReader.Result
    }

    /// What one file gave.
    private struct FileResult: Sendable {
        var path: String
        var types: [QOMTypeDeclarations.Declaration]
        var properties: PropertyModelReader.FileResult?
    }

    /// Reads `files` (path → bytes); `typeMacros` holds the tree's `TYPE_*` macros.
    static func read(_ files: [String: [UInt8]], typeMacros: MacroTable) async -> Result {
        let typeNames = TypeNameMacroIndex.collect(files)
        let fallback = QOMTypeIndex.fallback(typeMacros: typeMacros, typeNames: typeNames)
        let shared = PropertyModelReader.sharedMacros(of: files, typeNames: typeNames)
        let propertyPaths = PropertyModelReader.paths(of: files)
        let propertySet = Set(propertyPaths)
        // The largest files first, so that the last ones taken are small. (What is found is
        // merged by path: the order files are read in does not matter.)
        let paths = QOMTypeIndex.paths(of: files).sorted { (files[$0]?.count ?? 0, $1) > (files[$1]?.count ?? 0, $0) }
        let queue = WorkQueue(count: paths.count)
        let perFile = await withTaskGroup(of: [FileResult].self) { group in
            for _ in 0..<taskCount {
                group.addTask {
                    var found: [FileResult] = []
                    while let index = queue.take() {
                        // Between files, the machines' and field reads' tasks get their turn:
                        // they finish early instead of after the last file here.
                        await Task.yield()
                        let path = paths[index]
                        guard let bytes = files[path] else { continue }
                        let types = QOMTypeIndex.mayDeclareTypes(bytes)
                        let properties = propertySet.contains(path) && PropertyModelReader.mayDefineProperties(bytes)
                        guard types || properties else { continue }
                        let stream = CTokenizer(bytes: bytes, file: path).tokenize()
                        // A file that spells neither `TypeInfo` nor `OBJECT_DEFINE_` has no statement to find.
                        let statements = types ? QOMStatementFinder(stream) : nil
                        var result = FileResult(path: path, types: [])
                        if let statements {
                            result.types = QOMTypeDeclarations(stream, statements: statements, fallback: fallback).types
                        }
                        if properties {
                            let reader = PropertyFileReader(stream, objectDefines: statements?.objectDefines ?? [], shared: shared)
                            result.properties = PropertyModelReader.FileResult(
                                properties: reader.properties, unattachedArrays: reader.unattachedArrays)
                        }
                        found.append(result)
                    }
                    return found
                }
            }
            var collected: [FileResult] = []
            for await found in group { collected += found }
            return collected
        }
        var types: [String: [QOMTypeDeclarations.Declaration]] = [:]
        var properties: [String: PropertyModelReader.FileResult] = [:]
        for file in perFile {
            if !file.types.isEmpty { types[file.path] = file.types }
            if let read = file.properties { properties[file.path] = read }
        }
        return Result(
            parents: QOMTypeIndex.parents(of: types), properties: await PropertyModelReader.result(of: properties, in: propertyPaths))
    }
}
