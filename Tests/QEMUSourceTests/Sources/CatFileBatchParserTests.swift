import Testing

@testable import QEMUSource

extension SourceTreeTests {
    @Suite struct CatFileBatchParserTests {
        static let oid = String(repeating: "a", count: 40)
        /// Answers in every form `git cat-file --batch --follow-symlinks` gives.
        static let output = Array(
            """
            \(oid) blob 6
            10.2.2
            \(oid):hw/none.c missing
            \(oid) tree 0

            \(oid) blob 0

            symlink 13
            ../etc/passwd
            \(oid):a b missing
            dangling 40
            \(oid)
            abc ambiguous
            \(oid) blob 3
            a\nb

            """.utf8
        )
        static let expected: [CatFileObject] = [
            .blob(Array("10.2.2".utf8)), .missing, .notAFile, .blob([]), .notAFile, .missing, .notAFile, .missing,
            .blob(Array("a\nb".utf8)),
        ]

        static func parse(_ bytes: [UInt8], chunkSize: Int) throws -> [CatFileObject] {
            var parser = CatFileBatchParser()
            var objects: [CatFileObject] = []
            var offset = 0
            while true {
                while let object = try parser.next() { objects.append(object) }
                guard offset < bytes.count else { return objects }
                let end = min(offset + chunkSize, bytes.count)
                bytes[offset..<end].withUnsafeBytes { parser.append($0) }
                offset = end
            }
        }

        @Test(arguments: [1, 2, 7, 64, 100_000])
        func parsesEveryAnswerFormWhateverTheChunking(_ chunkSize: Int) throws {
            #expect(try Self.parse(Self.output, chunkSize: chunkSize) == Self.expected)
        }

        @Test func waitsForTheWholeBlobAndItsNewline() throws {
            var parser = CatFileBatchParser()
            Array("\(Self.oid) blob 5\nab".utf8).withUnsafeBytes { parser.append($0) }
            #expect(try parser.next() == nil)
            Array("cde".utf8).withUnsafeBytes { parser.append($0) }
            #expect(try parser.next() == nil)
            Array("\n".utf8).withUnsafeBytes { parser.append($0) }
            #expect(try parser.next() == .blob(Array("abcde".utf8)))
            #expect(try parser.next() == nil)
        }

        @Test(arguments: [
            "fatal: bad revision\n", "\(oid) blob x\nxx\n", "\(oid) blob 2\nabc\n", "one two three four\n",
        ])
        func rejectsOutputOutsideTheProtocol(_ text: String) {
            #expect(throws: CatFileProtocolError.self) { try Self.parse(Array(text.utf8), chunkSize: 1000) }
        }
    }
}
