import GuestABI
import Testing

@Suite struct CompatibilityMatrixTests {
    /// Every cell of the matrix must agree with the single-machine check: for any VM and for
    /// concrete ones, with renamed fields and class fields whose reads are known.
    @Test(arguments: [nil, ["e1000e"], ["virtio-blk-pci"]] as [[String]?])
    func everyCellAgreesWithMigrationCheck(devices: [String]?) throws {
        var toy = MigrationCheckTests.history
        toy.arrays[MigrationCheckTests.v1_2]![MachineVersion(1, 0)]!.append(("virtio-blk-pci", "x-late", "on"))
        toy.familyFacts[MigrationCheckTests.v1_0] = [("default_nic_model", "e1000e")]
        toy.familyFacts[MigrationCheckTests.v1_1] = [("default_nic_model", "e1000e")]
        toy.familyFacts[MigrationCheckTests.v1_2] = [("default_nic", "e1000e"), ("acpi_uid", "1")]
        let stable = QEMUVersion(1, 1, 3)
        toy.arrays[stable] = toy.arrays[MigrationCheckTests.v1_1]
        toy.facts[stable] = [MachineVersion(1, 1): [("smbios", "3")]]
        var registries = [
            toy.registry(MigrationCheckTests.v1_0, machines: [MachineVersion(1, 0)]),
            toy.registry(MigrationCheckTests.v1_1, machines: [MachineVersion(1, 0), MachineVersion(1, 1)]),
            toy.registry(stable, machines: [MachineVersion(1, 0), MachineVersion(1, 1)]),
            toy.registry(MigrationCheckTests.v1_2, machines: [MachineVersion(1, 1), MachineVersion(1, 2)], complete: false),
        ]
        // 1.1, 1.1.3 and 1.2 know where their trees read the class fields.
        let uses = ClassFieldUses(uses: [
            "acpi_uid": [ClassFieldUse(field: "acpi_uid", location: "hw/toy/acpi.c:10", function: "build_dsdt", effect: .guestVisible, why: "ACPI")],
            "smbios": [ClassFieldUse(field: "smbios", location: "hw/toy/smbios.c:5", function: "smbios_setup", effect: .guestVisible, why: "SMBIOS")],
        ])
        for index in 1...3 { registries[index].classFieldUses = uses }
        let matrix = CompatibilityMatrix(registries: registries, devices: devices)
        #expect(matrix.releases == registries.map(\.qemuVersion))
        // 1 + 2 + 2 + 2 source machines, each against 3 destinations.
        #expect(matrix.cells.count == 21)
        var seen: Set<MigrationVerdict.Verdict> = []
        for cell in matrix.cells {
            let from = registries[Int(cell.source)]
            let to = registries[Int(cell.destination)]
            let machine = matrix.machines[Int(cell.machine)]
            let verdict = try MigrationCheck(from: from, to: to).verdict(machine: machine.name, target: machine.target, devices: devices)
            #expect(cell.verdict == verdict.verdict, "\(from.qemuVersion) → \(to.qemuVersion) \(machine.name)")
            #expect(Set(cell.reasonKinds) == Set(verdict.reasons.map(\.kind)), "\(from.qemuVersion) → \(to.qemuVersion) \(machine.name)")
            seen.insert(cell.verdict)
        }
        #expect(seen.isSuperset(of: [.compatible, .abiChanged, .incompatible, .unknown]))
    }

    @Test func filtersMachines() {
        let toy = MigrationCheckTests.history
        let registries = [
            toy.registry(MigrationCheckTests.v1_0, machines: [MachineVersion(1, 0)]),
            toy.registry(MigrationCheckTests.v1_1, machines: [MachineVersion(1, 0), MachineVersion(1, 1)]),
        ]
        let matrix = CompatibilityMatrix(registries: registries) { $0.version == MachineVersion(1, 0) }
        #expect(matrix.machines.map(\.name) == ["pc-q35-1.0"])
        #expect(matrix.cells.count == 2)
    }
}
