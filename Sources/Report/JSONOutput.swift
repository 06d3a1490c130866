/// JSON as every command prints it: pretty, keys sorted, slashes unescaped, a final newline.
///
/// The bytes are those of Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, written by ``SortedJSONEncoder`` and ``PrettyJSONWriter`` in a
/// fraction of the time.
public enum JSONOutput {
    /// Encodes `value` deterministically.
    public static func render(_ value: some Encodable) throws -> String {
        guard let tree = try SortedJSONEncoder().encodedTree(of: value, path: [], key: nil) else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(type(of: value)) did not encode any values."))
        }
        var writer = PrettyJSONWriter()
        writer.write(tree)
        writer.append("\n")
        return writer.text
    }
}
