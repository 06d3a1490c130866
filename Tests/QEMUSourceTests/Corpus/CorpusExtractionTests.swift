import GuestABI
import QEMUSource
import Testing

@Suite(.enabled(if: CorpusTrees.available, "needs scripts/qemu-sources.sh"))
struct CorpusExtractionTests {
    @Test(arguments: CorpusTrees.releases)
    func extractionIsCompleteWithoutDiagnostics(release: String) async throws {
        let registry = try await CorpusTrees.registry(release)
        #expect(registry.qemuVersion == (try QEMUVersion(parsing: release)))
        #expect(registry.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(registry.complete)
    }

    /// Oldest and newest registered version and count, per release and family; cross-checked
    /// against real binaries for 7.2 and 10.0.2 in the QMP tests.
    static let registeredRanges: [(String, MachineFamily, String, String, Int)] = [
        ("5.2.0", .pcQ35, "2.4", "5.2", 18), ("5.2.0", .pcI440fx, "1.4", "5.2", 25), ("5.2.0", .pcLegacy, "1.0", "1.3", 4),
        ("5.2.0", .armVirt, "2.6", "5.2", 15), ("5.2.0", .pseries, "2.1", "5.2", 21), ("5.2.0", .s390Ccw, "2.4", "5.2", 17),
        ("7.2.0", .pcQ35, "2.4", "7.2", 24), ("7.2.0", .armVirt, "2.6", "7.2", 21), ("7.2.0", .m68kVirt, "6.0", "7.2", 6),
        ("10.0.2", .pcQ35, "2.4", "10.0", 31), ("10.0.2", .m68kVirt, "6.0", "10.0", 13), ("10.0.2", .s390Ccw, "2.9", "10.0", 25),
        ("10.2.2", .pcQ35, "5.0", "10.2", 18), ("10.2.2", .pcI440fx, "5.0", "10.2", 18), ("10.2.2", .armVirt, "5.0", "10.2", 18),
        ("10.2.2", .pseries, "5.0", "10.2", 18), ("10.2.2", .s390Ccw, "5.0", "10.2", 18), ("10.2.2", .m68kVirt, "6.0", "10.2", 15),
    ]

    @Test(arguments: registeredRanges)
    func registeredMachinesPerFamily(
        release: String, family: MachineFamily, oldest: String, newest: String, count: Int
    ) async throws {
        let registry = try await CorpusTrees.registry(release)
        let versions = registry.machines.filter { $0.family == family && $0.registered }.map(\.version).sorted()
        #expect(versions.first?.description == oldest)
        #expect(versions.last?.description == newest)
        #expect(versions.count == count, "\(versions)")
    }

    @Test(arguments: ["5.2.0", "7.2.0", "10.0.2", "10.2.2"])
    func bugfixPairDiffersOnlyBySplitIrqchip(release: String) async throws {
        let registry = try await CorpusTrees.registry(release)
        let v40 = try #require(registry.machine(MachineID(target: .x86_64, name: "pc-q35-4.0")))
        let v401 = try #require(registry.machine(MachineID(target: .x86_64, name: "pc-q35-4.0.1")))
        #expect(v401.version.isBugfix)
        #expect(v40.compat.map(\.description) == v401.compat.map(\.description))
        let facts40 = Dictionary(uniqueKeysWithValues: v40.classFacts.map { ($0.field, $0.value) })
        let facts401 = Dictionary(uniqueKeysWithValues: v401.classFacts.map { ($0.field, $0.value) })
        let differing = Set(facts40.keys).union(facts401.keys).filter { facts40[$0] != facts401[$0] }
        #expect(differing == ["default_kernel_irqchip_split"])
        #expect(facts40["default_kernel_irqchip_split"] == "true")
        #expect(facts401["default_kernel_irqchip_split"] == "false")
    }

    @Test func taggedPseriesIn5_2() async throws {
        let registry = try await CorpusTrees.registry("5.2.0")
        let sxxm = try #require(registry.machine(MachineID(target: .ppc64, name: "pseries-2.12-sxxm")))
        #expect(sxxm.version.isLegacyTagged)
        #expect(sxxm.version == MachineVersion(2, 12, tag: "sxxm"))
        #expect(sxxm.registered)
    }

    @Test func compatOfQ35_10_0In10_2_2FollowsTheChainInApplicationOrder() async throws {
        let registry = try await CorpusTrees.registry("10.2.2")
        let machine = try #require(registry.machine(MachineID(target: .x86_64, name: "pc-q35-10.0")))
        var groups: [String] = []
        for entry in machine.compat where groups.last != entry.source.origin { groups.append(entry.source.origin) }
        #expect(groups == ["pc_q35_compat_defaults", "hw_compat_10_1", "pc_compat_10_1", "hw_compat_10_0", "pc_compat_10_0"])
        #expect(machine.compat.first?.description == "virtio-iommu-pci.aw-bits=39")
        #expect(machine.compat.contains { $0.driver == "x86_64-cpu" && $0.property == "x-arch-cap-always-on" && $0.value == "true" })
        #expect(machine.classFacts.first { $0.field == "smbios_memory_device_size" }?.value == "2047 * TiB")
    }

    @Test func stableUpdatesOf10_0GiveIdenticalRegistries() async throws {
        let a = try await CorpusTrees.registry("10.0.2")
        let b = try await CorpusTrees.registry("10.0.13")
        #expect(a.machines.count == b.machines.count)
        #expect(a.machines.map(\.withoutSourceLocations) == b.machines.map(\.withoutSourceLocations))
        #expect(a.lifecycleRule == b.lifecycleRule)
    }

    @Test func treesStateTheirOwnLifecycleRules() async throws {
        var rules: [String: LifecycleRule] = [:]
        for release in CorpusTrees.releases { rules[release] = try await CorpusTrees.registry(release).lifecycleRule }
        #expect(rules["5.2.0"] == LifecycleRule.none)
        #expect(rules["7.2.0"] == LifecycleRule.none)
        #expect(rules["10.0.2"] == .gatedDeletion)
        #expect(rules["10.0.13"] == .gatedDeletion)
        #expect(rules["10.2.2"] == .enforcedDeletion)
    }

    @Test func aliasesAndDefaultsPointAtTheLatest() async throws {
        let registry = try await CorpusTrees.registry("10.2.2")
        let aliased = registry.machines.filter { $0.alias != nil }.map { "\($0.target)/\($0.name)=\($0.alias!)" }.sorted()
        #expect(
            aliased == [
                "aarch64/virt-10.2=virt", "m68k/virt-10.2=virt", "ppc64/pseries-10.2=pseries",
                "s390x/s390-ccw-virtio-10.2=s390-ccw-virtio", "x86_64/pc-i440fx-10.2=pc", "x86_64/pc-q35-10.2=q35",
                "x86_64/xenfv-3.1=xenfv",
            ])
        let defaults = registry.machines.filter(\.isDefault).map(\.name).sorted()
        #expect(defaults == ["pc-i440fx-10.2", "pseries-10.2", "s390-ccw-virtio-10.2"])
    }
}
