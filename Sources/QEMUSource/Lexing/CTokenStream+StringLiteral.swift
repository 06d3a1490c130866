/// The values of string literals: what `"virtio-net-pci"` means, with escapes decoded.
extension CTokenStream {
    /// The contents of the string literal `token` with escapes decoded, or `nil` if `token` is not
    /// a ``CToken/Kind/string``.
    ///
    /// Decodes `\"`, `\\`, `\'`, `\?`, `\a \b \e \f \n \r \t \v`, `\xNN`, octal `\NNN`, `\uNNNN`
    /// and `\UNNNNNNNN`; continuations are removed first, and an unknown escape stands for its
    /// character. The encoding prefix is dropped and bytes are read as UTF-8. An unterminated
    /// literal yields what it holds up to the end of its line.
    package func stringLiteralValue(_ token: CToken) -> String? {
        guard token.kind == .string else { return nil }
        let source = logicalBytes(token)
        guard var p = source.firstIndex(of: CByte.doubleQuote) else { return nil }
        p += 1
        var value: [UInt8] = []
        value.reserveCapacity(source.count)
        while p < source.count {
            let byte = source[p]
            if byte == CByte.doubleQuote { break }
            p += 1
            if byte != CByte.backslash {
                value.append(byte)
            } else if p < source.count {
                p = Self.decodeEscape(in: source, at: p, into: &value)
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// Decodes the escape whose letter is at `source[p]` (just after the backslash), appending its
    /// bytes to `value`. Returns the index after the escape.
    private static func decodeEscape(in source: [UInt8], at p: Int, into value: inout [UInt8]) -> Int {
        let letter = source[p]
        switch letter {
        case UInt8(ascii: "n"): value.append(0x0A)
        case UInt8(ascii: "t"): value.append(0x09)
        case UInt8(ascii: "r"): value.append(0x0D)
        case UInt8(ascii: "a"): value.append(0x07)
        case UInt8(ascii: "b"): value.append(0x08)
        case UInt8(ascii: "f"): value.append(0x0C)
        case UInt8(ascii: "v"): value.append(0x0B)
        case UInt8(ascii: "e"), UInt8(ascii: "E"): value.append(0x1B)
        case UInt8(ascii: "x"):
            var q = p + 1
            var code: UInt32 = 0
            while q < source.count, let digit = CByte.hexValue(source[q]) {
                code = (code &<< 4) | digit
                q += 1
            }
            if q == p + 1 {
                value.append(letter)  // `\x` without digits: keep the letter, as GCC does after its error
            } else {
                value.append(UInt8(truncatingIfNeeded: code))
            }
            return q
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var q = p
            var code: UInt32 = 0
            while q < source.count, q < p + 3, let digit = CByte.octalValue(source[q]) {
                code = code << 3 | digit
                q += 1
            }
            value.append(UInt8(truncatingIfNeeded: code))
            return q
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let width = letter == UInt8(ascii: "u") ? 4 : 8
            var q = p + 1
            var code: UInt32 = 0
            while q < source.count, q < p + 1 + width, let digit = CByte.hexValue(source[q]) {
                code = (code &<< 4) | digit
                q += 1
            }
            guard q == p + 1 + width, let scalar = Unicode.Scalar(code) else {
                value.append(letter)
                return p + 1
            }
            value.append(contentsOf: String(scalar).utf8)
            return q
        default:
            value.append(letter)  // \" \\ \' \? and unknown escapes stand for themselves
        }
        return p + 1
    }
}
