import GuestABI
import Testing

@Suite struct PolicyLinterTests {
    static let v10_1 = QEMUVersion(10, 1, 0)
    static let v10_2 = QEMUVersion(10, 2, 0)

    static var toy: ToyQEMU {
        var toy = ToyQEMU()
        toy.arrays[v10_1] = [MachineVersion(10, 0): [("virtio-net-pci", "x-a", "off")]]
        toy.arrays[v10_2] = [MachineVersion(10, 0): [("virtio-net-pci", "x-a", "off")], MachineVersion(10, 1): [("e1000e", "x-b", "off")]]
        return toy
    }

    @Test func anEntryAddedToAFrozenArrayIsANewError() {
        var toy = Self.toy
        let base = toy.registry(Self.v10_2, machines: [MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)])
        toy.arrays[QEMUVersion(10, 2, 50)] = toy.arrays[Self.v10_2]
        toy.arrays[QEMUVersion(10, 2, 50)]![MachineVersion(10, 0)]!.append(("virtio-blk-pci", "x-late", "on"))
        let tree = toy.registry(QEMUVersion(10, 2, 50), machines: [MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)])
        let findings = PolicyLinter(tree: tree, base: base).findings()
        #expect(findings.map(\.ruleID) == ["GA001"])
        #expect(findings[0].baseline == .new)
        #expect(findings[0].failsGate)
        #expect(findings[0].message.contains("hw_compat_10_0"))
        #expect(findings[0].message.contains("reaches 1 machine type: pc-q35-10.0"))
    }

    @Test func anyChangeInsideAStableSeriesIsAnError() {
        var toy = Self.toy
        toy.familyFacts[QEMUVersion(10, 2, 2)] = [("max_cpus", "4096")]
        toy.arrays[QEMUVersion(10, 2, 1)] = toy.arrays[Self.v10_2]
        toy.arrays[QEMUVersion(10, 2, 2)] = toy.arrays[Self.v10_2]
        let baseRegistry = toy.registry(QEMUVersion(10, 2, 1), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        let tree = toy.registry(QEMUVersion(10, 2, 2), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        let findings = PolicyLinter(tree: tree, base: baseRegistry).findings()
        #expect(findings.map(\.ruleID) == ["GA002"])
        #expect(findings[0].message.contains("reaches 2 machine types"))
    }

    /// A parent's class init edited inside a stable series changes every existing machine that
    /// does not set the field itself (one that does keeps its own value and is not reached).
    @Test func aParentsClassInitEditedInsideAStableSeriesIsAnError() {
        var toy = Self.toy
        toy.arrays[QEMUVersion(10, 2, 1)] = toy.arrays[Self.v10_2]
        toy.arrays[QEMUVersion(10, 2, 2)] = toy.arrays[Self.v10_2]
        toy.facts[QEMUVersion(10, 2, 1)] = [MachineVersion(10, 1): [("default_cpu_type", "TYPE(\"cpu-old\")")]]
        toy.facts[QEMUVersion(10, 2, 2)] = toy.facts[QEMUVersion(10, 2, 1)]
        var base = toy.registry(QEMUVersion(10, 2, 1), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        var tree = toy.registry(QEMUVersion(10, 2, 2), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        func parent(_ value: String) -> [ClassFact] {
            [ClassFact(field: "default_cpu_type", value: value, source: Provenance(origin: "toy_machine_class_init"))]
        }
        for index in base.machines.indices { base.machines[index].inheritedFacts = parent("TYPE(\"cpu-a\")") }
        for index in tree.machines.indices { tree.machines[index].inheritedFacts = parent("TYPE(\"cpu-b\")") }

        let findings = PolicyLinter(tree: tree, base: base).findings()
        #expect(findings.map(\.ruleID) == ["GA002"])
        #expect(findings.first?.message.contains("default_cpu_type") == true)
        #expect(findings.first?.message.contains("reaches 1 machine type: pc-q35-10.2") == true)
        // Across series a parent's class init changes freely (new defaults, pinned back).
        let across = PolicyLinter(tree: tree, base: toy.registry(Self.v10_1, machines: [MachineVersion(10, 1)])).findings()
        #expect(!across.contains { $0.message.contains("default_cpu_type") })
    }

    @Test func removingAMachineInsideItsLifetimeIsAnError() {
        var toy = Self.toy
        toy.arrays[QEMUVersion(10, 2, 50)] = toy.arrays[Self.v10_2]
        let base = toy.registry(Self.v10_2, machines: [MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)])
        let tree = toy.registry(QEMUVersion(10, 2, 50), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        #expect(PolicyLinter(tree: tree, base: base).findings().map(\.ruleID) == ["GA003"])
    }

    @Test func inheritedFindingsAreExistingAndDoNotFailTheGate() {
        var toy = Self.toy
        toy.arrays[QEMUVersion(10, 2, 50)] = toy.arrays[Self.v10_2]
        var base = toy.registry(Self.v10_2, machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        var tree = toy.registry(QEMUVersion(10, 2, 50), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        let tagged = MachineDefinition(target: .x86_64, name: "pc-q35-2.12-sxxm", family: .pcQ35, version: MachineVersion(2, 12, tag: "sxxm"), registered: false)
        base.machines.append(tagged)
        tree.machines.append(tagged)
        let findings = PolicyLinter(tree: tree, base: base).findings()
        #expect(Set(findings.map(\.ruleID)) == ["GA004", "GA007"])
        #expect(findings.allSatisfy { $0.baseline == .existing && !$0.failsGate })
        // Without a base, the tagged version fails the gate; the clean-up note never does.
        let alone = PolicyLinter(tree: tree).findings()
        #expect(alone.filter(\.failsGate).map(\.ruleID) == ["GA004"])
    }

    @Test func aBugfixMachineMissingFromANewerBranchOrDifferentIsAnError() {
        var toy = Self.toy
        let bugfix = MachineVersion(10, 1, micro: 3)
        var branch = toy.registry(QEMUVersion(10, 1, 3), machines: [MachineVersion(10, 1)])
        var machine = toy.registry(QEMUVersion(10, 1, 3), machines: [MachineVersion(10, 1)]).machines[0]
        machine.name = "pc-q35-10.1.3"
        machine.version = bugfix
        machine.alias = nil
        machine.compat.append(CompatProperty(driver: "virtio-net-pci", property: "x-foo", value: "on", source: Provenance(origin: "pc_q35_machine_10_1_3_options")))
        branch.machines.append(machine)
        toy.arrays[QEMUVersion(10, 2, 50)] = toy.arrays[Self.v10_2]
        let master = toy.registry(QEMUVersion(10, 2, 50), machines: [MachineVersion(10, 1), MachineVersion(10, 2)])
        let missing = PolicyLinter(tree: master, branches: [branch]).findings()
        #expect(missing.map(\.ruleID) == ["GA005"])
        #expect(missing[0].message.contains("pc-q35-10.1.3"))

        var carried = master
        var different = machine
        different.compat[different.compat.count - 1].value = "off"
        different.compat[different.compat.count - 1].source = Provenance(origin: "hw_compat_9_2")
        carried.machines.append(different)
        #expect(PolicyLinter(tree: carried, branches: [branch]).findings().map(\.ruleID) == ["GA006"])

        var same = master
        same.machines.append(machine)
        #expect(PolicyLinter(tree: same, branches: [branch]).findings().isEmpty)

        // Carried without the `x-foo = on` entry: a difference in the entries, but with property
        // models where `on` is x-foo's default both branches have the same effective value.
        var pinnedToDefault = master
        var atDefault = machine
        atDefault.compat.removeLast()
        pinnedToDefault.machines.append(atDefault)
        var branchWithModel = branch
        let location = SourceLocation(file: "hw/net/virtio-net.c", line: 1)
        let model = PropertyModel([
            DeviceProperty(type: "virtio-net-pci", name: "x-foo", origin: .qdev, valueType: "bool", defaultValue: "on", location: location)
        ])
        branchWithModel.properties = model
        branchWithModel.qomParents = ["virtio-net-pci": "pci-device"]
        pinnedToDefault.properties = model
        pinnedToDefault.qomParents = ["virtio-net-pci": "pci-device"]
        #expect(PolicyLinter(tree: pinnedToDefault, branches: [branchWithModel]).findings().isEmpty)
        #expect(PolicyLinter(tree: pinnedToDefault, branches: [branch]).findings().map(\.ruleID) == ["GA006"])
    }
}
