/// Writes a ``JSONTree`` as UTF-8 in exactly the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces of indentation per
/// level, `" : "` between key and value, empty containers as `[`, a blank line and `]`, keys
/// sorted by their UTF-8 bytes, and only `"`, `\` and control characters escaped.
struct PrettyJSONWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// The member order of the last object written, reused while objects share their keys.
    private var orderCache = MemberOrderCache()

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The bytes written so far, as a string.
    var text: String {
        String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self)
    }

    /// Appends `tree`, whose first line is already indented by `depth` levels.
    mutating func write(_ tree: JSONTree, depth: Int = 0) {
        switch tree {
        case .string(let string): write(string: string)
        case .number(let number): append(number)
        case .bool(let value): append(value ? "true" : "false")
        case .null: append("null")
        case .deferred(let encoder): write(encoder.value ?? .object(JSONObjectBox()), depth: depth)
        case .array(let array):
            append("[\n")
            var first = true
            for element in array.elements {
                if !first { append(",\n") }
                first = false
                indent(depth + 1)
                write(element, depth: depth + 1)
            }
            append("\n")
            indent(depth)
            append("]")
        case .object(let object):
            append("{\n")
            let members = object.members
            var first = true
            for index in orderCache.order(of: members) {
                if !first { append(",\n") }
                first = false
                indent(depth + 1)
                write(string: members[index].key)
                append(" : ")
                write(members[index].value, depth: depth + 1)
            }
            append("\n")
            indent(depth)
            append("}")
        }
    }

    // MARK: - Bytes

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = grown
        capacity = newCapacity
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (buffer + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    /// Appends `text` as it is.
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func indent(_ depth: Int) {
        let width = 2 * depth
        reserve(width)
        (buffer + count).initialize(repeating: UInt8(ascii: " "), count: width)
        count += width
    }

    /// Appends `string` quoted, escaping `"`, `\` and bytes below 0x20.
    private mutating func write(string: String) {
        append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                appendEscape(of: byte)
                mark = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(of byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case 0x08: append(UInt8(ascii: "b"))
        case 0x0C: append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            append("u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}

/// The order to write an object's members in: one per key (the last set), keys sorted by their
/// UTF-8 bytes. Objects of one type share their keys, so the last order is kept and reused.
struct MemberOrderCache {
    private var keys: [String] = []
    private var order: [Int] = []

    /// The indices of the members to write, in writing order.
    mutating func order(of members: [(key: String, value: JSONTree)]) -> [Int] {
        if members.count == keys.count, members.indices.allSatisfy({ members[$0].key == keys[$0] }) {
            return order
        }
        keys = members.map(\.key)
        let sorted = members.indices.sorted { left, right in
            switch Self.compare(members[left].key, members[right].key) {
            case .less: true
            case .greater: false
            case .equal: left < right
            }
        }
        order = []
        order.reserveCapacity(sorted.count)
        for index in sorted {
            // A key set twice: the last value set wins.
            if let last = order.last, members[last].key == members[index].key {
                order[order.count - 1] = index
            } else {
                order.append(index)
            }
        }
        return order
    }

    private enum Ordering {
        case less, equal, greater
    }

    /// `a` and `b` compared by their UTF-8 bytes.
    private static func compare(_ a: String, _ b: String) -> Ordering {
        var (a, b) = (a, b)
        return a.withUTF8 { a in
            b.withUTF8 { b in
                for index in 0..<min(a.count, b.count) where a[index] != b[index] {
                    return a[index] < b[index] ? .less : .greater
                }
                return a.count < b.count ? .less : a.count > b.count ? .greater : .equal
            }
        }
    }
}
