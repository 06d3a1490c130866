import Foundation
import Testing

/// `guestabi check --to-machine`: the destination started with another machine type, on the
/// embedded registries. The lab run behind it is `MachineNameMigrationTests` (QMPTests).
@Suite struct MachineSwitchCommandTests {
    func check(_ arguments: [String]) throws -> (status: Int32, json: JSONObject) {
        let result = try CLIRunner.run(["check"] + arguments + ["--format", "json"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return (result.status, try JSONObject(result.stdout))
    }

    @Test func on10_0_2Q35_4_0IsAcceptedOn4_0_1WithItsIrqchipChange() throws {
        let (status, json) = try check(["--from", "10.0.2", "--to", "10.0.2", "--machine", "pc-q35-4.0", "--to-machine", "pc-q35-4.0.1"])
        #expect(status == 1)
        let reasons = json["reasons"]?.array ?? []
        #expect(reasons.first?["kind"]?.string == "machine-name")
        #expect(reasons.first?["message"]?.string?.contains("is accepted") == true)
        #expect(reasons.first?["message"]?.string?.contains("migration/savevm.c:386") == true)
        let subjects = reasons.flatMap { $0["entries"]?.array ?? [] }.compactMap { $0["field"]?.string ?? $0["subject"]?.string }
        #expect(subjects == ["default_kernel_irqchip_split"], "\(reasons)")
    }

    @Test func on10_0_2Q35_4_0_1IsRefusedOn4_0() throws {
        let (status, json) = try check(["--from", "10.0.2", "--to", "10.0.2", "--machine", "pc-q35-4.0.1", "--to-machine", "pc-q35-4.0"])
        #expect(status == 1)
        #expect(json["verdict"]?.string == "incompatible")
        #expect(json["reasons"]?.array.compactMap { $0["kind"]?.string } == ["machine-name"])
        #expect(json["reasons"]?.array.first?["message"]?.string?.contains("Machine type received is 'pc-q35-4.0.1' and local is 'pc-q35-4.0'") == true)
    }

    @Test func anUnknownDestinationMachineIsBadInput() throws {
        let result = try CLIRunner.run(["check", "--from", "10.0.2", "--to", "10.2.2", "--machine", "pc-q35-10.0", "--to-machine", "pc-q35-99.0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pc-q35-99.0"))
    }
}
