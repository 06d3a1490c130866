import Foundation
import GuestABI

/// Why the static model has no default for a property the binary gives one, read from the
/// source that defines it: a category, never a list of property names.
enum StaticDefaultGap: Hashable, CustomStringConvertible {
    /// Added by code (`object_property_add*`, `object_class_property_add*`): its value is
    /// whatever that code or the instance sets, not a static default.
    case addedByCode(DeviceProperty.Origin)
    /// A CPU feature name: its value depends on the CPU model.
    case cpuFeature
    /// The file defines the property more than once (`#ifdef` branches: user mode vs system
    /// emulation) with different defaults, so the model keeps none.
    case severalDefinitions
    /// Defined inside a wrapper macro the file invokes (`DEFINE_FOO_PROPERTIES(State)`): the
    /// default expression is in the macro's body, in a header.
    case wrapperMacro(String)
    /// The default is an expression naming a constant (a macro or enumerator of a header, a
    /// QAPI enumerator) that the reader does not resolve.
    case unresolvedConstant(String)

    var description: String {
        switch self {
        case .addedByCode(let origin): "added by code (\(origin.rawValue) property): no static default"
        case .cpuFeature: "CPU feature: its value depends on the model"
        case .severalDefinitions: "defined more than once in its file (#ifdef branches): no single static default"
        case .wrapperMacro(let name): "defined through the wrapper macro \(name): the default is in its body"
        case .unresolvedConstant(let name): "default names a constant the reader does not resolve (\(name))"
        }
    }

    /// Reads the categories of one tree's properties, each file and definition once.
    struct Reader {
        let tree: String
        private var files: [String: String?] = [:]
        private var found: [DeviceProperty: StaticDefaultGap?] = [:]

        init(tree: String) { self.tree = tree }

        /// The category of `property`; nil when the source shows no reason for the missing default.
        mutating func gap(of property: DeviceProperty) -> StaticDefaultGap? {
            if let known = found[property] { return known }
            let file = property.location?.file ?? ""
            if files[file] == nil {
                files[file] = .some(try? String(contentsOfFile: tree + "/" + file, encoding: .utf8))
            }
            let gap = StaticDefaultGap.of(property, text: files[file] ?? nil)
            found[property] = .some(gap)
            return gap
        }
    }

    /// The category of `property`, whose defining file reads `text`; nil when the source shows
    /// no reason for the missing default.
    static func of(_ property: DeviceProperty, text: String?) -> StaticDefaultGap? {
        switch property.origin {
        case .classProperty, .instanceProperty: return .addedByCode(property.origin)
        case .cpuFeature: return .cpuFeature
        case .qdev: break
        }
        guard let location = property.location, let text else { return nil }
        let quoted = "\"\(property.name)\""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count else { return nil }
        let statement = Self.statement(lines[(location.line - 1)...])
        guard let open = statement.firstIndex(of: "(") else { return nil }
        let macro = statement[..<open].trimmingCharacters(in: .whitespaces)
        let arguments = Self.arguments(String(statement[statement.index(after: open)...]))
        guard arguments.first == quoted else { return .wrapperMacro(macro) }
        // Name, state and field first; a constant in what follows is the default (or the bit
        // number, or the PropertyInfo and C type, which are not constants).
        for argument in arguments.dropFirst(3) {
            for word in Self.identifiers(argument) where Self.isConstant(word) { return .unresolvedConstant(word) }
        }
        return Self.definitionCount(of: quoted, in: text) > 1 ? .severalDefinitions : nil
    }

    /// How often `quoted` opens a call's argument list in `text` (`DEFINE_PROP_X("name",`).
    private static func definitionCount(of quoted: String, in text: String) -> Int {
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: quoted) {
            let before = rest[..<range.lowerBound].reversed().first { !$0.isWhitespace }
            if before == "(" { count += 1 }
            rest = rest[range.upperBound...]
        }
        return count
    }

    /// The text from the first line to the parenthesis that closes the first one opened.
    private static func statement(_ lines: ArraySlice<Substring>) -> String {
        var text = ""
        var depth = 0
        var opened = false
        for line in lines.prefix(12) {
            text += line + "\n"
            for character in line {
                if character == "(" { depth += 1; opened = true }
                if character == ")" { depth -= 1 }
            }
            if opened && depth <= 0 { break }
        }
        return text
    }

    /// The top-level comma-separated arguments of a call whose `(` was already consumed.
    private static func arguments(_ text: String) -> [String] {
        var arguments: [String] = []
        var current = ""
        var depth = 0
        var inString = false
        for character in text {
            if character == "\"" { inString.toggle() }
            if !inString {
                if character == "(" { depth += 1 }
                if character == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                if character == "," && depth == 0 {
                    arguments.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                    current = ""
                    continue
                }
            }
            current.append(character)
        }
        arguments.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
        return arguments
    }

    private static func identifiers(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text + " " {
            if character.isLetter || character == "_" || (character.isNumber && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        return words
    }

    /// A name that stands for a value: not a C type, a `qdev_prop_` PropertyInfo, a CamelCase
    /// type name or a boolean literal the reader knows.
    private static func isConstant(_ word: String) -> Bool {
        let types: Set<String> = [
            "bool", "int", "unsigned", "long", "char", "short", "signed", "size_t", "ssize_t", "int8_t", "int16_t", "int32_t",
            "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "hwaddr", "true", "false", "sizeof",
        ]
        if types.contains(word) || word.hasPrefix("qdev_prop_") { return false }
        let isTypeName = word.first?.isUppercase == true && word.contains(where: \.isLowercase) && !word.contains("_")
        return !isTypeName
    }
}
