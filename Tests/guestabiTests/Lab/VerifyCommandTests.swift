import Foundation
import GuestABI
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `guestabi verify` and `verify merge` as a user (and a CI job) runs them, on the QEMU lab.
@Suite(.serialized) struct VerifyCommandTests {
    static let lab = TestEnvironment.lab
    static let older = "\(lab)/7.2/qemu-system-x86_64"
    static let newer = "\(lab)/10.0.2/qemu-system-x86_64"
    static let isInstalled = FileManager.default.isExecutableFile(atPath: older)
        && FileManager.default.isExecutableFile(atPath: newer)
    static let machines = ["pc-q35-7.2", "pc-i440fx-7.2", "pc-q35-7.1", "pc-i440fx-7.1", "pc-q35-7.0"]
    static var arguments: [String] {
        ["verify", "--from", older, "--to", newer] + machines.flatMap { ["--machine", $0] }
    }

    static func scratch() throws -> String {
        var template = Array("/tmp/guestabi-verify-test-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { $0.baseAddress.flatMap(mkdtemp).map { String(cString: $0) } }
        return try #require(path)
    }

    static func report(_ path: String) throws -> VerifyReport {
        try JSONDecoder().decode(VerifyReport.self, from: try #require(FileManager.default.contents(atPath: path)))
    }

    /// What must be equal between two runs of the same cells (timings are not).
    static func essence(_ report: VerifyReport) -> [String] {
        report.results.map { "\($0.cell.id) \($0.status) \($0.error ?? "-") \($0.predicted?.verdict ?? "-") \($0.outcome.name)" }
    }

    @Test(.enabled(if: isInstalled, "the QEMU lab is not installed"))
    func threeShardsRunAsSeparateProcessesMergeIntoTheUnshardedRun() async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let whole = try CLIRunner.run(Self.arguments + ["--format", "json", "--output", "\(directory)/whole.json"])
        #expect(whole.status == 0, "\(whole.stderr)")
        try await withThrowingTaskGroup(of: CLIRunner.Result.self) { group in
            for index in 1...3 {
                group.addTask {
                    try CLIRunner.run(
                        Self.arguments + ["--shard", "\(index)/3", "--format", "json", "--output", "\(directory)/shard\(index).json"])
                }
            }
            for try await shard in group { #expect(shard.status == 0, "\(shard.stderr)") }
        }
        let merged = try CLIRunner.run(
            ["verify", "merge"] + (1...3).map { "\(directory)/shard\($0).json" } + ["--format", "json", "--output", "\(directory)/merged.json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let expected = try Self.report("\(directory)/whole.json")
        let actual = try Self.report("\(directory)/merged.json")
        #expect(actual.identity == expected.identity)
        #expect(actual.shard == nil)
        #expect(Self.essence(actual) == Self.essence(expected))
        #expect(actual.results.count == Self.machines.count)
        // The same through GitLab CI's variables, and as JUnit.
        let viaCI = try CLIRunner.run(
            Self.arguments + ["--format", "junit"],
            environment: ProcessInfo.processInfo.environment.merging(["CI_NODE_INDEX": "2", "CI_NODE_TOTAL": "3"]) { $1 })
        #expect(viaCI.status == 0, "\(viaCI.stderr)")
        let shard2 = try Self.report("\(directory)/shard2.json")
        #expect(viaCI.stdout.components(separatedBy: "<testcase ").count - 1 == shard2.results.count)
        #expect(viaCI.stdout.contains("shard 2/3"))
    }

    @Test(.enabled(if: isInstalled, "the QEMU lab is not installed"))
    func mergeRefusesShardsOfDifferentRunsAndMissingShards() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let one = try CLIRunner.run(
            ["verify", "--from", Self.older, "--to", Self.newer, "--machine", "pc-q35-7.2", "--machine", "pc-q35-7.1",
             "--shard", "1/2", "--format", "json", "--output", "\(directory)/a1.json"])
        #expect(one.status == 0, "\(one.stderr)")
        let other = try CLIRunner.run(
            ["verify", "--from", Self.older, "--to", Self.newer, "--machine", "pc-q35-7.2", "--machine", "pc-q35-7.1",
             "--memory", "512", "--shard", "2/2", "--format", "json", "--output", "\(directory)/b2.json"])
        #expect(other.status == 0, "\(other.stderr)")
        let mixed = try CLIRunner.run(["verify", "merge", "\(directory)/a1.json", "\(directory)/b2.json"])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("b2.json") && mixed.stderr.contains("another run") && mixed.stderr.contains("--memory 512"))
        let missing = try CLIRunner.run(["verify", "merge", "\(directory)/a1.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("2/2 missing"))
        let notJSON = try CLIRunner.run(["verify", "merge", "/etc/hostname"])
        #expect(notJSON.status == 2 && notJSON.stderr.contains("/etc/hostname"))
    }

    /// aarch64 `virt-7.2` and ppc64 `pseries-7.2` break both ways in the CPU's state. The static
    /// tier reads the CPU's migration state from sources: backward both are `incompatible`
    /// (agreements); forward, aarch64's default CPU model (cortex-a15) migrates the 32-bit PAR in
    /// 7.2.0 that 10.0.2 retypes to an alias for LPAE CPUs (`incompatible`, an agreement on the
    /// same cause), and ppc64's break is the CPU model itself: 10.0.2 pins `default_cpu_type` power9_v2.2 for
    /// pseries-7.2, which in 7.2 inherited power9_v2.0 from the parent's class init, and the
    /// destination's post_load check refuses the DD2.0 PVR for its DD2.2 class, as 10.0.2's
    /// POWER9 match hook says (`incompatible`, an agreement on the same cause).
    @Test(arguments: [
        ("aarch64", "virt-7.2", "incompatible", PredictionOutcome.agreement, "incompatible", PredictionOutcome.agreement),
        ("ppc64", "pseries-7.2", "incompatible", PredictionOutcome.agreement, "incompatible", PredictionOutcome.agreement),
    ])
    func cpuStateBreaksArePredictedOrSaidOutOfScope(
        target: String, machine: String, forward: String, forwardOutcome: PredictionOutcome, backward: String, backwardOutcome: PredictionOutcome
    ) throws {
        let older = "\(Self.lab)/7.2/qemu-system-\(target)"
        let newer = "\(Self.lab)/10.0.2/qemu-system-\(target)"
        try #require(FileManager.default.isExecutableFile(atPath: older) && FileManager.default.isExecutableFile(atPath: newer))
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (from, to, verdict, outcome) in [(older, newer, forward, forwardOutcome), (newer, older, backward, backwardOutcome)] {
            let run = try CLIRunner.run(
                ["verify", "--from", from, "--to", to, "--machine", machine, "--format", "json", "--output", "\(directory)/r.json"])
            #expect(run.status == 1, "\(run.stderr)")
            let result = try #require(try Self.report("\(directory)/r.json").results.first)
            #expect(result.status == .failed)
            #expect(result.error?.contains("cpu") == true, "\(result.error ?? "")")
            #expect(result.predicted?.verdict == verdict, "\(from) → \(to)")
            #expect(result.outcome == outcome, "\(from) → \(to)")
            if outcome == .agreement {
                #expect(try Self.report("\(directory)/r.json").totals.agreementsForAnotherCause == 0, "the state reasons cover a CPU state failure")
            }
        }
    }

    /// The probed tier beside the static one: the 10.0.2 binary probed (by `verify` itself, or
    /// from a probe file), the 7.2 one on the sources (it reports no compat properties). A sample
    /// of machines; every common machine with GUESTABI_FULL_SWEEP=1.
    @Test(.enabled(if: isInstalled, "the QEMU lab is not installed"))
    func theProbedTiersVerdictStandsBesideTheStaticOne() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let full = TestEnvironment.fullSweep
        let selection = full ? ["--all-common", "--jobs", "2"] : ["--machine", "pc-q35-7.2", "--machine", "pc-i440fx-5.2"]
        let probe = try CLIRunner.run(["probe", Self.newer, "--no-builtin-devices", "--format", "json"])
        #expect(probe.status == 0, "\(probe.stderr)")
        try Data(probe.stdout.utf8).write(to: URL(fileURLWithPath: "\(directory)/probe.json"))
        for (from, to) in [(Self.older, Self.newer), (Self.newer, Self.older)] {
            let run = try CLIRunner.run(
                ["verify", "--from", from, "--to", to, "--probe-binaries", "--format", "json", "--output", "\(directory)/r.json"]
                    + selection)
            #expect(run.status == 0, "\(run.stderr)")
            let report = try Self.report("\(directory)/r.json")
            #expect(report.results.count == (full ? report.identity.cellCount : 2))
            for result in report.results {
                let probed = try #require(result.probed, "\(result.cell.id)")
                #expect(probed.tier == "probed")
                #expect(probed.verdict != "none", "\(probed.reasons)")
                #expect(probed.basis.contains("probed binary \(Self.newer) above the sources"), "\(probed.basis)")
                #expect(result.predicted?.tier == "static")
                #expect(result.predicted?.basis.contains("probed") == false)
            }
            let totals = try #require(report.probedTotals)
            #expect(totals.machines == report.results.count)
            #expect(totals.agreements + totals.falseAlarms + totals.misses + totals.undecided == report.results.count)
            #expect(report.identity.options.contains("--probe-binaries"))
        }
        // The same tier from the probe file, as a table and as JUnit.
        let table = try CLIRunner.run(
            ["verify", "--from", Self.older, "--to", Self.newer, "--probe", "\(directory)/probe.json", "--machine", "pc-q35-7.2"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("PROBED OUTCOME"), "\(table.stdout)")
        #expect(table.stdout.contains("probed by: probed tier (check): "), "\(table.stdout)")
        #expect(table.stdout.contains("probed tier vs reality: "), "\(table.stdout)")
        let junit = try CLIRunner.run(
            ["verify", "--from", Self.older, "--to", Self.newer, "--probe", "\(directory)/probe.json", "--machine", "pc-q35-7.2",
             "--format", "junit"])
        #expect(junit.stdout.contains("predicted (static): "), "\(junit.stdout)")
        #expect(junit.stdout.contains("predicted (probed): "), "\(junit.stdout)")
    }

    @Test(.enabled(if: isInstalled, "the QEMU lab is not installed"))
    func aProbeFileOfNeitherBinaryIsBadInput() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let arm = "\(Self.lab)/10.0.2/qemu-system-aarch64"
        try #require(FileManager.default.isExecutableFile(atPath: arm))
        let probe = try CLIRunner.run(["probe", arm, "--no-builtin-devices", "--format", "json"])
        #expect(probe.status == 0, "\(probe.stderr)")
        try Data(probe.stdout.utf8).write(to: URL(fileURLWithPath: "\(directory)/arm.json"))
        let run = try CLIRunner.run(
            ["verify", "--from", Self.older, "--to", Self.newer, "--probe", "\(directory)/arm.json", "--machine", "pc-q35-7.2"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("not of either binary"), "\(run.stderr)")
    }

    @Test(arguments: [
        (["--shard", "4/3", "--machine", "pc"], "4/3"),
        (["--machine", "pc", "--jobs", "0"], "--jobs"),
        (["--guest", "/nonexistent/vmlinuz", "--initrd", "/etc/hostname", "--machine", "pc"], "/nonexistent/vmlinuz"),
        ([String](), "--all-common"),
    ]) func badInputIsNamedWithStatus2(extra: [String], named: String) throws {
        let result = try CLIRunner.run(["verify", "--from", Self.older, "--to", Self.newer] + extra)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(named), "\(result.stderr)")
    }

    @Test func aMissingBinaryIsBadInput() throws {
        let result = try CLIRunner.run(["verify", "--from", "/nonexistent/qemu", "--to", "/nonexistent/qemu", "--machine", "pc"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/qemu"))
    }

    @Test(.enabled(if: isInstalled, "the QEMU lab is not installed"))
    func ctrlCKillsEveryQEMUAndExits130() async throws {
        // A bandwidth limit keeps each migration running long enough to be interrupted.
        let run = try await InterruptedRun.run(
            Self.arguments + ["--max-bandwidth", "100000", "--jobs", "2"], groups: 2, settle: .milliseconds(500))
        #expect(run.status == 130)
        #expect(run.standardError.contains("verify interrupted: stopped"), "\(run.standardError)")
        #expect(run.leftBehind.isEmpty, "left behind: \(run.leftBehind)")
        #expect(run.leftFiles.isEmpty, "\(run.leftFiles)")
    }

    /// Every process: pid, parent, group (from /proc/PID/stat).
    static func processes() -> [(pid: Int32, parent: Int32, group: Int32)] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { name in
            guard let pid = Int32(name), let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            guard let close = text.lastIndex(of: ")") else { return nil }
            let fields = text[text.index(close, offsetBy: 2)...].split(separator: " ")
            guard fields.count > 3, let parent = Int32(fields[1]), let group = Int32(fields[2]) else { return nil }
            return (pid, parent, group)
        }
    }
}
