import GuestABI
import Testing

@Suite struct MigrationCheckTests {
    static let v1_0 = QEMUVersion(1, 0, 0)
    static let v1_1 = QEMUVersion(1, 1, 0)
    static let v1_2 = QEMUVersion(1, 2, 0)

    /// 1.0 ships toy-1.0; 1.1 adds hw_compat_1_0 (a pin for toy-1.0); 1.2 adds hw_compat_1_1.
    static var history: ToyQEMU {
        var toy = ToyQEMU()
        toy.arrays[v1_1] = [MachineVersion(1, 0): [("virtio-net-pci", "x-foo", "off")]]
        toy.arrays[v1_2] = [
            MachineVersion(1, 0): [("virtio-net-pci", "x-foo", "off")],
            MachineVersion(1, 1): [("e1000e", "x-bar", "off")],
        ]
        return toy
    }

    @Test func pinsAfterTheSourceReleaseAreListedNotFailed() throws {
        let toy = Self.history
        let check = MigrationCheck(
            from: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0), MachineVersion(1, 1), MachineVersion(1, 2)]))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .compatible)
        #expect(verdict.reasons.map(\.kind) == [.pinned])
        #expect(verdict.reasons[0].entries.count == 2)
        #expect(verdict.reasons[0].drivers == ["e1000e", "virtio-net-pci"])
        #expect(verdict.reasons[0].effect == .none)
        #expect(verdict.headline.contains("migration state not compared"))
        #expect(verdict.tier == "sources")
    }

    /// A device property whose value differs can change what the guest sees or what the device
    /// migrates; the machine-type tier reads neither, so the effect is `unknown`, never a
    /// guessed break.
    @Test func anEntryAddedToAFrozenArrayIsFrozenCompatOfUnknownEffectNamingTheArray() throws {
        var toy = Self.history
        // 1.2 adds an entry to hw_compat_1_0, frozen since 1.1 shipped.
        toy.arrays[Self.v1_2]![MachineVersion(1, 0)]!.append(("virtio-blk-pci", "x-late", "on"))
        let check = MigrationCheck(
            from: toy.registry(Self.v1_1, machines: [MachineVersion(1, 0), MachineVersion(1, 1)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0), MachineVersion(1, 1)]))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .unknown)
        let frozen = try #require(verdict.reasons.first)
        #expect(frozen.kind == .frozenCompat)
        #expect(frozen.effect == .unknown)
        #expect(!frozen.isBreaking)
        #expect(frozen.because.contains("device property"))
        #expect(frozen.message.contains("hw_compat_1_0"))
        #expect(frozen.entries.map(\.subject) == [.compat(driver: "virtio-blk-pci", property: "x-late")])
        #expect(frozen.drivers == ["virtio-blk-pci"])
        // pc-q35-1.1 does not apply hw_compat_1_0: unaffected.
        #expect(try check.verdict(machine: "pc-q35-1.1").verdict == .compatible)
    }

    @Test func aChangedClassFactWhoseReadsAreUnknownIsUnknown() throws {
        var toy = Self.history
        toy.facts[Self.v1_1] = [MachineVersion(1, 0): [("smbios_legacy", "true")]]
        toy.facts[Self.v1_2] = [MachineVersion(1, 0): [("smbios_legacy", "false")]]
        let check = MigrationCheck(
            from: toy.registry(Self.v1_1, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)]))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .unknown)
        #expect(verdict.reasons.first?.kind == .frozenCompat)
        #expect(verdict.reasons.first?.because.contains("not recorded") == true)
        #expect(verdict.reasons.first?.message.contains("toy_machine_1_0_options") == true)
        #expect(verdict.reasons.first?.drivers == [])
    }

    /// The same value under a renamed field, across the whole family, is one setting.
    @Test func aFieldRenamedAcrossTheFamilyWithTheSameValueIsARename() throws {
        var toy = Self.history
        toy.familyFacts[Self.v1_0] = [("default_nic_model", "\"e1000e\"")]
        toy.familyFacts[Self.v1_2] = [("default_nic", "\"e1000e\"")]
        let check = MigrationCheck(
            from: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)]))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .compatible)
        #expect(verdict.reasons.map(\.kind) == [.pinned, .rename])
        #expect(verdict.reasons[1].effect == .none)
        #expect(verdict.reasons[1].message.contains("default_nic_model → default_nic"))
    }

    /// Another value is no rename: a family-wide difference, whose effect is unknown until the
    /// tree's reads of the field say more.
    @Test(arguments: [("default_nic_model", "default_nic", "\"e1000\""), ("max_cpus", "max_cpus", "4096")])
    func familyWideDifferencesWithAnotherValueAreNotRenames(old: String, new: String, value: String) throws {
        var toy = Self.history
        toy.familyFacts[Self.v1_0] = [(old, "\"e1000e\"")]
        toy.familyFacts[Self.v1_2] = [(new, value)]
        let check = MigrationCheck(
            from: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)]))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .unknown)
        #expect(Set(verdict.reasons.map(\.kind)) == [.pinned, .familyWide])
        #expect(verdict.reasons.first { $0.kind == .familyWide }?.effect == .unknown)
    }

    @Test func aPinToAValueTheOlderReleaseNeverHadIsMispinned() throws {
        var toy = Self.history
        toy.familyFacts[Self.v1_0] = [("max_cpus", "288")]
        toy.familyFacts[Self.v1_2] = [("max_cpus", "4096")]
        toy.facts[Self.v1_2] = [MachineVersion(1, 1): [("max_cpus", "1024")]]
        let check = MigrationCheck(
            from: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)]))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .unknown)
        #expect(verdict.reasons.first?.kind == .mispinned)
    }

    @Test func anyDifferenceInsideOneStableSeriesIsDrift() throws {
        var toy = Self.history
        let stable1 = QEMUVersion(1, 1, 1)
        let stable4 = QEMUVersion(1, 1, 4)
        toy.arrays[stable1] = toy.arrays[Self.v1_1]
        toy.arrays[stable4] = toy.arrays[Self.v1_1]
        // A backport changes the newest machine's ABI through its own (not yet frozen) array.
        toy.facts[stable4] = [MachineVersion(1, 1): [("default_kernel_irqchip_split", "false")]]
        let machines = [MachineVersion(1, 0), MachineVersion(1, 1)]
        let check = MigrationCheck(from: toy.registry(stable1, machines: machines), to: toy.registry(stable4, machines: machines))
        let verdict = try check.verdict(machine: "pc-q35-1.1")
        #expect(verdict.verdict == .unknown)
        #expect(verdict.reasons.map(\.kind) == [.stableDrift])
        // pc-q35-1.0's options call 1.1's: it drifts too.
        #expect(try check.verdict(machine: "pc-q35-1.0").reasons.map(\.kind) == [.stableDrift])
        // Backwards inside the series too.
        let back = MigrationCheck(from: toy.registry(stable4, machines: machines), to: toy.registry(stable1, machines: machines))
        #expect(try back.verdict(machine: "pc-q35-1.1").reasons.map(\.kind) == [.stableDrift])
    }

    @Test func anAliasNamingDifferentMachinesIsIncompatibleWithAHint() throws {
        let toy = Self.history
        let check = MigrationCheck(
            from: toy.registry(Self.v1_1, machines: [MachineVersion(1, 0), MachineVersion(1, 1)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0), MachineVersion(1, 1), MachineVersion(1, 2)]))
        let verdict = try check.verdict(machine: "q35")
        #expect(verdict.verdict == .incompatible)
        #expect(verdict.reasons.map(\.kind) == [.alias])
        #expect(verdict.reasons[0].message.contains("pc-q35-1.1"))
        #expect(verdict.reasons[0].message.contains("-machine pc-q35-1.1"))
    }

    @Test func migratingBackwardsToAReleaseWithoutTheMachineIsMissing() throws {
        let toy = Self.history
        let check = MigrationCheck(
            from: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0), MachineVersion(1, 2)]),
            to: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]))
        let verdict = try check.verdict(machine: "pc-q35-1.2")
        #expect(verdict.verdict == .incompatible)
        #expect(verdict.reasons.map(\.kind) == [.missing])
        #expect(verdict.reasons[0].effect == .breaksMigration)
        #expect(verdict.reasons[0].message.contains("never existed in 1.0.0"))
    }

    @Test func aMachineTheSourceDoesNotRegisterIsBadInput() {
        let toy = Self.history
        let check = MigrationCheck(
            from: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)]))
        #expect(throws: GuestABIError.self) { try check.verdict(machine: "pc-q35-1.2") }
        #expect(throws: GuestABIError.self) { try check.verdict(machine: "no-such-machine") }
    }

    @Test func anIncompleteRegistryMakesACleanVerdictUnknown() throws {
        let toy = Self.history
        let check = MigrationCheck(
            from: toy.registry(Self.v1_0, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)], complete: false))
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        #expect(verdict.verdict == .unknown)
        #expect(verdict.reasons.first?.kind == .incomplete)
        #expect(verdict.reasons.first?.effect == .unknown)
    }

    @Test func devicesLimitCompatBreaksToTheDriversTheyReach() throws {
        var toy = Self.history
        toy.arrays[Self.v1_2]![MachineVersion(1, 0)]!.append(("virtio-device", "x-late", "on"))
        let parents = [
            "virtio-net-pci": "virtio-net-pci-base", "virtio-net-pci-base": "virtio-pci", "virtio-pci": "pci-device",
            "virtio-net-device": "virtio-device", "virtio-device": "device", "e1000e": "pci-device", "pci-device": "device",
        ]
        let check = MigrationCheck(
            from: toy.registry(Self.v1_1, machines: [MachineVersion(1, 0)]),
            to: toy.registry(Self.v1_2, machines: [MachineVersion(1, 0)], qomParents: parents))
        // The entry for virtio-device reaches the backend inside virtio-net-pci.
        let withVirtio = try check.verdict(machine: "pc-q35-1.0", devices: ["virtio-net-pci"])
        #expect(withVirtio.verdict == .unknown)
        // A VM with only an e1000e is not reached.
        let withE1000e = try check.verdict(machine: "pc-q35-1.0", devices: ["e1000e"])
        #expect(withE1000e.verdict == .compatible)
        #expect(withE1000e.reasons.map(\.kind).contains(.unreached))
        #expect(withE1000e.devices == ["e1000e"])
    }
}
