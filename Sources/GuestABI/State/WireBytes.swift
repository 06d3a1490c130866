/// The bytes fields put on the wire, where the sources say it: fixed-size integers, and unused
/// buffers (`VMSTATE_UNUSED(n)`), which a destination skips whatever they hold. An unused
/// buffer standing where fields of the same total size were is QEMU's documented way of
/// removing state without changing the wire.
enum WireBytes {
    /// Sizes of the standard `vmstate_info_*` integer types.
    static let sizes: [String: Int] = [
        "bool": 1, "int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4, "int64": 8, "uint64": 8,
    ]

    /// Whether `info` is one of QEMU's `vmstate_info_*` (the reader writes others `custom NAME`).
    static func isStandard(_ info: String) -> Bool { !info.hasPrefix("custom ") }

    private enum Element: Equatable {
        case bytes(info: String, count: Int)
        case unused(Int)
        case other(String)
    }

    /// The size a buffer's `size` text gives: a number, or `sizeof(T)` for a type `typeSizes`
    /// knows (``StateScope/typeSizes(scope:)``).
    static func size(_ text: String, typeSizes: [String: Int]) -> Int? {
        if let number = Int(text) { return number }
        let compact = text.filter { !$0.isWhitespace }
        guard compact.hasPrefix("sizeof("), compact.hasSuffix(")") else { return nil }
        return typeSizes[String(compact.dropFirst("sizeof(".count).dropLast())]
    }

    private static func elements(_ fields: [StateField], typeSizes: [String: Int]) -> [Element] {
        fields.map { field in
            let count = field.count.flatMap { Int($0) } ?? (field.count == nil ? 1 : nil)
            if field.info == "unused_buffer", let size = field.size.flatMap({ Self.size($0, typeSizes: typeSizes) }) {
                return .unused(size * (count ?? 1))
            }
            if let info = field.info, let size = sizes[info], let count, !field.flags.contains("VMS_POINTER") {
                return .bytes(info: info, count: size * count)
            }
            return .other(field.wireShape)
        }
    }

    /// Whether `left` and `right` read the same bytes, an unused run matching any run of
    /// fixed-size fields of its length.
    static func equivalent(_ left: [StateField], _ right: [StateField], typeSizes: [String: Int] = [:]) -> Bool {
        var lhs = elements(left, typeSizes: typeSizes)[...]
        var rhs = elements(right, typeSizes: typeSizes)[...]
        while let l = lhs.first, let r = rhs.first {
            switch (l, r) {
            case (.other, .other), (.bytes, .bytes):
                guard l == r else { return false }
                lhs.removeFirst()
                rhs.removeFirst()
            case (.unused(let n), _), (_, .unused(let n)):
                let fromLeft: Bool
                if case .unused = l { fromLeft = true } else { fromLeft = false }
                var other = fromLeft ? rhs : lhs
                var total = 0
                while total < n, let next = other.first {
                    switch next {
                    case .bytes(_, let count), .unused(let count): total += count
                    case .other: return false
                    }
                    other.removeFirst()
                }
                guard total == n else { return false }
                if fromLeft {
                    lhs.removeFirst()
                    rhs = other
                } else {
                    rhs.removeFirst()
                    lhs = other
                }
            default:
                return false
            }
        }
        return lhs.isEmpty && rhs.isEmpty
    }
}
