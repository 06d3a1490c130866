/// The single-value container of ``SortedJSONEncoder``: sets the value the encoder holds.
struct SortedJSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: SortedJSONEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ tree: JSONTree) {
        encoder.setValue(tree)
    }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try encoder.number(value, path: [], key: nil)) }
    mutating func encode(_ value: Float) throws { set(try encoder.number(value, path: [], key: nil)) }
    mutating func encode(_ value: Int) throws { set(.number(value.description)) }
    mutating func encode(_ value: Int8) throws { set(.number(value.description)) }
    mutating func encode(_ value: Int16) throws { set(.number(value.description)) }
    mutating func encode(_ value: Int32) throws { set(.number(value.description)) }
    mutating func encode(_ value: Int64) throws { set(.number(value.description)) }
    mutating func encode(_ value: Int128) throws { set(.number(value.description)) }
    mutating func encode(_ value: UInt) throws { set(.number(value.description)) }
    mutating func encode(_ value: UInt8) throws { set(.number(value.description)) }
    mutating func encode(_ value: UInt16) throws { set(.number(value.description)) }
    mutating func encode(_ value: UInt32) throws { set(.number(value.description)) }
    mutating func encode(_ value: UInt64) throws { set(.number(value.description)) }
    mutating func encode(_ value: UInt128) throws { set(.number(value.description)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        set(try encoder.tree(of: value, path: [], key: nil))
    }
}
