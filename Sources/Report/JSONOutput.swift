import Foundation

/// JSON as every command prints it: pretty, keys sorted, slashes unescaped, a final newline.
public enum JSONOutput {
    /// Encodes `value` deterministically.
    public static func render(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
