import GuestABI

/// The device properties one `.c` file defines (``DeviceProperty``), attached to the QOM types
/// the file declares:
///
/// - each `Property` array, its elements expanded with the tree's `DEFINE_PROP_*` macros
///   (`include/hw/qdev-properties*.h`) into `{ .name = …, .info = &qdev_prop_X, .defval… }`, is
///   attached to the types whose class_init (or a function it calls) passes it to
///   `device_class_set_props` or assigns it to `dc->props`;
/// - `object_class_property_add*(oc, "name", …)` in a class_init and
///   `object_property_add*(obj, "name", …)` in an instance_init name properties of that type;
/// - a `FeatureWordInfo` table's `.feat_names` are CPU feature properties of the types whose
///   instance_init or class_init reads the table (directly or through a function of the file).
struct PropertyFileReader {
    private(set) var properties: [DeviceProperty] = []
    /// Property arrays no class_init of the file attaches (to a type the file declares).
    private(set) var unattachedArrays: [String] = []

    private var expander: MacroExpander
    /// The file's declarations the reader uses (see ``init(_:objectDefines:shared:)``).
    private var declarations: TopLevelDeclarations
    private let file: String
    /// class_init function → the types it initialises; instance_init likewise.
    private var classInits: [String: [String]] = [:]
    private var instanceInits: [String: [String]] = [:]

    /// C type names a default may be cast to (`(bool)true`, `(uint64_t)1 << 32`).
    private static let castTypes: Set<String> = [
        "bool", "int", "unsigned", "long", "char", "short", "signed", "size_t", "ssize_t", "int8_t", "int16_t", "int32_t",
        "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "hwaddr",
    ]

    /// Reads the tokenized file `stream`, whose `OBJECT_DEFINE_…` invocations are
    /// `objectDefines` (``QOMStatementFinder``).
    init(_ stream: CTokenStream, objectDefines: [[PPToken]], shared: [String: MacroDefinition]) {
        file = stream.file
        var table = MacroTable()
        table.collect(from: stream)
        table.fallback = shared
        expander = MacroExpander(table: table)
        // Of the file's declarations only the variables of the types read and the functions
        // that can attach, add or read a property become PPTokens (see `usedFunctions`).
        let layout = TopLevelLayout(stream)
        let variables = layout.variables.filter { variable in
            variable.typeTokens.contains { position in Self.variableTypes.contains { layout.isIdentifier(position, $0) } }
        }
        declarations = TopLevelDeclarations(functions: [:], variables: variables.map(layout.definition))
        readTypes(objectDefines: objectDefines)
        declarations.functions = usedFunctions(of: layout)
        readPropertyArrays()
        readAddedProperties()
        readFeatureTables()
    }

    /// The types of the variables the reader reads.
    private static let variableTypes: [[UInt8]] = ["TypeInfo", "VirtioPCIDeviceTypeInfo", "Property", "FeatureWordInfo"].map {
        Array($0.utf8)
    }
    private static let addedPropertyPrefixes: [[UInt8]] = ["object_class_property_add", "object_property_add"].map { Array($0.utf8) }

    /// The functions of `layout` the readers look into: the init functions of the file's types
    /// (whose bodies say which helpers they call) and those naming a `Property` array, a
    /// `FeatureWordInfo` table or an `object_…property_add…` function. The readers find nothing
    /// in the others.
    private func usedFunctions(of layout: TopLevelLayout) -> [String: FunctionDefinition] {
        let inits = Set(classInits.keys).union(instanceInits.keys)
        let names = declarations.variables.compactMap { variable -> [UInt8]? in
            if variable.hasType("Property") { return Array(variable.name.utf8) }
            if variable.hasType("FeatureWordInfo") { return Array(Self.tableName(of: variable).utf8) }
            return nil
        }
        var functions: [String: FunctionDefinition] = [:]
        for function in layout.functions {
            let used = inits.contains(function.name)
                || layout.names(in: function.body, anyOf: names, orPrefixes: Self.addedPropertyPrefixes)
            if used { functions[function.name] = layout.definition(function) }
        }
        return functions
    }

    /// The name a `FeatureWordInfo` table is read by. (`T name[SIZE] = {`: the name is the
    /// identifier before the bracket, not `SIZE`.)
    private static func tableName(of table: InitializedVariable) -> String {
        table.typeTokens.last(where: \.isIdentifier).flatMap { last in
            table.typeTokens.last?.isPunctuator("[") == true ? last.text : nil
        } ?? table.name
    }

    // MARK: Types and their init functions

    private mutating func readTypes(objectDefines: [[PPToken]]) {
        for variable in declarations.variables {
            if variable.hasType("TypeInfo") {
                let initializer = variable.initializer
                if let first = initializer.first, first.isPunctuator(".") {
                    addTypeInfo(initializer)
                    continue
                }
                for part in initializer.splitTopLevel() where !part.isEmpty {
                    let element = part[0].isPunctuator("{") ? part : expander.expand(part)
                    guard element.count >= 2, element[0].isPunctuator("{"), element[element.count - 1].isPunctuator("}") else { continue }
                    addTypeInfo(Array(element[1..<(element.count - 1)]))
                }
            } else if variable.hasType("VirtioPCIDeviceTypeInfo") {
                // QEMU registers the proxy's class_init on its base type when it has one.
                let fields = DesignatedInitializer(
                    variable.initializer, expanding: ["base_name", "generic_name", "non_transitional_name"], with: &expander)
                guard let type = fields.string("base_name") ?? fields.string("generic_name") ?? fields.string("non_transitional_name")
                else { continue }
                note(fields, type: type)
            }
        }
        // OBJECT_DEFINE_TYPE…(Name, name, MODULE_OBJ_NAME, …): `name_class_init`, `name_init`.
        for invocation in objectDefines where invocation.count > 3 {
            let arguments = invocation[2..<(invocation.count - 1)].splitTopLevel()
            guard arguments.count >= 3, arguments[1].count == 1, arguments[2].count == 1,
                let type = resolve("TYPE_" + arguments[2][0].text)
            else { continue }
            classInits[arguments[1][0].text + "_class_init", default: []].append(type)
            instanceInits[arguments[1][0].text + "_init", default: []].append(type)
        }
    }

    private mutating func addTypeInfo(_ initializer: [PPToken]) {
        let fields = DesignatedInitializer(initializer, expanding: ["name"], with: &expander)
        guard let type = fields.string("name") else { return }
        note(fields, type: type)
    }

    private mutating func note(_ fields: DesignatedInitializer, type: String) {
        if let function = fields["class_init"], function.count == 1, function[0].isIdentifier {
            classInits[function[0].text, default: []].append(type)
        }
        if let function = fields["instance_init"], function.count == 1, function[0].isIdentifier {
            instanceInits[function[0].text, default: []].append(type)
        }
    }

    private mutating func resolve(_ macro: String) -> String? {
        let token = PPToken(kind: .identifier, text: macro, location: SourceLocation(file: file, line: 0))
        return expander.expand([token]).filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.concatenatedString
    }

    /// The types a function initialises as `inits` says, directly or as a helper one of the
    /// init functions of the file calls.
    private func initialisedTypes(by function: String, _ inits: [String: [String]]) -> [String] {
        if let direct = inits[function] { return direct }
        var types: [String] = []
        for (initFunction, initTypes) in inits {
            guard let body = declarations.functions[initFunction]?.body else { continue }
            if calls(body, function) { types += initTypes }
        }
        return types
    }

    private func calls(_ body: [PPToken], _ function: String) -> Bool {
        for (index, token) in body.enumerated() where token.isIdentifier && token.text == function {
            if index + 1 < body.count, body[index + 1].isPunctuator("(") { return true }
        }
        return false
    }

    // MARK: Property arrays

    private mutating func readPropertyArrays() {
        let arrays = declarations.variables.filter { $0.hasType("Property") }
        guard !arrays.isEmpty else { return }
        let arrayNames = Set(arrays.map(\.name))
        // Which function attaches each array.
        var attachedBy: [String: [String]] = [:]
        for function in declarations.functions.values {
            let body = function.body
            for (index, token) in body.enumerated() where token.isIdentifier && arrayNames.contains(token.text) {
                guard index > 0 else { continue }
                let previous = body[index - 1]
                let isArgument = previous.isPunctuator(",") && Self.isSetPropsCall(body, before: index - 1)
                let isAssigned = previous.isPunctuator("=") && index >= 2 && body[index - 2].isIdentifier
                    && (body[index - 2].text == "props" || body[index - 2].text == "props_")
                if isArgument || isAssigned { attachedBy[token.text, default: []].append(function.name) }
            }
        }
        for array in arrays {
            let types = Array(Set((attachedBy[array.name] ?? []).flatMap { initialisedTypes(by: $0, classInits) })).sorted()
            guard !types.isEmpty else {
                unattachedArrays.append("\(array.location): \(array.name)")
                continue
            }
            let elements = readElements(array.initializer)
            for type in types {
                properties += elements.map { element in
                    DeviceProperty(
                        type: type, name: element.name, origin: .qdev, valueType: element.valueType, defaultValue: element.defaultValue,
                        location: element.location)
                }
            }
        }
    }

    /// True when the `,` at `comma` separates the first and second arguments of a
    /// `device_class_set_props…(` call.
    private static func isSetPropsCall(_ body: [PPToken], before comma: Int) -> Bool {
        var depth = 0
        var index = comma - 1
        while index > 0 {
            let token = body[index]
            if token.isPunctuator(")") { depth += 1 }
            if token.isPunctuator("(") {
                if depth == 0 { return body[index - 1].isIdentifier && body[index - 1].text.hasPrefix("device_class_set_props") }
                depth -= 1
            }
            if token.isPunctuator(",") && depth == 0 { return false }
            index -= 1
        }
        return false
    }

    private struct Element {
        var name: String
        var valueType: String
        var defaultValue: String?
        var location: SourceLocation
    }

    /// The elements of a `Property` array: each top-level element expanded (one macro may give
    /// several), then read as a designated initializer.
    private mutating func readElements(_ initializer: [PPToken]) -> [Element] {
        var elements: [Element] = []
        for part in initializer.splitTopLevel() where !part.isEmpty {
            let location = part[0].location
            let expanded = part[0].isPunctuator("{") ? part : expander.expand(part)
            for item in expanded.splitTopLevel() where item.count >= 2 && item[0].isPunctuator("{") {
                guard let element = Self.element(Array(item.dropFirst().dropLast()), at: location) else { continue }
                elements.append(element)
            }
        }
        return elements
    }

    private static func element(_ tokens: [PPToken], at location: SourceLocation) -> Element? {
        var name: String?
        var info: String?
        var defaultTokens: [PPToken]?
        var setDefault = false
        for part in tokens.splitTopLevel() where part.count >= 3 && part[0].isPunctuator(".") && part[1].isIdentifier {
            guard let equals = part.firstIndex(where: { $0.isPunctuator("=") }) else { continue }
            let field = part[1..<equals].filter(\.isIdentifier).map(\.text)
            let value = Array(part[(equals + 1)...])
            switch field.first {
            case "name": name = value.filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }.concatenatedString
            case "info": info = value.first { $0.isIdentifier && $0.text.hasPrefix("qdev_prop_") }.map { String($0.text.dropFirst(10)) }
            case "defval": defaultTokens = value
            case "set_default": setDefault = value.contains { $0.isIdentifier && $0.text == "true" }
            default: break
            }
        }
        guard let name, let info else { return nil }
        let valueType = info
        let defaultValue = setDefault || defaultTokens != nil ? defaultTokens.flatMap { Self.defaultValue($0, valueType: valueType) } : nil
        return Element(name: name, valueType: valueType, defaultValue: defaultValue, location: location)
    }

    /// Names a default may use that no file of the tree defines: `<stdint.h>`'s limits and
    /// GLib's `TRUE`/`FALSE`. `UINT64_MAX` is all ones, as the cast to the property's type
    /// makes it (see ``unsignedWidths``).
    static let libraryConstants: [String: Int] = [
        "true": 1, "false": 0, "TRUE": 1, "FALSE": 0,
        "INT8_MIN": Int(Int8.min), "INT8_MAX": Int(Int8.max), "UINT8_MAX": Int(UInt8.max),
        "INT16_MIN": Int(Int16.min), "INT16_MAX": Int(Int16.max), "UINT16_MAX": Int(UInt16.max),
        "INT32_MIN": Int(Int32.min), "INT32_MAX": Int(Int32.max), "UINT32_MAX": Int(UInt32.max),
        "INT64_MIN": Int(Int64.min), "INT64_MAX": Int(Int64.max), "UINT64_MAX": -1,
    ]

    /// The width of each unsigned property type (`DEFINE_PROP_UNSIGNED`'s `(_type)_defval`
    /// cast): a default is taken modulo it, so `-1` is the all-ones value QEMU stores.
    static let unsignedWidths: [String: Int] = ["uint8": 8, "uint16": 16, "uint32": 32, "size32": 32, "uint64": 64, "size": 64]

    /// The normalised default of `tokens` for a property of `valueType`: casts dropped,
    /// `true`/`false` as 1/0, the integer evaluated (an unsigned type's modulo its width); a
    /// lone enumerator named after the type (`ON_OFF_AUTO_AUTO` for `on_off_auto`) as its
    /// lower-case suffix.
    static func defaultValue(_ tokens: [PPToken], valueType: String) -> String? {
        var cleaned: [PPToken] = []
        var index = 0
        while index < tokens.count {
            // `INT64_C(1)`, `UINT64_C(1)`: the literal.
            if index + 3 < tokens.count, tokens[index].isIdentifier, tokens[index].text.hasSuffix("INT64_C") || tokens[index].text.hasSuffix("INT32_C"),
                tokens[index + 1].isPunctuator("("), tokens[index + 3].isPunctuator(")")
            {
                cleaned.append(tokens[index + 2])
                index += 4
                continue
            }
            // A cast: `(bool)`, `(OnOffAuto)` before an operand.
            if index + 3 < tokens.count, tokens[index].isPunctuator("("), tokens[index + 1].isIdentifier,
                tokens[index + 2].isPunctuator(")"),
                castTypes.contains(tokens[index + 1].text)
                    || (tokens[index + 1].text.first?.isUppercase == true && tokens[index + 1].text.contains(where: \.isLowercase)
                        && (tokens[index + 3].isIdentifier || tokens[index + 3].kind == .number || tokens[index + 3].isPunctuator("(")))
            {
                index += 3
                continue
            }
            cleaned.append(tokens[index])
            index += 1
        }
        let bare = cleaned.filter { !$0.isPunctuator("(") && !$0.isPunctuator(")") }
        let enumPrefix = valueType.uppercased() + "_"
        // (`UINT32_MAX` for a `uint32` is a limit, not an enumerator.)
        if bare.count == 1, bare[0].isIdentifier, bare[0].text.hasPrefix(enumPrefix), libraryConstants[bare[0].text] == nil {
            return bare[0].text.dropFirst(enumPrefix.count).lowercased().replacing("_", with: "-")
        }
        guard let value = ConstantExpression(constants: libraryConstants).evaluate(cleaned) else { return nil }
        if ["bool", "bit", "bit64"].contains(valueType) { return value != 0 ? "true" : "false" }
        if let width = unsignedWidths[valueType] {
            let bits = UInt64(bitPattern: Int64(value))
            return String(width == 64 ? bits : bits & ((1 << UInt64(width)) - 1))
        }
        return String(value)
    }

    // MARK: Properties added by code

    private mutating func readAddedProperties() {
        for function in declarations.functions.values {
            let body = function.body
            for (index, token) in body.enumerated() where token.isIdentifier && index + 1 < body.count && body[index + 1].isPunctuator("(") {
                let text = token.text
                let (prefix, origin, inits): (String, DeviceProperty.Origin, [String: [String]])
                if text.hasPrefix("object_class_property_add") {
                    (prefix, origin, inits) = ("object_class_property_add", .classProperty, classInits)
                } else if text.hasPrefix("object_property_add") {
                    (prefix, origin, inits) = ("object_property_add", .instanceProperty, instanceInits)
                } else {
                    continue
                }
                let suffix = text.dropFirst(prefix.count)
                guard suffix.isEmpty || suffix.hasPrefix("_"),
                    let close = TopLevelDeclarations.closing(body, from: index + 1)
                else { continue }
                let arguments = body[(index + 2)..<close].splitTopLevel()
                guard arguments.count >= 2 else { continue }
                guard let name = expander.expand(arguments[1]).filter({ !$0.isPunctuator("(") && !$0.isPunctuator(")") }).concatenatedString
                else { continue }
                let types = initialisedTypes(by: function.name, inits)
                let valueType = suffix.isEmpty ? "custom" : String(suffix.dropFirst())
                for type in types {
                    properties.append(DeviceProperty(type: type, name: name, origin: origin, valueType: valueType, location: token.location))
                }
            }
        }
    }

    // MARK: CPU feature names

    private mutating func readFeatureTables() {
        for table in declarations.variables where table.hasType("FeatureWordInfo") {
            var names: [(String, SourceLocation)] = []
            let tokens = table.initializer
            for (index, token) in tokens.enumerated()
            where token.isIdentifier && token.text == "feat_names" && index > 0 && tokens[index - 1].isPunctuator(".") {
                guard index + 2 < tokens.count, tokens[index + 1].isPunctuator("="), tokens[index + 2].isPunctuator("{"),
                    let close = TopLevelDeclarations.closing(tokens, from: index + 2)
                else { continue }
                for element in tokens[(index + 3)..<close].splitTopLevel() {
                    if let name = element.concatenatedString { names.append((name, element[0].location)) }
                }
            }
            // The instance_init that reads the table, directly or through a function of the file.
            let tableName = Self.tableName(of: table)
            let readers = declarations.functions.values.filter { function in
                function.body.contains { $0.isIdentifier && $0.text == tableName }
            }.map(\.name)
            // Registered per instance (`object_property_add`) or per class (7.2 onwards:
            // `object_class_property_add` in the class_init).
            var types: Set<String> = []
            for (initFunction, initTypes) in instanceInits.merging(classInits, uniquingKeysWith: +) {
                guard let body = declarations.functions[initFunction]?.body else { continue }
                if readers.contains(initFunction) || readers.contains(where: { calls(body, $0) }) { types.formUnion(initTypes) }
            }
            for type in types {
                properties += names.map { DeviceProperty(type: type, name: $0.0, origin: .cpuFeature, valueType: "bool", location: $0.1) }
            }
        }
    }
}
