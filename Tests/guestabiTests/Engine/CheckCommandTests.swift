import Foundation
import Testing

/// `guestabi check` on the embedded registry: the evidence the engine issue asks for.
@Suite struct CheckCommandTests {
    func check(_ arguments: [String]) throws -> (status: Int32, json: JSONObject) {
        let result = try CLIRunner.run(["check"] + arguments + ["--format", "json"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return (result.status, try JSONObject(result.stdout))
    }

    func kinds(_ json: JSONObject) -> [String] { json["reasons"]?.array.compactMap { $0["kind"]?.string } ?? [] }

    /// For any VM, the one difference is a field read only when the VM is created with default
    /// devices: unknown, saying so; for a VM that names its devices, compatible with the pins
    /// listed.
    @Test func q35_7_2From7_2To10_2IsCompatibleWithItsPinsListed() throws {
        let (anyStatus, anyVM) = try check(["--from", "7.2.0", "--to", "10.2.2", "--machine", "pc-q35-7.2"])
        #expect(anyStatus == 1)
        #expect(anyVM["verdict"]?.string == "unknown")
        let open = anyVM["reasons"]?.array.filter { $0["effect"]?.string != "none" } ?? []
        #expect(open.count == 1)
        #expect(open.first?["because"]?.string?.contains("default devices") == true)
        #expect(open.first?["evidence"]?.array.first?.string?.hasPrefix("system/vl.c:") == true)
        let (status, json) = try check(["--from", "7.2.0", "--to", "10.2.2", "--machine", "pc-q35-7.2", "--device", "e1000e"])
        #expect(status == 0)
        #expect(json["verdict"]?.string == "compatible")
        #expect(json.keys.isSuperset(of: ["from", "to", "target", "machine", "verdict", "tier", "scope", "reasons"]))
        #expect(json["scope"]?.string?.contains("machine-type ABI and migration state read from sources") == true)
        let pinned = try #require(anyVM["reasons"]?.array.first { $0["kind"]?.string == "pinned" })
        let entries = pinned["entries"]?.array ?? []
        #expect(entries.count > 40)
        #expect(entries.contains { $0["driver"]?.string == "e1000e" && $0["property"]?.string == "migrate-timadj" && $0["after"]?.string == "off" })
        #expect(pinned["drivers"]?.array.isEmpty == false)
        #expect(!kinds(json).contains("frozen-compat"))
    }

    @Test func q35_10_0BackTo7_2IsMissingItNeverExistedThere() throws {
        let (status, json) = try check(["--from", "10.2.2", "--to", "7.2.0", "--machine", "pc-q35-10.0"])
        #expect(status == 1)
        #expect(json["verdict"]?.string == "incompatible")
        #expect(kinds(json) == ["missing"])
        #expect(json["reasons"]?.array.first?["message"]?.string?.contains("never existed in 7.2.0") == true)
    }

    @Test func q35_4_2From5_2To10_2IsDeletedByTheLifecycleRule() throws {
        let (status, json) = try check(["--from", "5.2.0", "--to", "10.2.2", "--machine", "pc-q35-4.2"])
        #expect(status == 1)
        #expect(kinds(json) == ["missing"])
        let message = json["reasons"]?.array.first?["message"]?.string ?? ""
        #expect(message.contains("lifecycle"))
        #expect(message.contains("since 10.2.0"))
    }

    /// Every machine type is identical between the two stable releases; only the aarch64 CPU's
    /// migrated register list differs (debug_cp_reginfo), so `virt-*` alone is incompatible.
    @Test func everyMachineButAarch64VirtIsCompatibleBetween10_0_2And10_0_13BothWays() throws {
        let output = try CLIRunner.run(["registry", "list", "--format", "json"])
        #expect(output.status == 0)
        let diff = try JSONObject(try CLIRunner.run(["diff", "10.0.2", "10.0.13", "--format", "json"]).stdout)
        let machines = diff["machines"]?.array ?? []
        #expect(machines.count == 150)
        for (from, to) in [("10.0.2", "10.0.13"), ("10.0.13", "10.0.2")] {
            for machine in machines {
                let name = try #require(machine["name"]?.string)
                let target = try #require(machine["target"]?.string)
                let (status, json) = try check(["--from", from, "--to", to, "--machine", name, "--target", target])
                if target == "aarch64" {
                    #expect(status == 1 && json["verdict"]?.string == "incompatible", "\(from) → \(to) \(target)/\(name)")
                    #expect(kinds(json) == ["migration-state"])
                } else {
                    #expect(status == 0 && json["verdict"]?.string == "compatible", "\(from) → \(to) \(target)/\(name)")
                    #expect(json["reasons"]?.array.isEmpty == true)
                }
            }
        }
    }

    @Test func q35AliasFrom10_0_2To10_2_2NamesDifferentMachines() throws {
        let (status, json) = try check(["--from", "10.0.2", "--to", "10.2.2", "--machine", "q35"])
        #expect(status == 1)
        #expect(kinds(json) == ["alias"])
        #expect(json["reasons"]?.array.first?["message"]?.string?.contains("-machine pc-q35-10.0") == true)
    }

    @Test func textOutputStatesTheScope() throws {
        let result = try CLIRunner.run(["check", "--from", "10.0.2", "--to", "10.0.13", "--machine", "pc-q35-10.0"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("compatible: machine-type ABI identical; the migration state read from sources (CPU; devices when a release is a tree) matches"))
        #expect(result.stdout.contains("tier: sources; scope: machine-type ABI"))
    }

    /// The stable update that changed the aarch64 register list: named with file:line.
    @Test func virt10_0Between10_0_2And10_0_13NamesTheChangedRegisterKeys() throws {
        for (from, to) in [("10.0.2", "10.0.13"), ("10.0.13", "10.0.2")] {
            let (status, json) = try check(["--from", from, "--to", to, "--machine", "virt-10.0", "--target", "aarch64"])
            #expect(status == 1)
            let message = json["reasons"]?.array.first?["message"]?.string ?? ""
            #expect(message.contains("DBGDTR"), "\(message)")
            #expect(message.contains("target/arm/debug_helper.c:"), "\(message)")
        }
    }

    @Test(arguments: [
        (["--from", "9.9.9", "--to", "10.2.2", "--machine", "pc-q35-7.2"], "release not in the registry"),
        (["--from", "7.2.0", "--to", "10.2.2", "--machine", "pc-q35-99.0"], "not a machine registered by 7.2.0"),
        (["--from", "10.2.2", "--to", "7.2.0", "--machine", "pc-q35-4.2"], "no longer registers it"),
        (["--from", "7.2.0", "--to", "10.2.2", "--machine", "virt-7.2"], "give --target"),
        (["--from", "7.2.0", "--to", "10.2.2", "--machine", "pc-q35-7.2", "--target", "sparc"], "unknown target"),
        (["--from", "/nonexistent/file.json", "--to", "10.2.2", "--machine", "pc-q35-7.2"], "no such file or directory"),
    ])
    func badInputExitsTwoWithTheValueAndWhatIsAccepted(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["check"] + arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aDamagedRegistryFileIsReportedWithItsPath() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-bad-\(UUID().uuidString).json")
        try Data(#"{"schema": 1, "qemuVersion": "11.0.0", "machines": 3}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["check", "--from", "10.2.2", "--to", file.path, "--machine", "pc-q35-10.2"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(file.path))
    }
}
