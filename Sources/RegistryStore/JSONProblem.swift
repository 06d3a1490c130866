public import Foundation

/// Words for why a JSON input does not decode, naming the place in the document
/// (`at machines[3].compat[0]: 'value' must be a string`), in guestabi's own terms rather than
/// Foundation's.
public enum JSONProblem {
    /// What is wrong with `data`, which failed to decode with `error`.
    public static func describe(_ error: DecodingError, in data: Data) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath))\(subject(context.codingPath)) must be \(kind(type))"
        case .valueNotFound(let type, let context):
            return "\(place(context.codingPath))\(subject(context.codingPath)) must be \(kind(type)), not null"
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key], dropLast: true))missing '\(key.stringValue)'"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "not valid JSON" + position(of: context.underlyingError, in: data)
            }
            return "\(place(context.codingPath))\(subject(context.codingPath)) has a value that is not accepted"
                + (isOurs(context.debugDescription) ? " (\(context.debugDescription))" : "")
        @unknown default:
            return "cannot be decoded"
        }
    }

    /// `machines[3].compat[0]` for a coding path.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// `at machines[3].compat[0]: ` for the container holding the last key, or nothing at the top.
    private static func place(_ codingPath: [any CodingKey], dropLast: Bool = true) -> String {
        let parent = dropLast ? Array(codingPath.dropLast()) : codingPath
        return parent.isEmpty ? "" : "at \(path(parent)): "
    }

    /// `'value'` for a key, `element [2]` for an index, `the document` at the top.
    private static func subject(_ codingPath: [any CodingKey]) -> String {
        guard let last = codingPath.last else { return "the document" }
        if let index = last.intValue { return "element [\(index)]" }
        return "'\(last.stringValue)'"
    }

    /// What a value of `type` is called in JSON.
    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: return "a whole number"
        case is Double.Type, is Float.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") { return "an array" }
            if name.hasPrefix("Dictionary<") || name.hasPrefix("KeyedDecodingContainer") { return "an object" }
            return "an object"
        }
    }

    /// ` (line L, column C)` where the parser stopped, when Foundation says where.
    private static func position(of error: (any Error)?, in data: Data) -> String {
        guard let error, let index = (error as NSError).userInfo["NSJSONSerializationErrorIndex"] as? Int,
            index >= 0, index <= data.count
        else { return "" }
        var line = 1
        var column = 1
        for byte in data.prefix(index) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return " (line \(line), column \(column))"
    }

    /// Whether a decoding message is one of guestabi's own (Foundation's start with these).
    private static func isOurs(_ message: String) -> Bool {
        let foreign = ["The given data", "Cannot initialize", "Parsed JSON number", "Expected to decode", "Unexpected", "Number ", "NS"]
        return !message.isEmpty && !foreign.contains(where: message.hasPrefix)
    }
}
