import Foundation
import Testing

/// `guestabi bugfix verify` as a maintainer runs it: bad input is exit 2 with the bad value
/// and what is accepted, nothing on standard output; the lab's unpatched binary given as a
/// patched branch is exit 1 with the machine it lacks, in text and JSON.
@Suite(.serialized) struct BugfixVerifyCommandTests {
    static let lab = TestEnvironment.lab
    static let newer = "\(lab)/10.0.2/qemu-system-x86_64"
    static let isInstalled = FileManager.default.isExecutableFile(atPath: newer)

    /// The issue's plan for branch 10.0 (as `bugfix plan --format json` writes it, trimmed).
    static let plan = """
        {"fix": {"title": "virtio-net-pci: advertise AER", "compat": [{"driver": "virtio-net-pci", "property": "aer", "old": "off", "new": "on"}], "classFacts": []},
         "master": "11.0.0", "branches": {"10.0": "10.0.14"},
         "machines": [{"name": "pc-q35-10.0.14", "family": "pc-q35", "target": "x86_64", "branch": "10.0", "version": "10.0.14",
                       "base": "pc-q35-10.0", "before": "pc-q35-10.1", "definedIn": ["10.0", "master"], "abiFrom": "10.0.13",
                       "abi": {"virtio-net-pci.aer": "on"}, "classFacts": {}}],
         "holes": [], "releaseOrder": ["11.0.0", "10.0.14"], "policy": []}
        """

    static func planFile() throws -> (directory: String, plan: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-bverify-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let path = directory + "/plan.json"
        try Data(Self.plan.utf8).write(to: URL(fileURLWithPath: path))
        return (directory, path)
    }

    @Test(arguments: [
        (["--binary", "10.1=/bin/sh"], "the plan has no branch '10.1' (it has: 10.0, master)"),
        (["--binary", "10.0"], "'10.0': expected BRANCH=QEMU"),
        (["--binary", "10.0=/nonexistent/qemu"], "/nonexistent/qemu is not an executable file"),
        (["--binary", "10.0=/bin/sh", "--binary", "10.0=/bin/sh"], "branch 10.0 given twice"),
        ([], "give at least one --binary BRANCH=QEMU"),
        (["--binary", "10.0=/bin/sh", "--baseline", "9.2=/bin/sh"], "--baseline '9.2=/bin/sh': the plan has no branch '9.2'"),
    ])
    func badInputIsExitTwoWithTheBadValue(arguments: [String], message: String) throws {
        let (directory, plan) = try Self.planFile()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CLIRunner.run(["bugfix", "verify", "--plan", plan] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFileThatIsNotAPlanIsExitTwo() throws {
        let (directory, _) = try Self.planFile()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fix = directory + "/fix.json"
        try Data(#"{"title": "x", "compat": []}"#.utf8).write(to: URL(fileURLWithPath: fix))
        let result = try CLIRunner.run(["bugfix", "verify", "--plan", fix, "--binary", "10.0=/bin/sh"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(fix): missing 'fix'"), "\(result.stderr)")
    }

    @Test(.enabled(if: isInstalled, "the QEMU lab is not installed"))
    func anUnpatchedBinaryIsExitOneNamingTheMachine() throws {
        let (directory, plan) = try Self.planFile()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try CLIRunner.run(["bugfix", "verify", "--plan", plan, "--binary", "10.0=\(Self.newer)"])
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.contains("FAIL    registered      pc-q35-10.0.14\n        NOT registered by 10.0 (QEMU 10.0.2)"), "\(text.stdout)")
        #expect(text.stdout.hasSuffix("1 of 3 checks fail (0 pass, 0 warn, 2 skipped, 1 fail)\n"), "\(text.stdout)")
        let json = try CLIRunner.run(["bugfix", "verify", "--plan", plan, "--binary", "10.0=\(Self.newer)", "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["holds"] as? Bool == false)
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.map { "\($0["kind"] ?? "") \($0["status"] ?? "")" } == ["registered fail", "same-abi skipped", "migrates skipped"])
    }
}
