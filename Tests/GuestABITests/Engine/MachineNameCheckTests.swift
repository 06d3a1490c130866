import GuestABI
import Testing

/// The machine-name check QEMU's destination applies, the names it lets through, and what
/// `check --to-machine`, `lint` (GA009) and `bugfix plan` (name-check) make of it.
@Suite struct MachineNameCheckTests {
    static let prefix = MachineNameCheck(
        rule: .prefix, function: "configuration_post_load", comparison: "strncmp(state->name, current_name, state->len) != 0",
        location: SourceLocation(file: "migration/savevm.c", line: 386))
    static let whole = MachineNameCheck(rule: .wholeName, function: "configuration_post_load", location: SourceLocation(file: "migration/savevm.c", line: 387))
    static let unreadable = MachineNameCheck(rule: .unknown, function: "configuration_post_load", reason: "a shape of our own")

    static let release = QEMUVersion(1, 0, 2)
    static let base = MachineVersion(1, 0)
    static let bugfix = MachineVersion(1, 0, micro: 1)

    /// 1.0.2 with `pc-q35-1.0` and `pc-q35-1.0.1`, which differ in one class fact, like 4.0 and 4.0.1.
    static func registry(_ check: MachineNameCheck?, machines: [MachineVersion] = [base, bugfix], version: QEMUVersion = release) -> ReleaseRegistry {
        var toy = ToyQEMU()
        toy.facts[version] = [base: [("default_kernel_irqchip_split", "true")]]
        var registry = toy.registry(version, machines: machines)
        if machines.contains(bugfix), let index = registry.machines.firstIndex(where: { $0.name == "pc-q35-1.0" }) {
            registry.machines[index].classFacts = [ClassFact(field: "default_kernel_irqchip_split", value: "true", source: Provenance(origin: "toy_machine_1_0_options"))]
        }
        for index in registry.machines.indices where registry.machines[index].version == bugfix {
            registry.machines[index].classFacts = []
        }
        registry.nameCheck = check
        return registry
    }

    // MARK: - The rule

    @Test(arguments: [
        (prefix, "pc-q35-4.0", "pc-q35-4.0.1", true as Bool?),
        (prefix, "pc-q35-4.0.1", "pc-q35-4.0", false),
        (prefix, "pc-q35-4.0", "pc-q35-4.0", true),
        (prefix, "pc-i440fx-2.1", "pc-i440fx-2.10", true),
        (whole, "pc-q35-4.0", "pc-q35-4.0.1", false),
        (whole, "pc-q35-4.0", "pc-q35-4.0", true),
        (unreadable, "pc-q35-4.0", "pc-q35-4.0", nil),
    ])
    func accepts(check: MachineNameCheck, received: String, local: String, accepted: Bool?) {
        #expect(check.accepts(received: received, local: local) == accepted)
    }

    @Test func extensionsAreDerivedFromTheNamesPerTarget() {
        let names: [(target: Target, name: String)] = [
            (.x86_64, "pc-q35-4.0"), (.x86_64, "pc-q35-4.0.1"), (.x86_64, "pc-q35-4.1"),
            (.x86_64, "pc-i440fx-2.1"), (.x86_64, "pc-i440fx-2.10"), (.x86_64, "pc-i440fx-2.11"), (.x86_64, "pc-i440fx-2.2"),
            (.ppc64, "pseries-2.12"), (.ppc64, "pseries-2.12-sxxm"),
            (.aarch64, "virt-4.0"), (.m68k, "virt-4.0.1"),
        ]
        let pairs = MachineNameCheck.extensions(among: names).map { "\($0.target.rawValue) \($0.base) \($0.extended)" }
        #expect(pairs == [
            "ppc64 pseries-2.12 pseries-2.12-sxxm",
            "x86_64 pc-i440fx-2.1 pc-i440fx-2.10", "x86_64 pc-i440fx-2.1 pc-i440fx-2.11",
            "x86_64 pc-q35-4.0 pc-q35-4.0.1",
        ])
    }

    @Test func theCheckRoundTripsThroughBothRegistryForms() throws {
        let registry = Self.registry(Self.prefix)
        let expanded = try CompactRegistry(registry).expanded()
        #expect(expanded.nameCheck == Self.prefix)
        #expect(try CompactRegistry(Self.registry(nil)).expanded().nameCheck == nil)
    }

    // MARK: - check --to-machine

    @Test func aPrefixCheckAcceptsTheBugfixMachineForAVMOnItsBaseAndListsTheABIChange() throws {
        let registry = Self.registry(Self.prefix)
        let verdict = try MachineSwitch(from: registry, to: registry).verdict(machine: "pc-q35-1.0", destinationMachine: "pc-q35-1.0.1")
        #expect(verdict.reasons.first?.kind == .machineName)
        #expect(verdict.reasons.first?.isBreaking == false)
        #expect(verdict.reasons.first?.message.contains("is accepted") == true)
        #expect(verdict.reasons.first?.message.contains("migration/savevm.c:386") == true)
        let entries = verdict.reasons.flatMap(\.entries).map(\.subject.description)
        #expect(entries == ["default_kernel_irqchip_split"])
        // The stream is accepted (the lab's 10.0.2 binary completes pc-q35-4.0 → pc-q35-4.0.1):
        // the switch is a guest-visible change; the irqchip field's reads are not recorded in
        // this fixture registry, so its own effect, and the verdict, are unknown.
        #expect(verdict.reasons.first?.effect == .guestVisible)
        #expect(verdict.verdict == .unknown)
    }

    @Test func aPrefixCheckRefusesTheBaseForAVMOnTheBugfixMachine() throws {
        let registry = Self.registry(Self.prefix)
        let verdict = try MachineSwitch(from: registry, to: registry).verdict(machine: "pc-q35-1.0.1", destinationMachine: "pc-q35-1.0")
        #expect(verdict.verdict == .incompatible)
        #expect(verdict.reasons.map(\.kind) == [.machineName])
        #expect(verdict.reasons[0].message.contains("Machine type received is 'pc-q35-1.0.1' and local is 'pc-q35-1.0'"))
    }

    @Test func aWholeNameCheckRefusesBothWays() throws {
        let registry = Self.registry(Self.whole)
        for (source, destination) in [("pc-q35-1.0", "pc-q35-1.0.1"), ("pc-q35-1.0.1", "pc-q35-1.0")] {
            let verdict = try MachineSwitch(from: registry, to: registry).verdict(machine: source, destinationMachine: destination)
            #expect(verdict.reasons.map(\.kind) == [.machineName], "\(source) → \(destination)")
            #expect(verdict.verdict == .incompatible)
        }
    }

    @Test func theDestinationReleaseDecides() throws {
        // The source compares nothing: the destination's own check applies.
        let source = Self.registry(Self.whole)
        let destination = Self.registry(Self.prefix)
        let verdict = try MachineSwitch(from: source, to: destination).verdict(machine: "pc-q35-1.0", destinationMachine: "pc-q35-1.0.1")
        #expect(verdict.reasons.first?.isBreaking == false)
    }

    @Test func anUnreadableCheckIsUnknownAndTheSameNameIsTheOrdinaryCheck() throws {
        // Two machines with the same ABI: only the acceptance is in doubt.
        var registry = ToyQEMU().registry(Self.release, machines: [MachineVersion(1, 0), MachineVersion(1, 1)])
        registry.nameCheck = Self.unreadable
        let unknown = try MachineSwitch(from: registry, to: registry).verdict(machine: "pc-q35-1.0", destinationMachine: "pc-q35-1.1")
        #expect(unknown.verdict == .unknown)
        #expect(unknown.reasons.map(\.kind) == [.incomplete])
        #expect(unknown.reasons[0].message.contains("a shape of our own"))
        let same = try MachineSwitch(from: registry, to: registry).verdict(machine: "pc-q35-1.0", destinationMachine: "pc-q35-1.0")
        #expect(same == (try MigrationCheck(from: registry, to: registry).verdict(machine: "pc-q35-1.0")))
        #expect(throws: GuestABIError.self) {
            try MachineSwitch(from: registry, to: registry).verdict(machine: "pc-q35-1.0", destinationMachine: "pc-q35-9.9")
        }
    }

    // MARK: - lint GA009

    @Test func lintWarnsOncePerExtendedNameAtTheCheck() {
        let findings = PolicyLinter(tree: Self.registry(Self.prefix)).findings().filter { $0.ruleID == "GA009" }
        #expect(findings.count == 1)
        #expect(findings.first?.level == .warning)
        #expect(findings.first?.location == SourceLocation(file: "migration/savevm.c", line: 386))
        #expect(findings.first?.message.contains("a VM on pc-q35-1.0 (x86_64) is accepted by a destination started with pc-q35-1.0.1") == true)
        #expect(findings.first?.message.contains("default_kernel_irqchip_split") == true)
        #expect(findings.first?.failsGate == true)
    }

    @Test func lintAgainstABaseMarksTheInheritedPairExistingAndANewBugfixMachineNew() {
        let base = Self.registry(Self.prefix)
        let same = PolicyLinter(tree: base, base: base).findings().filter { $0.ruleID == "GA009" }
        #expect(same.map(\.baseline) == [.existing])
        let older = Self.registry(Self.prefix, machines: [Self.base])
        let added = PolicyLinter(tree: base, base: older).findings().filter { $0.ruleID == "GA009" }
        #expect(added.map(\.baseline) == [.new])
    }

    @Test(arguments: [
        (whole as MachineNameCheck?, [MachineVersion(1, 0), MachineVersion(1, 0, micro: 1)], [LintRule.Level]()),
        (nil, [MachineVersion(1, 0), MachineVersion(1, 0, micro: 1)], []),
        (prefix, [MachineVersion(1, 0), MachineVersion(1, 1)], [.note]),
        (unreadable, [MachineVersion(1, 0)], [.note]),
    ])
    func lintIsQuietOrANoteOtherwise(check: MachineNameCheck?, machines: [MachineVersion], levels: [LintRule.Level]) {
        let findings = PolicyLinter(tree: Self.registry(check, machines: machines)).findings().filter { $0.ruleID == "GA009" }
        #expect(findings.map(\.level) == levels)
    }

    // MARK: - bugfix plan

    @Test func thePlanWarnsPerBranchWhoseTreeComparesAPrefix() throws {
        let fix = BugfixFix(title: "virtio-net: fix foo", compat: [.init(driver: "virtio-net-pci", property: "x-foo", old: "off", new: "on")])
        var toy = ToyQEMU()
        toy.arrays[QEMUVersion(10, 0, 13)] = [MachineVersion(9, 2): [("virtio-net-pci", "x-old", "off")]]
        toy.arrays[QEMUVersion(10, 2, 2)] = toy.arrays[QEMUVersion(10, 0, 13)]
        var stable = toy.registry(QEMUVersion(10, 0, 13), machines: [MachineVersion(9, 2), MachineVersion(10, 0)])
        stable.nameCheck = Self.prefix
        var newer = toy.registry(QEMUVersion(10, 2, 2), machines: [MachineVersion(9, 2), MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)])
        newer.nameCheck = Self.whole
        let plan = try BugfixPlanner(
            fix: fix, master: QEMUVersion(11, 0, 0), branches: [MachineVersion(10, 0), MachineVersion(10, 2)], registries: [stable, newer]
        ).plan()
        let rules = plan.policy.filter { $0.rule == "name-check" }
        #expect(rules.map(\.verdict) == [.warn, .ok])
        #expect(rules[0].message.hasPrefix("10.0 (10.0.13, migration/savevm.c:386):"))
        #expect(rules[1].message.hasPrefix("10.2 (10.2.2, migration/savevm.c:387):"))
        #expect(rules[0].message.contains("A VM on pc-q35-10.0 is accepted by a destination started with pc-q35-10.0.14"))
        #expect(rules[0].message.contains("virtio-net-pci.x-foo: off → on"))
        #expect(rules[0].message.contains("Management must never start a destination with a bugfix machine for a VM on its base"))
        #expect(plan.verdict == .warn)
    }
}
