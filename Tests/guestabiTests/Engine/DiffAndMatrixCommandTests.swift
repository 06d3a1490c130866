import Foundation
import GuestABI
import RegistryStore
import Testing

@Suite struct DiffAndMatrixCommandTests {
    @Test func diffOfTwoStableUpdatesIsIdentical() throws {
        let result = try CLIRunner.run(["diff", "10.0.2", "10.0.13"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("150 identical, 0 changed, 0 added, 0 removed"))
    }

    @Test func diffJSONNamesTheSourceOfEachChange() throws {
        let result = try CLIRunner.run(["diff", "7.2.0", "10.2.2", "--machine", "pc-q35-7.2", "--format", "json"])
        #expect(result.status == 1)
        let json = try JSONObject(result.stdout)
        #expect(json["from"]?.string == "7.2.0")
        let machine = try #require(json["machines"]?.array.first)
        #expect(machine.keys.isSuperset(of: ["target", "name", "status", "changes"]))
        #expect(machine["status"]?.string == "changed")
        let changes = machine["changes"]?.array ?? []
        let timadj = try #require(changes.first { $0["property"]?.string == "migrate-timadj" })
        #expect(timadj["kind"]?.string == "added")
        #expect(timadj["source"]?["after"]?["origin"]?.string == "hw_compat_7_2")
        #expect(timadj["source"]?["after"]?["location"]?.string?.hasPrefix("hw/core/machine.c:") == true)
        #expect(changes.contains { $0["field"]?.string == "default_nic_model" && $0["kind"]?.string == "removed" })
    }

    @Test func diffOfAMachineNeitherDefinesIsBadInput() throws {
        let result = try CLIRunner.run(["diff", "7.2.0", "10.2.2", "--machine", "pc-q35-99.9"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pc-q35-99.9"))
    }

    @Test func matrixVerdictsAgreeWithCheckOnEveryRealCell() throws {
        let registries = try EmbeddedRegistry.versions().compactMap { try EmbeddedRegistry.registry($0) }
        #expect(registries.count == 5)
        let matrix = CompatibilityMatrix(registries: registries)
        #expect(matrix.cells.count > 2000)
        for cell in matrix.cells {
            let from = registries[Int(cell.source)]
            let to = registries[Int(cell.destination)]
            let machine = matrix.machines[Int(cell.machine)]
            let verdict = try MigrationCheck(from: from, to: to).verdict(machine: machine.name, target: machine.target)
            #expect(cell.verdict == verdict.verdict, "\(from.qemuVersion) → \(to.qemuVersion) \(machine)")
            #expect(Set(cell.reasonKinds) == Set(verdict.reasons.map(\.kind)), "\(from.qemuVersion) → \(to.qemuVersion) \(machine)")
        }
    }

    @Test func matrixTableAndCSV() throws {
        let table = try CLIRunner.run(["matrix", "--family", "pc-q35"])
        #expect(table.status == 1)
        #expect(table.stdout.contains("pc-q35 (x86_64)"))
        #expect(table.stdout.contains("31/31"))
        let csv = try CLIRunner.run(["matrix", "--release", "10.0.2", "--release", "10.0.13", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "from,to,target,family,machine,verdict,reasons,breaking_entries,listed_entries,message")
        #expect(lines.count == 1 + 2 * 150)
    }

    @Test(arguments: [
        (["matrix", "--release", "10.2.2"], "at least two releases"),
        (["matrix", "--release", "10.2.2", "--release", "10.2.2"], "given twice"),
        (["matrix", "--family", "pc-q99"], "unknown machine family"),
        (["matrix", "--family", "pc-q35", "--target", "x86_64"], "not both"),
    ])
    func matrixBadInput(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
