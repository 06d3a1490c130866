import Foundation
import Testing

/// `guestabi lint --git-dir D --ref R --base-ref B`: the CI gate between two commits of a real
/// tree, read straight from git without a checkout.
@Suite(.serialized) struct LintGitRefsTests {
    static let corpus = TestEnvironment.corpus

    static func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=guestabi tests", "-c", "user.email=tests@guestabi.invalid"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test func aFrozenArrayEditBetweenTwoCommitsFailsTheGate() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-lint-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.copyItem(atPath: "\(Self.corpus)/10.2.2", toPath: repository.path)
        try Self.git(["init", "-q"], in: repository)
        try Self.git(["add", "-A"], in: repository)
        try Self.git(["commit", "-q", "-m", "10.2.2"], in: repository)
        let machine = repository.appendingPathComponent("hw/core/machine.c")
        let text = try String(contentsOf: machine, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "GlobalProperty hw_compat_9_2[] = {\n", with: "GlobalProperty hw_compat_9_2[] = {\n    { \"virtio-net-pci\", \"x-late\", \"off\" },\n")
        #expect(edited != text)
        try edited.write(to: machine, atomically: true, encoding: .utf8)
        try Self.git(["commit", "-q", "-am", "hw: add a property to a frozen array"], in: repository)

        let gitDir = repository.appendingPathComponent(".git").path
        let result = try CLIRunner.run(["lint", "--git-dir", gitDir, "--ref", "HEAD", "--base-ref", "HEAD~1", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let findings = try JSONObject(result.stdout).array
        let new = findings.filter { $0["baseline"]?.string == "new" }
        #expect(new.compactMap { $0["ruleID"]?.string } == ["GA001"])
        #expect(new.first?["message"]?.string?.contains("hw_compat_9_2 (frozen since 10.0.0)") == true)
        // The 25 GA007 notes of 10.2.2, and its GA009 note: the name check compares a prefix.
        let existing = findings.filter { $0["baseline"]?.string == "existing" }.compactMap { $0["ruleID"]?.string }
        #expect(existing.filter { $0 == "GA007" }.count == 25)
        #expect(existing.filter { $0 != "GA007" } == ["GA009"])

        // The base against itself: nothing new, the gate passes.
        let clean = try CLIRunner.run(["lint", "--git-dir", gitDir, "--ref", "HEAD~1", "--base-ref", "HEAD~1"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let unknown = try CLIRunner.run(["lint", "--git-dir", gitDir, "--ref", "HEAD", "--base-ref", "no-such-ref"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no-such-ref"))
    }
}
