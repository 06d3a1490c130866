extension ProbedMachine {
    /// Orders machine names so that the numbers in them compare as numbers: `virt-9.2` before
    /// `virt-10.0`, `pc-q35-4.0` before `pc-q35-4.0.1`, `pc-q35-9.2` before `pc-q35-9.10`.
    /// QEMU lists machines in hash-table order; probes sort with this to be deterministic.
    public static func isOrderedBefore(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var i = 0
        var j = 0
        while i < left.count, j < right.count {
            if isDigit(left[i]), isDigit(right[j]) {
                let leftRun = digitRun(left, from: i)
                let rightRun = digitRun(right, from: j)
                let leftDigits = left[leftRun].drop(while: { $0 == UInt8(ascii: "0") })
                let rightDigits = right[rightRun].drop(while: { $0 == UInt8(ascii: "0") })
                if leftDigits.count != rightDigits.count { return leftDigits.count < rightDigits.count }
                if !leftDigits.elementsEqual(rightDigits) { return leftDigits.lexicographicallyPrecedes(rightDigits) }
                i = leftRun.upperBound
                j = rightRun.upperBound
            } else {
                if left[i] != right[j] { return left[i] < right[j] }
                i += 1
                j += 1
            }
        }
        // One is a prefix of the other (numbers compared equal): the shorter comes first,
        // then plain byte order keeps the order total ("01" vs "1").
        if left.count - i != right.count - j { return left.count - i < right.count - j }
        return left.lexicographicallyPrecedes(right)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func digitRun(_ bytes: [UInt8], from start: Int) -> Range<Int> {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return start..<end
    }
}
