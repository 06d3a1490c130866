import GuestABI
import Testing

@Suite struct EngineBasicsTests {
    @Test(arguments: [
        ("hw_compat_9_2", "9.2"), ("pc_compat_10_0", "10.0"), ("pc_q35_machine_4_0_1_options", "4.0.1"),
        ("pc_q35_4_0_1_machine_options", "4.0.1"), ("spapr_machine_10_0_class_options", "10.0"),
        ("ccw_machine_2_12_instance_options", "2.12"), ("virt_machine_9_0_options", "9.0"),
    ])
    func originsNameTheirVersion(origin: String, version: String) throws {
        #expect(CompatOriginVersion.version(of: origin) == (try MachineVersion(parsing: version)))
    }

    @Test(arguments: ["pc_q35_compat_defaults", "pc_q35_machine_options", "hw_compat", "x86_cpu_1_options"])
    func familyWideOriginsHaveNoVersion(origin: String) {
        #expect(CompatOriginVersion.version(of: origin) == nil)
    }

    @Test func theLastEntryForAPropertyWins() {
        let machine = MachineDefinition(
            target: .x86_64, name: "pc-q35-1.0", family: .pcQ35, version: MachineVersion(1, 0),
            compat: [
                CompatProperty(driver: "d", property: "p", value: "new", source: Provenance(origin: "hw_compat_1_1")),
                CompatProperty(driver: "d", property: "p", value: "old", source: Provenance(origin: "hw_compat_1_0")),
            ])
        let abi = MachineABI(machine)
        #expect(abi.settings[.compat(driver: "d", property: "p")]?.value == "old")
        #expect(abi.settings[.compat(driver: "d", property: "p")]?.source.origin == "hw_compat_1_0")
    }

    @Test func frozenBoundFollowsTheOlderReleasesLastShippedVersion() {
        #expect(ChangeClassifier(from: QEMUVersion(10, 0, 2), to: QEMUVersion(10, 2, 2)).frozenBefore == MachineVersion(10, 0))
        #expect(ChangeClassifier(from: QEMUVersion(10, 2, 2), to: QEMUVersion(7, 2, 0)).frozenBefore == MachineVersion(7, 2))
        // A 10.1 development snapshot: 10.1 has shipped, hw_compat_10_1 is still open.
        #expect(ChangeClassifier.lastShipped(QEMUVersion(10, 1, 50)) == MachineVersion(10, 1))
        #expect(ChangeClassifier.lastShipped(QEMUVersion(10, 1, 91)) == MachineVersion(10, 1))
        #expect(ChangeClassifier(from: QEMUVersion(10, 0, 2), to: QEMUVersion(10, 0, 13)).sameStableSeries)
        #expect(!ChangeClassifier(from: QEMUVersion(10, 0, 2), to: QEMUVersion(10, 0, 50)).sameStableSeries)
    }

    @Test func qomLineageAndVirtioProxies() {
        let hierarchy = QOMHierarchy(parents: [
            "virtio-blk-pci": "virtio-blk-pci-base", "virtio-blk-pci-base": "virtio-pci", "virtio-pci": "pci-device",
            "virtio-blk-device": "virtio-device", "a": "b", "b": "a",
        ])
        #expect(hierarchy.lineage(of: "virtio-blk-pci") == ["virtio-blk-pci", "virtio-blk-pci-base", "virtio-pci", "pci-device"])
        #expect(hierarchy.instantiatedTypes(of: "virtio-blk-pci") == ["virtio-blk-pci", "virtio-blk-device"])
        #expect(hierarchy.lineage(of: "a") == ["a", "b"])
        let selection = DeviceSelection(devices: ["virtio-blk-pci"], hierarchy: hierarchy)
        #expect(selection.reaches(driver: "virtio-device"))
        #expect(selection.reaches(driver: "pci-device"))
        #expect(!selection.reaches(driver: "e1000e"))
    }

    @Test func compactRegistryRoundTrips() throws {
        var toy = ToyQEMU()
        toy.arrays[QEMUVersion(1, 2, 0)] = [MachineVersion(1, 0): [("a", "b", "c")], MachineVersion(1, 1): [("d", "e", "f")]]
        toy.facts[QEMUVersion(1, 2, 0)] = [MachineVersion(1, 0): [("x", "1")]]
        let registry = toy.registry(QEMUVersion(1, 2, 0), machines: [MachineVersion(1, 0), MachineVersion(1, 1)], qomParents: ["a": "device"])
        let compact = CompactRegistry(registry)
        #expect(compact.entries.count == 2)
        #expect(try compact.expanded() == registry)
    }

    @Test func aCompactRegistryWithABadIndexIsRejected() {
        var compact = CompactRegistry(ToyQEMU().registry(QEMUVersion(1, 0, 0), machines: [MachineVersion(1, 0)]))
        compact.machines[0].compat = [7]
        #expect(throws: GuestABIError.self) { try compact.expanded() }
    }
}
