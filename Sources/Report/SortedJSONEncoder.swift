import Foundation

/// An `Encoder` that builds the ``JSONTree`` Foundation's `JSONEncoder` would build with default
/// strategies, without its per-value bookkeeping: ``JSONOutput`` writes the tree with
/// ``PrettyJSONWriter``, byte for byte as `JSONEncoder` would.
///
/// As `JSONEncoder` does, it writes `Data` as Base64, `URL` as its absolute string, `Decimal` as
/// a number, floating-point numbers without a trailing `.0`, and throws for infinities and NaN.
final class SortedJSONEncoder: Encoder {
    private let parent: SortedJSONEncoder?
    /// Keys of nested containers between `parent` and `key`.
    private let prefix: [any CodingKey]
    private let key: (any CodingKey)?
    /// What has been encoded so far; nil while nothing has.
    private(set) var value: JSONTree?

    /// A top-level encoder, or one for a value at `key` below `parent`.
    init(parent: SortedJSONEncoder? = nil, prefix: [any CodingKey] = [], key: (any CodingKey)? = nil) {
        self.parent = parent
        self.prefix = prefix
        self.key = key
    }

    var codingPath: [any CodingKey] {
        var path = parent?.codingPath ?? []
        path += prefix
        if let key { path.append(key) }
        return path
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(SortedJSONKeyedContainer<Key>(encoder: self, object: object(), path: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        SortedJSONUnkeyedContainer(encoder: self, array: array(), path: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SortedJSONSingleValueContainer(encoder: self)
    }

    /// Records the single value this encoder holds.
    func setValue(_ tree: JSONTree) {
        value = tree
    }

    /// The object this encoder holds, created on first use.
    private func object() -> JSONObjectBox {
        switch value {
        case .object(let object): return object
        case nil:
            let object = JSONObjectBox()
            value = .object(object)
            return object
        default: preconditionFailure("Attempt to push new keyed encoding container when already previously encoded at this path.")
        }
    }

    /// The array this encoder holds, created on first use.
    private func array() -> JSONArrayBox {
        switch value {
        case .array(let array): return array
        case nil:
            let array = JSONArrayBox()
            value = .array(array)
            return array
        default: preconditionFailure("Attempt to push new unkeyed encoding container when already previously encoded at this path.")
        }
    }

    // MARK: - Values

    /// The tree of `value` at `key` of a container whose own keys below this encoder are `path`;
    /// an empty object when `value` encodes nothing.
    func tree<T: Encodable>(of value: T, path: [any CodingKey], key: (any CodingKey)?) throws -> JSONTree {
        try encodedTree(of: value, path: path, key: key) ?? .object(JSONObjectBox())
    }

    /// The tree of `value` at `key` of a container whose own keys below this encoder are `path`;
    /// nil when `value` encodes nothing.
    func encodedTree<T: Encodable>(of value: T, path: [any CodingKey], key: (any CodingKey)?) throws -> JSONTree? {
        if T.self == Data.self, let data = value as? Data { return .string(data.base64EncodedString()) }
        if T.self == URL.self, let url = value as? URL { return .string(url.absoluteString) }
        if T.self == Decimal.self, let decimal = value as? Decimal { return .number(decimal.description) }
        let child = SortedJSONEncoder(parent: self, prefix: path, key: key)
        try value.encode(to: child)
        return child.value
    }

    /// An encoder for `superEncoder()`, whose value lands where the returned tree is put.
    func superEncoder(path: [any CodingKey], key: any CodingKey) -> (SortedJSONEncoder, JSONTree) {
        let child = SortedJSONEncoder(parent: self, prefix: path, key: key)
        return (child, .deferred(child))
    }

    /// `value` as a JSON number: its description without a trailing `.0`; infinities and NaN throw.
    func number<T: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: T, path: [any CodingKey], key: (any CodingKey)?
    ) throws -> JSONTree {
        guard value.isFinite else {
            var fullPath = codingPath + path
            if let key { fullPath.append(key) }
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: fullPath, debugDescription: "Unable to encode \(T.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}
