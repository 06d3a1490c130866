import Testing

@testable import QEMUSource

extension SourceTreeTests {
    @Suite struct SourcePathTests {
        @Test(arguments: [
            ("hw/i386/pc_q35.c", "hw/i386/pc_q35.c"),
            ("./hw//i386/./pc_q35.c", "hw/i386/pc_q35.c"),
            ("hw/i386/", "hw/i386"),
            ("", ""),
            (".", ""),
            ("./", ""),
            ("a b/c:d.c", "a b/c:d.c"),
        ])
        func normalizes(_ path: String, _ expected: String) throws {
            #expect(try SourcePath.normalized(path, in: "tree") == expected)
        }

        @Test(arguments: ["/hw", "..", "hw/../x", "a\nb", "a\u{0}b"])
        func rejects(_ path: String) {
            let error = #expect(throws: QEMUSourceError.self) { try SourcePath.normalized(path, in: "tree") }
            #expect(error?.code == .invalidPath)
            #expect(error?.subject == "tree: '\(path)'")
        }

        @Test func matchesSuffixesByBytes() {
            #expect(SourcePath.hasSuffix("hw/pc.c", in: [".c", ".h"]))
            #expect(SourcePath.hasSuffix("hw/pc.c", in: []))
            #expect(!SourcePath.hasSuffix("hw/pc.cc", in: [".c", ".h"]))
            #expect(!SourcePath.hasSuffix("c", in: [".c"]))
            #expect(
                ["b", "a/b", "a-b", "a.b", "A"].sorted(by: SourcePath.precedes) == ["A", "a-b", "a.b", "a/b", "b"])
        }
    }
}
