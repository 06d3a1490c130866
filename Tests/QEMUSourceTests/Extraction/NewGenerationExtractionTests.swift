import GuestABI
import QEMUSource
import Testing

/// The `new-generation` fixture: a 10.2.0 tree whose q35 machines are written with
/// `DEFINE_PC_VER_MACHINE` and `MACHINE_VER_*`, from 10.2 (the alias `q35`) down to 3.1, with
/// the 4.0.1 / 4.0 bugfix pair, under the 10.1+ lifecycle rule.
@Suite struct NewGenerationExtractionTests {
    static let names = [
        "pc-q35-10.2", "pc-q35-10.1", "pc-q35-10.0", "pc-q35-7.2", "pc-q35-4.0.1", "pc-q35-4.0", "pc-q35-3.1",
    ]

    // MARK: - Tree

    @Test func readsEveryMachineNewestFirst() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")

        #expect(registry.machines.map(\.name) == Self.names)
        #expect(registry.machines.allSatisfy { $0.target == .x86_64 && $0.family == .pcQ35 })
        #expect(registry.qemuVersion == QEMUVersion(10, 2, 0))
        #expect(registry.diagnostics.isEmpty)
        #expect(registry.complete)
    }

    @Test func readsTheEnforcedRuleFromBoardsHeader() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")

        #expect(registry.lifecycleRule == .enforcedDeletion)
        #expect(registry.lifecycleRule.deprecationAge == 3)
        #expect(registry.lifecycleRule.deletionAge == 6)
        #expect(registry.lifecycleRule.deletionGate == .enforced)
        #expect(registry.lifecycleRule.judgesPreReleasesAsNextRelease)
    }

    @Test func versionsComeFromTheMacroArguments() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let bugfix = try #require(registry.machine("pc-q35-4.0.1"))

        #expect(bugfix.version == MachineVersion(4, 0, micro: 1))
        #expect(bugfix.version.isBugfix)
        #expect(registry.machine("pc-q35-10.2")?.version == MachineVersion(10, 2))
    }

    @Test func targetFilterSkipsOtherFamilies() async throws {
        let x86 = try await ExtractionFixture.extract("new-generation", targets: [.x86_64])
        let arm = try await ExtractionFixture.extract("new-generation", targets: [.aarch64])

        #expect(x86.machines.map(\.name) == Self.names)
        #expect(arm.machines.isEmpty)
        #expect(arm.complete)
    }

    // MARK: - Compat chains

    @Test func compatEntriesFollowTheChainOldestLast() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-3.1"))

        #expect(
            machine.compatLines == [
                "pc_q35_compat_defaults: virtio-net-pci.x-rx-burst=on",
                "hw_compat_10_1: virtio-net-pci.x-rx-burst=off",
                "hw_compat_10_1: virtio-blk-device.queue-size=128 (optional)",
                "hw_compat_10_0: virtio-device.x-packed-ring=off",
                "hw_compat_10_0: virtio-blk-device.queue-size=64",
                "pc_compat_10_0: x86_64-cpu.x-consistent-cache=false",
                "hw_compat_4_0: VGA.edid=false",
                "hw_compat_4_0: virtio-gpu-device.edid=false",
                "pc_compat_4_0: qemu64-x86_64-cpu.model-id=QEMU Virtual CPU version 4.0",
                "hw_compat_3_1: pcie-root-port.x-speed=2_5",
                "hw_compat_3_1: virtio-net-pci.x-rx-burst=on",
                "pc_compat_3_1: intel-iommu.dma-drain=off",
            ])
    }

    @Test(arguments: [
        ("pc-q35-10.2", ["pc_q35_compat_defaults"]),
        ("pc-q35-10.1", ["pc_q35_compat_defaults", "hw_compat_10_1"]),
        ("pc-q35-10.0", ["pc_q35_compat_defaults", "hw_compat_10_1", "hw_compat_10_0", "pc_compat_10_0"]),
        ("pc-q35-7.2", ["pc_q35_compat_defaults", "hw_compat_10_1", "hw_compat_10_0", "pc_compat_10_0"]),
        (
            "pc-q35-4.0.1",
            [
                "pc_q35_compat_defaults", "hw_compat_10_1", "hw_compat_10_0", "pc_compat_10_0", "hw_compat_4_0",
                "pc_compat_4_0",
            ]
        ),
        (
            "pc-q35-4.0",
            [
                "pc_q35_compat_defaults", "hw_compat_10_1", "hw_compat_10_0", "pc_compat_10_0", "hw_compat_4_0",
                "pc_compat_4_0",
            ]
        ),
    ])
    func arraysApplyInChainOrder(name: String, origins: [String]) async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine(name))

        // Consecutive entries of one array collapse to one name; the empty pc_compat_10_1 adds none.
        let applied = machine.compat.map(\.source.origin).reduce(into: [String]()) { result, origin in
            if result.last != origin { result.append(origin) }
        }
        #expect(applied == origins)
    }

    @Test func lastEntryForAPropertyWins() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let effective = { (name: String) in registry.machine(name)?.effectiveCompat ?? [:] }

        #expect(effective("pc-q35-10.2")["virtio-net-pci.x-rx-burst"] == "on")
        #expect(effective("pc-q35-10.1")["virtio-net-pci.x-rx-burst"] == "off")
        #expect(effective("pc-q35-3.1")["virtio-net-pci.x-rx-burst"] == "on")
        #expect(effective("pc-q35-10.1")["virtio-blk-device.queue-size"] == "128")
        #expect(effective("pc-q35-10.0")["virtio-blk-device.queue-size"] == "64")
        #expect(effective("pc-q35-10.2")["virtio-blk-device.queue-size"] == nil)
    }

    @Test func optionalFlagIsKeptPerEntry() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-10.0"))

        #expect(machine.compat.filter { $0.optional }.map(\.key) == ["virtio-blk-device.queue-size"])
        #expect(machine.compat.filter { $0.optional }.map(\.source.origin) == ["hw_compat_10_1"])
    }

    @Test func entriesPointAtTheirLines() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-4.0"))

        #expect(machine.compat[0].source.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 7))
        #expect(machine.compat[1].source.location == SourceLocation(file: "hw/core/machine.c", line: 8))
        #expect(machine.compat.last?.source.location == SourceLocation(file: "hw/i386/pc.c", line: 14))
        #expect(machine.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 92))
    }

    // MARK: - Type names and literals

    @Test func typeNamesResolveThroughHeadersAnywhereInTheTree() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let drivers = Set(try #require(registry.machine("pc-q35-3.1")).compat.map(\.driver))

        // TYPE_VIRTIO_NET_PCI is TYPE_VIRTIO_NET "-pci", from an included header.
        #expect(drivers.contains("virtio-net-pci"))
        // `#  define TYPE_VIRTIO_DEVICE`, with spaces after the `#`.
        #expect(drivers.contains("virtio-device"))
        // TYPE_X86_CPU lives in target/i386/cpu-qom.h, which no file includes.
        #expect(drivers.contains("x86_64-cpu"))
        #expect(drivers.contains("qemu64-x86_64-cpu"))
        #expect(!drivers.contains { $0.hasPrefix("TYPE_") })
    }

    @Test func adjacentStringLiteralsJoin() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-4.0"))

        #expect(machine.effectiveCompat["qemu64-x86_64-cpu.model-id"] == "QEMU Virtual CPU version 4.0")
    }

    @Test func designatedEntriesReadLikePositionalOnes() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-4.0.1"))

        let entry = try #require(machine.compat.first { $0.driver == "virtio-gpu-device" })
        #expect(entry.property == "edid")
        #expect(entry.value == "false")
        #expect(!entry.optional)
        #expect(
            entry.source
                == Provenance(origin: "hw_compat_4_0", location: SourceLocation(file: "hw/core/machine.c", line: 21)))
    }

    // MARK: - Class facts and metadata

    @Test func classFactsKeepTheFunctionThatSetThem() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")

        #expect(
            registry.machine("pc-q35-10.2")?.factLines == [
                "pc_q35_machine_options: default_cpu_version = 1",
                "pc_q35_machine_options: default_kernel_irqchip_split = false",
                "pc_q35_machine_options: max_cpus = 4096",
            ])
        #expect(
            registry.machine("pc-q35-3.1")?.factLines == [
                "pc_q35_machine_4_0_1_options: default_cpu_version = CPU_VERSION_LEGACY",
                "pc_q35_machine_3_1_options: default_kernel_irqchip_split = false",
                "pc_q35_machine_7_2_options: max_cpus = 288",
                "pc_q35_machine_10_1_options: smbios_memory_device_size = 2047 * TiB",
                "pc_q35_machine_3_1_options: smbus_no_migration_support = true",
                "pc_q35_machine_3_1_options: pvh_enabled = false",
            ])
    }

    @Test func factsPointAtTheAssignment() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-7.2"))
        let maxCPUs = try #require(machine.classFacts.first { $0.field == "max_cpus" })

        #expect(maxCPUs.source.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 69))
    }

    @Test func metadataIsNotAClassFact() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let fields = Set(registry.machines.flatMap { $0.classFacts.map(\.field) })

        #expect(fields.isDisjoint(with: ["alias", "is_default", "desc", "family", "init", "deprecation_reason"]))
        #expect(registry.machines.allSatisfy { $0.summary == "Standard PC (Q35, fixture)" })
        #expect(registry.machines.allSatisfy { $0.condition == nil })
    }

    @Test func aliasBelongsToTheLatestOnly() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")

        #expect(registry.machines.filter { $0.alias != nil }.map(\.name) == ["pc-q35-10.2"])
        #expect(registry.machine("pc-q35-10.2")?.alias == "q35")
        #expect(registry.machines.allSatisfy { !$0.isDefault })
    }

    @Test func bugfixPairDiffersOnlyInIrqchipSplit() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let bugfix = try #require(registry.machine("pc-q35-4.0.1"))
        let plain = try #require(registry.machine("pc-q35-4.0"))

        #expect(bugfix.compat == plain.compat)
        #expect(bugfix.classFacts.map(\.field) == plain.classFacts.map(\.field))
        let differing = zip(bugfix.classFacts, plain.classFacts).filter { $0 != $1 }
        #expect(differing.map(\.0.description) == ["default_kernel_irqchip_split = false"])
        #expect(differing.map(\.1.description) == ["default_kernel_irqchip_split = true"])
        #expect(differing.map(\.1.source.origin) == ["pc_q35_machine_4_0_options"])
    }

    // MARK: - Lifecycle

    @Test(arguments: [
        ("pc-q35-10.2", true, false),
        ("pc-q35-10.1", true, false),
        ("pc-q35-10.0", true, false),
        ("pc-q35-7.2", true, true),
        ("pc-q35-4.0.1", false, true),
        ("pc-q35-4.0", false, true),
        ("pc-q35-3.1", false, true),
    ])
    func ruleDecidesRegistrationAndDeprecation(name: String, registered: Bool, deprecated: Bool) async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine(name))

        #expect(machine.registered == registered)
        #expect(machine.deprecated == deprecated)
    }

    @Test func unregisteredMachinesKeepTheirChains() async throws {
        let registry = try await ExtractionFixture.extract("new-generation")
        let machine = try #require(registry.machine("pc-q35-3.1"))

        #expect(!machine.registered)
        #expect(machine.compat.count == 12)
        #expect(!registry.registeredMachines(of: .x86_64).contains { $0.name == "pc-q35-3.1" })
    }
}
