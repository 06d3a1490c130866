#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON text parsed once into a flat table of nodes, for reading large documents (a QEMU
/// `-dump-vmstate` file is 1–4 MB) without building a tree: no string, dictionary or array is
/// made per value, so parsing costs a pass over the bytes and one append per value.
///
/// Values are named by their index in the table (``root`` is the whole text). A container's
/// members follow it in order, each object member as its key then its value, and every node
/// records where its subtree ends, so a reader steps over a member without visiting it.
/// Strings without escapes are kept as ranges of the text and compared as bytes; the rare string
/// with escapes is decoded once.
///
/// The grammar, the nesting limit and the error messages are ``JSONValue``'s: the same text is
/// accepted or refused by both, with the same reason.
public struct JSONDocument: Sendable {
    /// The kind of a node.
    public enum Kind: UInt8, Sendable {
        case null, bool, int, uint, double, string, array, object
    }

    /// One value: 16 bytes, so a 2 MB dump's table is about 2 MB.
    struct Node {
        var kind: Kind
        /// Strings: true when the text holds an escape, so the value is in ``decoded``.
        var escaped = false
        /// Strings: the offset of the first byte after the opening quote. Containers: the
        /// number of elements or members. Scalars: the low half of ``payload``.
        var start: UInt32
        /// Strings: the number of bytes between the quotes, or the index in ``decoded``.
        /// Scalars: the high half of ``payload``.
        var length: UInt32
        /// The index of the first node after this one's subtree.
        var next: UInt32

        init(kind: Kind, escaped: Bool = false, start: UInt32, length: UInt32, next: UInt32) {
            self.kind = kind
            self.escaped = escaped
            self.start = start
            self.length = length
            self.next = next
        }

        /// A scalar: scalars need no text range, so their value takes its place.
        init(kind: Kind, payload: UInt64) {
            self.init(
                kind: kind, start: UInt32(truncatingIfNeeded: payload), length: UInt32(truncatingIfNeeded: payload >> 32),
                next: 0)
        }

        /// `bool`: 0 or 1; `int` / `uint`: the bits of the integer; `double`: the bits of the value.
        var payload: UInt64 { UInt64(start) | UInt64(length) << 32 }
    }

    let text: [UInt8]
    let nodes: [Node]
    let decoded: [String]

    /// The whole document's value.
    public var root: Int { 0 }

    /// Parses one JSON text; whitespace around the value is allowed, anything else is an error.
    public init(parsing bytes: [UInt8]) throws(QMPError) {
        guard bytes.count < Int(UInt32.max) else {
            throw QMPError(
                .protocolError, subject: "JSON text", reason: "\(bytes.count) bytes is more than 4 GiB",
                hint: "give a JSON text under 4 GiB")
        }
        var builder = JSONDocumentBuilder()
        try bytes.withUnsafeBufferPointer { (buffer) throws(QMPError) in try builder.parse(buffer) }
        text = bytes
        nodes = builder.nodes
        decoded = builder.decoded
    }

    // MARK: - Reading a node

    /// The kind of `value`.
    public func kind(_ value: Int) -> Kind { nodes[value].kind }

    /// The number of elements of an array or members of an object; 0 for any other value.
    public func count(_ value: Int) -> Int {
        let node = nodes[value]
        return node.kind == .array || node.kind == .object ? Int(node.start) : 0
    }

    /// The elements of an array in order (empty for any other value).
    public func elements(_ array: Int) -> Elements {
        Elements(document: self, first: array + 1, end: nodes[array].kind == .array ? Int(nodes[array].next) : array + 1)
    }

    /// The member `key` of an object (the last one, for a repeated name, as ``JSONValue``
    /// keeps it); `nil` for a missing key or a value that is not an object.
    public func member(_ key: StaticString, of object: Int) -> Int? {
        key.withUTF8Buffer { member(utf8: $0, of: object) }
    }

    /// The member of `object` whose name is the string `key` of `keyDocument` (a name read from
    /// another document); `nil` when there is none.
    public func member(matching key: Int, of keyDocument: JSONDocument, in object: Int) -> Int? {
        keyDocument.withUTF8(of: key) { $0.flatMap { member(utf8: $0, of: object) } }
    }

    private func member(utf8 key: UnsafeBufferPointer<UInt8>, of object: Int) -> Int? {
        var found: Int?
        forEachMember(of: object) { name, value in
            if stringEquals(name, utf8: key) { found = value }
        }
        return found
    }

    /// Calls `body` with the (key, value) indices of each member of an object, in text order,
    /// repeated names included; nothing for any other value.
    @inline(__always)
    public func forEachMember(of object: Int, _ body: (_ key: Int, _ value: Int) -> Void) {
        guard nodes[object].kind == .object else { return }
        var index = object + 1
        let end = Int(nodes[object].next)
        while index < end {
            body(index, index + 1)
            index = Int(nodes[index + 1].next)
        }
    }

    /// The UTF-8 length of a string (0 for any other value).
    public func utf8Count(_ value: Int) -> Int {
        let node = nodes[value]
        guard node.kind == .string else { return 0 }
        return node.escaped ? decoded[Int(node.length)].utf8.count : Int(node.length)
    }

    /// The members of an object as (key, value) indices, in text order, each name once (where it
    /// is repeated, at its last place, with its last value); empty for any other value.
    public func members(_ object: Int) -> [(key: Int, value: Int)] {
        var pairs: [(key: Int, value: Int)] = []
        pairs.reserveCapacity(count(object))
        forEachMember(of: object) { key, value in pairs.append((key, value)) }
        guard pairs.count > 1 else { return pairs }
        // A repeated name keeps its last member: small objects are searched, large ones hashed,
        // so a hostile object of many members stays linear.
        if pairs.count <= 16 {
            return pairs.enumerated().filter { position, pair in
                !pairs[(position + 1)...].contains { stringsEqual(pair.key, self, $0.key) }
            }.map(\.element)
        }
        var last: [String: Int] = [:]
        for (position, pair) in pairs.enumerated() { last[string(pair.key)] = position }
        guard last.count < pairs.count else { return pairs }
        return pairs.enumerated().filter { position, pair in last[string(pair.key)] == position }.map(\.element)
    }

    /// The members of an object by name (the last one of a repeated name): for objects looked up
    /// many times, such as a dump's sections.
    public func memberTable(_ object: Int) -> [String: Int] {
        var table: [String: Int] = [:]
        table.reserveCapacity(count(object))
        forEachMember(of: object) { key, value in table[string(key)] = value }  // the last of a name wins
        return table
    }

    /// The string, or `nil` for any other kind of value.
    public func stringValue(_ value: Int) -> String? {
        nodes[value].kind == .string ? string(value) : nil
    }

    /// The string, or `nil` for a missing value or any other kind of value (a member looked up
    /// by ``member(_:of:)``, without a closure that would hold the document).
    public func stringValue(_ value: Int?) -> String? {
        guard let value else { return nil }
        return stringValue(value)
    }

    /// Any number as a `Double`, or `nil` for a missing value or any other kind of value.
    public func doubleValue(_ value: Int?) -> Double? {
        guard let value else { return nil }
        return doubleValue(value)
    }

    /// The value as a ``JSONValue``, or `nil` for a missing value.
    public func value(_ value: Int?) -> JSONValue? {
        guard let value else { return nil }
        return self.value(value)
    }

    /// The string of a string node.
    func string(_ value: Int) -> String {
        let node = nodes[value]
        if node.escaped { return decoded[Int(node.length)] }
        return String(decoding: text[Int(node.start)..<Int(node.start + node.length)], as: UTF8.self)
    }

    /// Any number as a `Double` (integers above 2⁵³ are rounded), or `nil` for other values.
    public func doubleValue(_ value: Int) -> Double? {
        let node = nodes[value]
        switch node.kind {
        case .int: return Double(Int64(bitPattern: node.payload))
        case .uint: return Double(node.payload)
        case .double: return Double(bitPattern: node.payload)
        default: return nil
        }
    }

    /// True when `value` is the string `literal`; false for any other kind of value.
    public func stringEquals(_ value: Int, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { stringEquals(value, utf8: $0) }
    }

    /// True when the string `value` is `utf8`; false for any other kind of value.
    func stringEquals(_ value: Int, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        withUTF8(of: value) { bytes in
            guard let bytes, bytes.count == utf8.count else { return false }
            guard let base = bytes.baseAddress, let other = utf8.baseAddress else { return true }
            return memcmp(base, other, utf8.count) == 0
        }
    }

    /// True when the strings `value` of this document and `otherValue` of `other` are equal;
    /// false when either is not a string.
    public func stringsEqual(_ value: Int, _ other: JSONDocument, _ otherValue: Int) -> Bool {
        other.withUTF8(of: otherValue) { $0.map { stringEquals(value, utf8: $0) } ?? false }
    }

    /// Calls `body` with the UTF-8 bytes of the string `value` (in place for a plain string, the
    /// decoded text for one with escapes), or with `nil` for any other kind of value.
    func withUTF8<Result>(of value: Int, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        let node = nodes[value]
        guard node.kind == .string else { return body(nil) }
        if node.escaped {
            var decodedText = decoded[Int(node.length)]
            return decodedText.withUTF8 { body($0) }
        }
        return text.withUnsafeBufferPointer { text in
            body(UnsafeBufferPointer(rebasing: text[Int(node.start)..<Int(node.start + node.length)]))
        }
    }

    /// The value as a ``JSONValue`` tree (for a message or a rare comparison).
    public func value(_ value: Int) -> JSONValue {
        let node = nodes[value]
        switch node.kind {
        case .null: return .null
        case .bool: return .bool(node.payload != 0)
        case .int: return .int(Int64(bitPattern: node.payload))
        case .uint: return .uint(node.payload)
        case .double: return .double(Double(bitPattern: node.payload))
        case .string: return .string(string(value))
        case .array: return .array(elements(value).map { self.value($0) })
        case .object:
            var object: [String: JSONValue] = [:]
            for (key, member) in members(value) { object[string(key)] = self.value(member) }
            return .object(object)
        }
    }

    /// The elements of an array, as node indices.
    public struct Elements: Sequence {
        let document: JSONDocument
        let first: Int
        let end: Int

        public func makeIterator() -> Iterator { Iterator(nodes: document.nodes, index: first, end: end) }

        /// Steps from one element to the next over its subtree.
        public struct Iterator: IteratorProtocol {
            let nodes: [Node]
            var index: Int
            let end: Int

            public mutating func next() -> Int? {
                guard index < end else { return nil }
                defer { index = Int(nodes[index].next) }
                return index
            }
        }
    }
}
