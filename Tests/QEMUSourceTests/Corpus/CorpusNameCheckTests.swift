import Foundation
import GuestABI
import QEMUSource
import Testing

/// The machine-name check of every corpus tree: a prefix-only `strncmp` at the line the issue
/// cites, and a name-check patch that `git apply --check` accepts and that turns it whole-name.
@Suite(.enabled(if: CorpusTrees.available, "needs scripts/qemu-sources.sh"))
struct CorpusNameCheckTests {
    static let lines = ["5.2.0": 368, "7.2.0": 348, "10.0.2": 386, "10.0.13": 386, "10.2.2": 387]

    static func savevm(_ release: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: "\(CorpusTrees.path(release))/\(NameCheckReader.file)")))
    }

    @Test(arguments: CorpusTrees.releases)
    func everyReleaseComparesAPrefixAtTheLineCited(release: String) throws {
        let check = NameCheckReader.read(try Self.savevm(release))
        #expect(check.rule == .prefix, "\(check)")
        #expect(check.location == SourceLocation(file: "migration/savevm.c", line: Self.lines[release] ?? 0))
        #expect(check.comparison == "strncmp(state->name, current_name, state->len) != 0")
    }

    @Test(arguments: ["10.0.13", "10.2.2"])
    func theNameCheckPatchAppliesAndMakesTheCheckWhole(release: String) throws {
        let bytes = try Self.savevm(release)
        let patch = try #require(try NameCheckPatchGenerator(extensions: []).patch(savevm: bytes, tree: release))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-namecheck-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("migration"), withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(NameCheckReader.file)
        try Data(bytes).write(to: file)
        try Data(patch.utf8).write(to: directory.appendingPathComponent("fix.patch"))
        for arguments in [["apply", "--check", "fix.patch"], ["apply", "fix.patch"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            git.arguments = arguments
            git.currentDirectoryURL = directory
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        let patched = NameCheckReader.read(Array(try Data(contentsOf: file)))
        #expect(patched.rule == .wholeName, "\(patched)")
    }
}
