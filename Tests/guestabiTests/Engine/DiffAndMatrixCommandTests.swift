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
        // default_nic_model became default_nic with the same value across pc-q35: noted once as
        // a rename, not as a removal and an addition on each machine.
        #expect(!changes.contains { $0["field"]?.string == "default_nic_model" || $0["field"]?.string == "default_nic" })
        let rename = try #require(json["renames"]?.array.first { $0["before"]?.string == "default_nic_model" })
        #expect(rename["after"]?.string == "default_nic")
        #expect(rename["family"]?.string == "pc-q35")
        #expect(rename["machines"]?.array.contains { $0.string == "pc-q35-7.2" } == true)
    }

    /// pc-q35-2.11's default NIC: `default_nic = "e1000"` in `pc_q35_machine_2_11_options`
    /// (10.0.2) is `default_nic_model = "e1000"` in `pc_q35_2_11_machine_options` (7.2.0): the
    /// trees renamed the field and the function; the diff notes it once for the family.
    @Test func aRenamedFieldIsNotedOnceNotPerMachine() throws {
        let result = try CLIRunner.run(["diff", "10.0.2", "7.2.0", "--target", "x86_64"])
        let renames = result.stdout.split(separator: "\n").filter { $0.hasPrefix("renamed") }
        // One line per family (pc-q35, pc-i440fx, xenfv), none per machine.
        #expect(renames.count == 3, "\(renames)")
        #expect(renames.contains { $0.contains("x86_64/default_nic → default_nic_model") && $0.contains("pc-q35 machines") })
        #expect(renames.contains { $0.contains("pc-i440fx machines") })
        #expect(!result.stdout.contains("- default_nic = "))
    }

    @Test func diffOfAMachineNeitherDefinesIsBadInput() throws {
        let result = try CLIRunner.run(["diff", "7.2.0", "10.2.2", "--machine", "pc-q35-99.9"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pc-q35-99.9"))
    }

    @Test func matrixVerdictsAgreeWithCheckOnEveryRealCell() throws {
        let registries = try EmbeddedRegistry.versions().compactMap { try EmbeddedRegistry.registry($0) }
        #expect(registries.count == 5)
        // With the embedded state models, as the commands run them: one rule for both.
        var models: [QEMUVersion: StateModel] = [:]
        for registry in registries { models[registry.qemuVersion] = try EmbeddedStateModel.model(registry.qemuVersion) }
        #expect(models.count == 5)
        let matrix = CompatibilityMatrix(registries: registries, stateModels: models)
        #expect(matrix.cells.count > 2000)
        #expect(matrix.cells.contains { $0.reasonKinds.contains(.migrationState) })
        var producers: [[Int]: StateReasonProducer] = [:]
        for cell in matrix.cells {
            let from = registries[Int(cell.source)]
            let to = registries[Int(cell.destination)]
            let machine = matrix.machines[Int(cell.machine)]
            let pair = [Int(cell.source), Int(cell.destination)]
            if producers[pair] == nil {
                producers[pair] = StateReasonProducer(StateDiff(models[from.qemuVersion]!, models[to.qemuVersion]!))
            }
            let verdict = try MigrationCheck(from: from, to: to, extra: [producers[pair]!]).verdict(machine: machine.name, target: machine.target)
            #expect(cell.verdict == verdict.verdict, "\(from.qemuVersion) → \(to.qemuVersion) \(machine)")
            #expect(Set(cell.reasonKinds) == Set(verdict.reasons.map(\.kind)), "\(from.qemuVersion) → \(to.qemuVersion) \(machine)")
        }
    }

    @Test func matrixTableAndCSV() throws {
        let table = try CLIRunner.run(["matrix", "--family", "pc-q35"])
        #expect(table.status == 1)
        #expect(table.stdout.contains("pc-q35 (x86_64)"))
        #expect(table.stdout.contains("31/31"))
        // Every machine type is identical between the two stable updates; the aarch64 CPU's
        // register list is not (issue 11), so the aarch64 cells alone are incompatible.
        let csv = try CLIRunner.run(["matrix", "--release", "10.0.2", "--release", "10.0.13", "--format", "csv"])
        #expect(csv.status == 1)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "from,to,target,family,machine,verdict,reasons,effects,breaking_entries,listed_entries,message")
        #expect(lines.count == 1 + 2 * 150)
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields[2] == "aarch64" {
                #expect(fields[5] == "incompatible" && fields[6] == "migration-state", "\(line)")
            } else {
                #expect(fields[5] == "compatible", "\(line)")
            }
        }
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
