import Foundation
import Testing

/// `guestabi probe` and `vmstate-diff` run as a user runs them, on the lab's x86_64 binaries,
/// and a probe file as the tier above the sources in `check`/`diff`/`matrix`.
@Suite(.serialized) struct ProbeCommandTests {
    static let lab = TestEnvironment.lab
    static let newer = "\(lab)/10.0.2/qemu-system-x86_64"
    static let older = "\(lab)/7.2/qemu-system-x86_64"
    static let available = FileManager.default.isExecutableFile(atPath: newer)
        && FileManager.default.isExecutableFile(atPath: older)

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "guestabi-probe-test-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return path
    }

    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func theProbeFileHasTheShapeTheIssueNames() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CLIRunner.run([
            "probe", Self.newer, "--machine", "pc-q35-7.2", "--machine", "q35", "--format", "json", "--vmstate", directory,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONObject(result.stdout)
        #expect(json.keys.isSuperset(of: ["qemuVersion", "machines", "types", "defaults"]))
        let machines = json["machines"]?.array ?? []
        #expect(machines.compactMap { $0["name"]?.string }.sorted() == ["pc-q35-10.0", "pc-q35-7.2"])
        for machine in machines {
            #expect(machine.keys.isSuperset(of: ["name", "isDefault", "deprecated", "compat", "builtinDevices", "effective"]))
            let devices = machine["builtinDevices"]?.array.compactMap(\.string) ?? []
            #expect(devices.contains("mch") && devices.contains("ICH9-LPC"), "\(devices)")
            let effective = machine["effective"]?.array ?? []
            #expect(effective.count > 1000)
            #expect(effective.allSatisfy { $0["driver"]?.string != nil && $0["property"]?.string != nil })
        }
        let old = try #require(machines.first { $0["name"]?.string == "pc-q35-7.2" })
        // An override of pc-q35-7.2 that the newest machine does not have.
        let cell = old["effective"]?.array.first { $0["driver"]?.string == "e1000e" && $0["property"]?.string == "migrate-timadj" }
        #expect(cell?["value"]?.string == "off" && cell?["origin"]?.string == "compat")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(files == ["qemu-system-x86_64-10.0.2.json"])
    }

    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func aProbeIsATierAboveTheSourcesAndAgreesWithThem() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let probe = try CLIRunner.run(["probe", Self.newer, "--no-builtin-devices", "--format", "json"])
        #expect(probe.status == 0, "\(probe.stderr)")
        let file = directory + "/probe.json"
        try Data(probe.stdout.utf8).write(to: URL(fileURLWithPath: file))
        for machine in ["pc-q35-7.2", "pc-i440fx-7.2"] {
            let sources = try CLIRunner.run(["check", "--from", "7.2.0", "--to", "10.0.2", "--machine", machine, "--format", "json"])
            let probed = try CLIRunner.run(
                ["check", "--from", "7.2.0", "--to", "10.0.2", "--machine", machine, "--format", "json", "--probe", file])
            #expect(probed.status == sources.status, "\(machine): \(probed.stderr)")
            let sourcesJSON = try JSONObject(sources.stdout)
            let probedJSON = try JSONObject(probed.stdout)
            #expect(probedJSON["verdict"]?.string == sourcesJSON["verdict"]?.string, "\(machine)")
            #expect(probedJSON["tier"]?.string?.contains("10.0.2 from probed binary \(Self.newer)") == true)
            #expect(sourcesJSON["scope"]?.string?.contains("probed") == false)
        }
        let matrix = try CLIRunner.run(["matrix", "--release", "7.2.0", "--release", "10.0.2", "--target", "x86_64", "--probe", file])
        #expect(matrix.stdout.contains("tier: probed binaries for 10.0.2"))
        // A binary older than 9.1 cannot stand in for its sources.
        let old = try CLIRunner.run(["probe", Self.older, "--no-builtin-devices", "--format", "json"])
        let oldFile = directory + "/old.json"
        try Data(old.stdout.utf8).write(to: URL(fileURLWithPath: oldFile))
        let refused = try CLIRunner.run(["check", "--from", "7.2.0", "--to", "10.0.2", "--machine", "pc", "--probe", oldFile])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(oldFile): QEMU 7.2.22 does not report compat properties"))
    }

    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func vmstateDiffRefusesBadInputWithStatus2() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let notJSON = directory + "/not.json"
        try Data("{\"a\": ".utf8).write(to: URL(fileURLWithPath: notJSON))
        let broken = try CLIRunner.run(["vmstate-diff", notJSON, notJSON])
        #expect(broken.status == 2 && broken.stderr.contains("\(notJSON): not JSON"))
        let missing = try CLIRunner.run(["vmstate-diff", directory + "/none.json", notJSON])
        #expect(missing.status == 2 && missing.stderr.contains("none.json: cannot read"))
        let noBinary = try CLIRunner.run(["vmstate-diff", notJSON, notJSON, "--machine", "pc"])
        #expect(noBinary.status == 2 && noBinary.stderr.contains("--binary"))
        let badMachine = try CLIRunner.run(["probe", Self.newer, "--machine", "no-such-machine", "--no-builtin-devices"])
        #expect(badMachine.status == 2 && badMachine.stderr.contains("no machine type 'no-such-machine'"))
    }

    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func vmstateDiffScopedExitsByItsVerdict() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for binary in [Self.older, Self.newer] {
            #expect(try CLIRunner.run(["probe", binary, "--machine", "pc-q35-7.2", "--vmstate", directory, "--format", "json"]).status == 0)
        }
        let old = directory + "/qemu-system-x86_64-7.2.22.json"
        let new = directory + "/qemu-system-x86_64-10.0.2.json"
        let parity = try CLIRunner.run(["vmstate-diff", old, new])
        #expect(parity.status == 1 && parity.stdout.contains("17 problems"))
        let scoped = try CLIRunner.run([
            "vmstate-diff", new, old, "--machine", "pc-q35-7.2", "--binary", Self.newer, "--dst-binary", Self.older,
            "--format", "json",
        ])
        #expect(scoped.status == 0, "\(scoped.stdout)\(scoped.stderr)")
        let json = try JSONObject(scoped.stdout)
        #expect(json["verdict"]?.string == "safe")
        #expect(json["findings"]?.array.count ?? 0 > 30)
    }

    /// An interrupt while the probe walks the machines' built-in devices stops every QEMU it
    /// started (each leads its own process group, so the terminal's Ctrl-C does not reach them)
    /// and removes their private directories.
    @Test(.enabled(if: available, "the x86_64 lab binaries are not installed"))
    func anInterruptStopsEveryQEMUOfTheProbe() async throws {
        let run = try await InterruptedRun.run(["probe", Self.newer, "--format", "json"], groups: 1)
        #expect(run.status == 130)
        #expect(run.standardError.contains("probe interrupted: stopped"), "\(run.standardError)")
        #expect(run.leftBehind.isEmpty, "left behind: \(run.leftBehind)")
        #expect(run.leftFiles.isEmpty, "\(run.leftFiles)")
    }
}
