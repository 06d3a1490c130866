/// The keyed container of ``SortedJSONEncoder``: sets members of a ``JSONObjectBox``.
struct SortedJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: SortedJSONEncoder
    let object: JSONObjectBox
    /// The keys of nested containers from the encoder down to this one.
    let path: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.codingPath + path }

    private func set(_ tree: JSONTree, _ key: Key) {
        object.set(tree, for: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try encoder.number(value, path: path, key: key), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try encoder.number(value, path: path, key: key), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: Int128, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(value.description), key) }
    mutating func encode(_ value: UInt128, forKey key: Key) throws { set(.number(value.description), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try encoder.tree(of: value, path: path, key: key), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(
            SortedJSONKeyedContainer<NestedKey>(
                encoder: encoder, object: object.nestedObject(for: key.stringValue), path: path + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SortedJSONUnkeyedContainer(encoder: encoder, array: object.nestedArray(for: key.stringValue), path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(for: SortedJSONSuperKey.super)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(for: key)
    }

    private func superEncoder(for key: some CodingKey) -> any Encoder {
        let (child, tree) = encoder.superEncoder(path: path, key: key)
        object.set(tree, for: key.stringValue)
        return child
    }
}

/// The keys `superEncoder()` uses: `super` in keyed containers, the element index in unkeyed ones.
enum SortedJSONSuperKey: CodingKey {
    case `super`
    case index(Int)

    init?(stringValue: String) {
        guard stringValue == "super" else { return nil }
        self = .super
    }

    init?(intValue: Int) {
        self = .index(intValue)
    }

    var stringValue: String {
        switch self {
        case .super: "super"
        case .index(let index): "Index \(index)"
        }
    }

    var intValue: Int? {
        switch self {
        case .super: nil
        case .index(let index): index
        }
    }
}
