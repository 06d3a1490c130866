import Foundation
import GuestABI
import QEMUSource
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Damaged and hostile trees (issue 12): each is the `new-generation` fixture copied into a
/// private temp dir with one thing done to it. Extraction never traps, never blocks, never
/// calls such a tree complete, and says where the problem is.
@Suite struct HostileTreeTests {
    /// One way to damage the fixture tree, and the diagnostic it must give.
    struct Damage: Sendable, CustomTestStringConvertible {
        var name: String
        /// The damaged file.
        var file: String
        /// A fragment of the diagnostic's message.
        var fragment: String
        var line = 1
        var apply: @Sendable (String) throws -> Void

        var testDescription: String { name }
    }

    static let family = "hw/i386/pc_q35.c"
    static let header = "include/hw/i386/pc.h"

    /// Replaces `path` of the tree at `root` with what `make` creates at the absolute path.
    static func replace(_ path: String, in root: String, _ make: (String) throws -> Void) throws {
        let absolute = root + "/" + path
        try FileManager.default.removeItem(atPath: absolute)
        try make(absolute)
    }

    static func write(_ text: String, to path: String, in root: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }

    static func fifo(_ path: String) throws {
        guard mkfifo(path, 0o600) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
    }

    static func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
    }

    static let damages: [Damage] = [
        Damage(name: "family file is '#include \"'", file: family, fragment: "unterminated string literal") {
            try write("#include \"", to: family, in: $0)
        },
        Damage(name: "header is '#include \"'", file: header, fragment: "unterminated string literal") {
            try write("#include \"", to: header, in: $0)
        },
        Damage(name: "family file is a FIFO", file: family, fragment: "is a FIFO, not a regular file") {
            try replace(family, in: $0, fifo)
        },
        Damage(name: "header is a FIFO", file: header, fragment: "is a FIFO, not a regular file") {
            try replace(header, in: $0, fifo)
        },
        Damage(name: "family file is a directory", file: family, fragment: "is a directory, not a regular file") {
            try replace(family, in: $0) { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        },
        Damage(name: "family file is a dangling link", file: family, fragment: "dangling symbolic link (to 'gone.c')") {
            try replace(family, in: $0) { try link($0, to: "gone.c") }
        },
        Damage(name: "family file is a link loop", file: family, fragment: "symbolic link that loops") {
            try replace(family, in: $0) { try link($0, to: "pc_q35.c") }
        },
        Damage(name: "family file links to /dev/zero", file: family, fragment: "leading outside the tree (to '/dev/zero')") {
            try replace(family, in: $0) { try link($0, to: "/dev/zero") }
        },
        Damage(name: "family file is empty", file: family, fragment: "is empty") { try write("", to: family, in: $0) },
        Damage(name: "included header is empty", file: header, fragment: "is empty") { try write("", to: header, in: $0) },
        Damage(name: "a .c file under hw/ is empty", file: "hw/core/qdev.c", fragment: "is empty") {
            try write("", to: "hw/core/qdev.c", in: $0)
        },
        Damage(name: "a .c file under hw/ is a FIFO", file: "hw/core/qdev.c", fragment: "is a FIFO") {
            try replace("hw/core/qdev.c", in: $0, fifo)
        },
        Damage(name: "family file is over the size budget", file: family, fragment: "MB, more than the 16 MB") {
            // Sparse: the size is what fstat reports, nothing is written.
            try replace(family, in: $0) { path in
                #expect(FileManager.default.createFile(atPath: path, contents: nil))
                #expect(truncate(path, off_t(SourceBudget.maximumFileSize + 1)) == 0)
            }
        },
        Damage(name: "a 50 MB string literal", file: family, fragment: "is 50 MB, more than the 16 MB") {
            // Written out, unlike the sparse file above: the size check comes before any read.
            let literal = [UInt8]("static const char *huge = \"".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
            try Data(literal + Array("\";\n".utf8)).write(to: URL(fileURLWithPath: $0 + "/" + family))
        },
        Damage(name: "a 1.1 MB string literal", file: family, fragment: "a token of", line: 2) {
            try write("/* long */\nstatic const char *s = \"" + String(repeating: "a", count: 1_100_000) + "\";\n", to: family, in: $0)
        },
        Damage(name: "5,000 nested braces", file: family, fragment: "nested more than 256 deep", line: 3) {
            try write("/* deep */\nstatic void f(void)\n" + String(repeating: "{", count: 5000) + String(repeating: "}", count: 5000), to: family, in: $0)
        },
        Damage(name: "a macro that grows exponentially", file: family, fragment: "macro expansion") {
            let definitions = "#define G0(x) x x\n" + (1..<40).map { "#define G\($0)(x) G\($0 - 1)(G\($0 - 1)(x))\n" }.joined()
            let text = try String(contentsOfFile: $0 + "/" + family, encoding: .utf8)
                .replacingOccurrences(of: "DEFINE_Q35_MACHINE_AS_LATEST(10, 2);", with: definitions + "DEFINE_Q35_MACHINE_AS_LATEST(10, G39(2));")
            try write(text, to: family, in: $0)
        },
        Damage(name: "600 machine definitions", file: family, fragment: "more than \(SourceBudget.maximumDefinitionsPerFile) machine definitions") {
            let text = try String(contentsOfFile: $0 + "/" + family, encoding: .utf8)
                + "#define DEFINE_TINY_MACHINE(n) static int tiny_ ## n;\n"
                + (1...600).map { "DEFINE_TINY_MACHINE(\($0));\n" }.joined()
            try write(text, to: family, in: $0)
        },
    ]

    /// A private copy of the fixture tree, damaged.
    static func damagedTree(_ damage: Damage) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        try FileManager.default.copyItem(atPath: ExtractionFixture.path("new-generation"), toPath: root + "/tree")
        try write("/* an ordinary device */\nstatic void qdev_init(void) {}\n", to: "hw/core/qdev.c", in: root + "/tree")
        try damage.apply(root + "/tree")
        return root
    }

    @Test(arguments: damages)
    func damageIsAnErrorAtItsFileAndTheTreeIsIncomplete(_ damage: Damage) async throws {
        let root = try Self.damagedTree(damage)
        defer { try? FileManager.default.removeItem(atPath: root) }

        let registry = try await TreeExtractor(tree: try DirectoryTree(root: root + "/tree")).extract()

        #expect(!registry.complete)
        let matching = registry.diagnostics.filter { $0.location.file == damage.file && $0.message.contains(damage.fragment) }
        #expect(matching.first?.severity == .error, "diagnostics: \(registry.diagnostics)")
        if damage.line != 1 { #expect(matching.first?.location.line == damage.line, "diagnostics: \(matching)") }
    }

    /// 100,000 machine definitions in the family file's own style (an options function each,
    /// then `DEFINE_Q35_MACHINE(n, 0)`): the one past the budget is the only error, at its line;
    /// lexing ends there (no token of a later line), and the extraction costs about what the
    /// undamaged tree's does (work per definition over the whole file would cost seconds).
    @Test func hundredThousandDefinitionsAreCutAtTheBudgetInLinearTime() async throws {
        let fixtureText = try String(contentsOfFile: ExtractionFixture.path("new-generation") + "/" + Self.family, encoding: .utf8)
        var lines = fixtureText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var definitions = lines.filter { $0.hasPrefix("DEFINE_") }.count
        let fixtureDefinitions = definitions
        var cutLine = 0
        for major in stride(from: 100_000, to: 0, by: -1) {
            lines += ["static void pc_q35_machine_\(major)_0_options(MachineClass *m)", "{", "    pc_q35_machine_10_2_options(m);", "}", ""]
            lines.append("DEFINE_Q35_MACHINE(\(major), 0);")
            definitions += 1
            if definitions == SourceBudget.maximumDefinitionsPerFile + 1 { cutLine = lines.count }
            lines.append("")
        }
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let root = try Self.damagedTree(Damage(name: "definitions", file: Self.family, fragment: "") {
            try Data(bytes).write(to: URL(fileURLWithPath: $0 + "/" + Self.family))
        })
        let plainRoot = try Self.damagedTree(Damage(name: "none", file: "", fragment: "") { _ in })
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: plainRoot)
        }
        let clock = ContinuousClock()

        let plain = try await clock.measure { _ = try await TreeExtractor(tree: try DirectoryTree(root: plainRoot + "/tree")).extract() }
        let start = clock.now
        let registry = try await TreeExtractor(tree: try DirectoryTree(root: root + "/tree")).extract()
        let extraction = clock.now - start
        let stream = CTokenizer(bytes: bytes, file: Self.family).tokenize()

        #expect(!registry.complete)
        let cuts = registry.diagnostics.filter { $0.severity == .error }
        #expect(cuts.map(\.location) == [SourceLocation(file: Self.family, line: cutLine)], "diagnostics: \(registry.diagnostics)")
        #expect(cuts.first?.message.contains("more than \(SourceBudget.maximumDefinitionsPerFile) machine definitions") == true)
        let added = registry.machines.filter { $0.version.major >= 10_000 }
        #expect(added.count == SourceBudget.maximumDefinitionsPerFile - fixtureDefinitions, "machines: \(registry.machines.map(\.name))")
        #expect(stream.tokens.last.map { $0.line < cutLine } == true, "lexing went on to line \(stream.tokens.last?.line ?? 0)")
        #expect(extraction < plain * 4 + .seconds(2), "100,000 definitions took \(extraction), the undamaged tree \(plain)")
    }

    @Test func anUndamagedCopyIsComplete() async throws {
        let root = try Self.damagedTree(Damage(name: "none", file: "", fragment: "") { _ in })
        defer { try? FileManager.default.removeItem(atPath: root) }

        let registry = try await TreeExtractor(tree: try DirectoryTree(root: root + "/tree")).extract()

        #expect(registry.complete, "diagnostics: \(registry.diagnostics)")
    }

    /// `VERSION` is read directly: anything but a regular file fails the read, naming it.
    @Test(arguments: ["fifo", "device", "loop"])
    func versionThatIsNoFileIsAnErrorNamingIt(kind: String) async throws {
        let root = try Self.damagedTree(Damage(name: kind, file: "", fragment: "") { tree in
            try Self.replace("VERSION", in: tree) { path in
                switch kind {
                case "fifo": try Self.fifo(path)
                case "device": try Self.link(path, to: "/dev/urandom")
                default: try Self.link(path, to: "VERSION")
                }
            }
        })
        defer { try? FileManager.default.removeItem(atPath: root) }

        let tree = try DirectoryTree(root: root + "/tree")
        await #expect {
            _ = try await TreeExtractor(tree: tree).extract()
        } throws: { error in
            (error as? QEMUSourceError).map { $0.code == .unreadableFile && $0.subject.hasSuffix("/VERSION") } == true
        }
    }

    /// Inputs the fuzzer found or the issue lists, straight into the tokenizer: never a trap.
    @Test(arguments: [
        "#include \"", "#include \"a\n#include \"", "#define X(\n", "\"", "'", "/*", "#", "#define", "#if (", "\\\n\\",
        "#include \"\\x41414141414141414141414141414141.h\"", "#include \"\\1234567\"",
    ])
    func truncatedSourceTokenizes(_ text: String) async throws {
        let root = try Self.damagedTree(Damage(name: "text", file: Self.family, fragment: "") { try Self.write(text, to: Self.family, in: $0) })
        defer { try? FileManager.default.removeItem(atPath: root) }

        let registry = try await TreeExtractor(tree: try DirectoryTree(root: root + "/tree")).extract()

        // The only family file of the fixture is gone: nothing may read as a machine.
        #expect(registry.machines.isEmpty)
    }
}
