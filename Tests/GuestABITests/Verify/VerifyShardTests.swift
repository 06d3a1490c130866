import GuestABI
import Testing

@Suite struct VerifyShardTests {
    static let cells = VerifyCell.grid(
        machines: ["pc-q35-10.0", "pc-q35-9.2", "pc-q35-2.4", "pc-i440fx-7.2", "pc-q35-4.0.1", "pc-q35-4.0", "virt-7.2"],
        deviceSets: [[], ["virtio-net-pci", "nvme"]])

    @Test func cellsAreOrderedWithNumbersComparedNumerically() {
        let machines = Self.cells.map(\.machine).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(machines == ["pc-i440fx-7.2", "pc-q35-2.4", "pc-q35-4.0", "pc-q35-4.0.1", "pc-q35-9.2", "pc-q35-10.0", "virt-7.2"])
        #expect(Self.cells.count == 14)
        #expect(Self.cells[0].devices.isEmpty && Self.cells[1].devices == ["virtio-net-pci", "nvme"])
    }

    @Test(arguments: 1...5) func theShardsOfASplitHoldEveryCellExactlyOnce(count: Int) throws {
        var seen: [VerifyCell] = []
        for index in 1...count {
            let part = try VerifyShard(index: index, count: count).select(Self.cells)
            #expect(abs(part.count - Self.cells.count / count) <= 1)
            seen += part
        }
        #expect(seen.count == Self.cells.count)
        #expect(Set(seen) == Set(Self.cells))
    }

    @Test func aShardIsTheSameWhateverOrderTheCellsWereGivenIn() throws {
        let reversed = VerifyCell.grid(
            machines: Self.cells.map(\.machine).reversed(), deviceSets: [["virtio-net-pci", "nvme"], []])
        let shard = try VerifyShard(parsing: "2/3")
        #expect(shard.select(reversed) == shard.select(Self.cells))
        #expect(VerifyCell.digest(reversed) == VerifyCell.digest(Self.cells))
    }

    @Test func theDigestChangesWithTheCells() {
        #expect(VerifyCell.digest(Self.cells) != VerifyCell.digest(Array(Self.cells.dropLast())))
        #expect(VerifyCell.digest(Self.cells).count == 16)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "3", "a/b", "1/2/3", ""]) func aBadShardIsRefusedNamingTheValue(text: String) {
        #expect(throws: GuestABIError.self) { try VerifyShard(parsing: text) }
        do {
            _ = try VerifyShard(parsing: text)
        } catch {
            #expect(error.description.contains("K/N"))
        }
    }

    @Test func gitLabCIsNodeVariablesGiveTheShard() throws {
        let shard = try VerifyShard(environment: ["CI_NODE_INDEX": "2", "CI_NODE_TOTAL": "4"])
        #expect(shard == (try VerifyShard(index: 2, count: 4)))
        #expect(try VerifyShard(environment: ["CI_NODE_INDEX": "2"]) == nil)
        #expect(throws: GuestABIError.self) { try VerifyShard(environment: ["CI_NODE_INDEX": "5", "CI_NODE_TOTAL": "4"]) }
    }

    @Test func aDestinationMachineTypeAndSourceOnlyDevicesAreInTheCellsIdentity() {
        let cell = VerifyCell(machine: "pc-q35-4.0", toMachine: "pc-q35-4.0.1", devices: ["nvme"], sourceOnlyDevices: ["virtio-rng-pci"])
        #expect(cell.id == "pc-q35-4.0→pc-q35-4.0.1 +nvme source+virtio-rng-pci")
        #expect(VerifyCell(machine: "pc-q35-4.0", toMachine: "pc-q35-4.0").toMachine == nil)
    }
}
