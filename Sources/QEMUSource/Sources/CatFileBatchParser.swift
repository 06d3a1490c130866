/// One answer of `git cat-file --batch`.
enum CatFileObject: Equatable, Sendable {
    /// A blob and its bytes.
    case blob([UInt8])
    /// The name does not resolve (`<name> missing`), or is ambiguous.
    case missing
    /// The name resolves to something that is not a file: a tree, a submodule commit, or (with
    /// `--follow-symlinks`) a link that leaves the repository, dangles or loops.
    case notAFile
}

/// Parses the output of `git cat-file --batch [--follow-symlinks]` from chunks as they arrive.
///
/// Each answer is one of
/// - `<oid> SP <type> SP <size> LF <size bytes> LF` (an object),
/// - `<word> SP <size> LF <size bytes> LF` (`symlink`, `dangling`, `loop`, `notdir`),
/// - `<name> SP missing LF` or `<name> SP ambiguous LF`.
struct CatFileBatchParser {
    private var buffer: [UInt8] = []
    private var start = 0

    /// Adds bytes read from git's standard output.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        // Drop what has been consumed once that is at least half the buffer, so copying stays amortised O(1).
        if start > 0, start >= buffer.count - start {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: chunk)
    }

    /// The next complete answer, or `nil` when more bytes are needed.
    ///
    /// Throws a description of the problem when the output does not follow the protocol.
    mutating func next() throws(CatFileProtocolError) -> CatFileObject? {
        guard let lineEnd = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = buffer[start..<lineEnd]
        if header.hasSuffix(" missing") || header.hasSuffix(" ambiguous") {
            start = lineEnd + 1
            return .missing
        }
        let fields = header.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3, let size = Self.decimal(fields[fields.count - 1]) else {
            throw CatFileProtocolError(header: String(decoding: header, as: UTF8.self))
        }
        let contentStart = lineEnd + 1
        let contentEnd = contentStart + size
        guard contentEnd < buffer.count else { return nil }
        guard buffer[contentEnd] == UInt8(ascii: "\n") else {
            throw CatFileProtocolError(header: String(decoding: header, as: UTF8.self))
        }
        let isBlob = fields.count == 3 && fields[1].elementsEqual("blob".utf8)
        let object: CatFileObject = isBlob ? .blob(Array(buffer[contentStart..<contentEnd])) : .notAFile
        start = contentEnd + 1
        return object
    }

    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}

/// Output of `git cat-file --batch` that does not follow its protocol.
struct CatFileProtocolError: Error, Equatable {
    /// The header line that could not be understood.
    var header: String
}

extension ArraySlice<UInt8> {
    fileprivate func hasSuffix(_ suffix: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return count >= tail.count && self.suffix(tail.count).elementsEqual(tail)
    }
}
