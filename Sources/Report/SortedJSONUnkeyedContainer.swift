/// The unkeyed container of ``SortedJSONEncoder``: appends elements to a ``JSONArrayBox``.
struct SortedJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: SortedJSONEncoder
    let array: JSONArrayBox
    /// The keys of nested containers from the encoder down to this one.
    let path: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.codingPath + path }
    var count: Int { array.elements.count }

    private func append(_ tree: JSONTree) {
        array.elements.append(tree)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(try encoder.number(value, path: path, key: nextKey)) }
    mutating func encode(_ value: Float) throws { append(try encoder.number(value, path: path, key: nextKey)) }
    mutating func encode(_ value: Int) throws { append(.number(value.description)) }
    mutating func encode(_ value: Int8) throws { append(.number(value.description)) }
    mutating func encode(_ value: Int16) throws { append(.number(value.description)) }
    mutating func encode(_ value: Int32) throws { append(.number(value.description)) }
    mutating func encode(_ value: Int64) throws { append(.number(value.description)) }
    mutating func encode(_ value: Int128) throws { append(.number(value.description)) }
    mutating func encode(_ value: UInt) throws { append(.number(value.description)) }
    mutating func encode(_ value: UInt8) throws { append(.number(value.description)) }
    mutating func encode(_ value: UInt16) throws { append(.number(value.description)) }
    mutating func encode(_ value: UInt32) throws { append(.number(value.description)) }
    mutating func encode(_ value: UInt64) throws { append(.number(value.description)) }
    mutating func encode(_ value: UInt128) throws { append(.number(value.description)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        append(try encoder.tree(of: value, path: path, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        let object = JSONObjectBox()
        append(.object(object))
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(encoder: encoder, object: object, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let nested = JSONArrayBox()
        append(.array(nested))
        return SortedJSONUnkeyedContainer(encoder: encoder, array: nested, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let (child, tree) = encoder.superEncoder(path: path, key: nextKey)
        append(tree)
        return child
    }

    /// The key of the element appended next.
    private var nextKey: SortedJSONSuperKey { .index(count) }
}
