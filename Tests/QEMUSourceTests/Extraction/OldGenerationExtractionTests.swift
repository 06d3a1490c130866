import GuestABI
import QEMUSource
import Testing

/// The `old-generation` fixture: a 5.2.0 tree from before the automatic lifecycle rule, with
/// q35 and i440fx machines written with `DEFINE_PC_MACHINE` (`.name = namestr
/// TYPE_MACHINE_SUFFIX`), aliases moved by `m->alias = …;`, a local compat array, an explicit
/// deprecation, a Xen machine under `#ifdef`, and spapr machines including `pseries-2.12-sxxm`.
@Suite struct OldGenerationExtractionTests {
    // MARK: - Tree

    @Test func readsEveryFamilyFile() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")

        #expect(
            registry.machines.filter { $0.target == .x86_64 }.map(\.name) == [
                "pc-q35-5.2", "pc-q35-5.1", "pc-q35-5.0", "pc-q35-4.2", "pc-q35-4.1", "pc-i440fx-5.2", "pc-i440fx-5.1",
                "xenfv-4.2",
            ])
        #expect(
            registry.machines.filter { $0.target == .ppc64 }.map(\.name) == [
                "pseries-5.2", "pseries-2.12-sxxm", "pseries-2.12",
            ])
        #expect(registry.machines.count == 11)
        #expect(registry.diagnostics.isEmpty)
        #expect(registry.complete)
    }

    @Test func boardsHeaderWithoutRuleMeansNone() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")

        #expect(registry.qemuVersion == QEMUVersion(5, 2, 0))
        #expect(registry.lifecycleRule == .none)
        // Without a rule nothing is dropped, however old.
        #expect(registry.machines.allSatisfy { $0.registered })
    }

    // MARK: - Metadata

    @Test func aliasMovesWithTheLatestMachine() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")

        #expect(registry.machine("pc-q35-5.2")?.alias == "q35")
        // `m->alias = NULL;` in the next older options function clears it.
        #expect(registry.machine("pc-q35-5.1")?.alias == nil)
        #expect(registry.machine("pc-q35-4.1")?.alias == nil)
        #expect(registry.machine("pc-i440fx-5.2")?.alias == "pc")
        #expect(registry.machine("pseries-5.2", of: .ppc64)?.alias == "pseries")
        #expect(registry.machine("pseries-2.12", of: .ppc64)?.alias == nil)
    }

    @Test func defaultFlagFollowsAssignmentsAndBranches() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")

        // `m->is_default = 1;` then `= 0;` in the older machine.
        #expect(registry.machine("pc-i440fx-5.2")?.isDefault == true)
        #expect(registry.machine("pc-i440fx-5.1")?.isDefault == false)
        // `if (latest)` with `latest` a macro argument: `true` runs the branch, `false` skips it.
        #expect(registry.machine("pseries-5.2", of: .ppc64)?.isDefault == true)
        #expect(registry.machine("pseries-2.12-sxxm", of: .ppc64)?.isDefault == false)
        #expect(registry.machines.filter { $0.isDefault }.map(\.name) == ["pc-i440fx-5.2", "pseries-5.2"])
    }

    @Test func explicitDeprecationReasonDeprecatesOlderMachinesToo() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")

        #expect(registry.machine("pc-q35-4.2")?.deprecated == true)
        // 4.1 runs 4.2's options, which set the reason, and does not clear it.
        #expect(registry.machine("pc-q35-4.1")?.deprecated == true)
        #expect(registry.machines.filter { $0.deprecated }.map(\.name) == ["pc-q35-4.2", "pc-q35-4.1"])
    }

    @Test func conditionComesFromTheEnclosingIfdef() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")
        let xen = try #require(registry.machine("xenfv-4.2"))

        #expect(xen.family == .xenfv)
        #expect(xen.condition == "defined(CONFIG_XEN)")
        #expect(xen.summary == "Xen Fully-virtualized PC")
        #expect(registry.machines.filter { $0.condition != nil }.map(\.name) == ["xenfv-4.2"])
    }

    // MARK: - Compat chains

    @Test func localArrayEntriesTakeTheFunctionName() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")
        let machine = try #require(registry.machine("pc-q35-5.0"))

        #expect(
            machine.compatLines == [
                "hw_compat_5_1: vhost-scsi.num_queues=1",
                "hw_compat_5_1: virtio-blk-device.num-queues=1",
                "pc_compat_5_1: ICH9-LPC.x-smi-cpu-hotplug=off",
                "pc_q35_5_0_machine_options: qemu32-x86_64-cpu.model-id=QEMU Virtual CPU version 5.0.0",
                "pc_q35_5_0_machine_options: qemu64-x86_64-cpu.model-id=QEMU Virtual CPU version 5.0.0",
                "pc_q35_5_0_machine_options: ich9-ahci.x-legacy-ports=on",
            ])
        // Entries from a helper macro point at the line that invokes it.
        #expect(machine.compat[3].source.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 51))
        #expect(machine.compat[5].source.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 52))
    }

    @Test func olderMachinesInheritTheLocalArray() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")
        let newer = try #require(registry.machine("pc-q35-5.0"))
        let older = try #require(registry.machine("pc-q35-4.1"))

        #expect(older.compat == newer.compat)
        #expect(older.effectiveCompat.count == 6)
    }

    @Test func classFactsAcrossTheChain() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")

        #expect(
            registry.machine("pc-q35-4.1")?.factLines == [
                "pc_q35_4_1_machine_options: max_cpus = 255",
                "pc_q35_5_2_machine_options: default_cpu_version = 1",
                "pc_q35_5_1_machine_options: kvmclock_create_always = false",
            ])
        // String values keep their quotes: the fact is the C expression.
        #expect(
            registry.machine("pc-i440fx-5.2")?.factLines == [#"pc_i440fx_machine_options: default_display = "std""#])
    }

    // MARK: - spapr

    @Test func taggedPseriesMachine() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")
        let machine = try #require(registry.machine("pseries-2.12-sxxm", of: .ppc64))

        #expect(machine.family == .pseries)
        #expect(machine.version == MachineVersion(2, 12, tag: "sxxm"))
        #expect(machine.version.isLegacyTagged)
        #expect(!machine.version.isBugfix)
        #expect(machine.location == SourceLocation(file: "hw/ppc/spapr.c", line: 64))
    }

    /// The class init of the parent type the file declares (`TYPE_SPAPR_MACHINE`) runs first:
    /// what it sets is each machine's inherited value, kept apart from the machine's own chain;
    /// its metadata (`desc`) is not the machine's, and a setting under `#ifdef` depends on the
    /// build: a TCG build's (`#ifdef CONFIG_TCG`: `max_cpus = 1024`, not the `#else` branch's
    /// 2048) is kept, as guestabi judges TCG builds; any other (`#ifdef CONFIG_FDT`) is not.
    @Test func parentClassInitGivesInheritedFacts() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")
        let newest = try #require(registry.machine("pseries-5.2", of: .ppc64))
        let older = try #require(registry.machine("pseries-2.12", of: .ppc64))
        let inherited = [
            "spapr_machine_class_init: reset = spapr_machine_reset",
            #"spapr_machine_class_init: default_cpu_type = POWERPC_CPU_TYPE_NAME("power9_v2.0")"#,
            "spapr_machine_class_init: default_caps.caps[SPAPR_CAP_HPT_MAXPAGESIZE] = 16",
            "spapr_machine_class_init: max_cpus = 1024",
        ]

        #expect(newest.inheritedFacts?.map { "\($0.source.origin): \($0)" } == inherited)
        #expect(older.inheritedFacts?.map { "\($0.source.origin): \($0)" } == inherited)
        #expect(newest.factLines.isEmpty)
        #expect(newest.summary == nil)
        #expect(older.factLines == ["spapr_machine_2_12_class_options: default_caps.caps[SPAPR_CAP_HPT_MAXPAGESIZE] = 0"])
        // A machine whose parent the file does not declare inherits nothing read.
        #expect(registry.machine("pc-i440fx-5.2")?.inheritedFacts == nil)
    }

    @Test func taggedMachineAddsToItsBaseChain() async throws {
        let registry = try await ExtractionFixture.extract("old-generation")
        let base = try #require(registry.machine("pseries-2.12", of: .ppc64))
        let tagged = try #require(registry.machine("pseries-2.12-sxxm", of: .ppc64))

        #expect(
            tagged.compatLines == [
                "hw_compat_2_12: migration.decompress-error-check=off",
                "hw_compat_2_12: hda-audio.use-timer=false",
                "spapr_machine_2_12_class_options: spapr-pci-host-bridge.mem64_win_size=0",
            ])
        #expect(tagged.compat == base.compat)
        #expect(
            tagged.factLines == [
                "spapr_machine_2_12_class_options: default_caps.caps[SPAPR_CAP_HPT_MAXPAGESIZE] = 0",
                "spapr_machine_2_12_sxxm_class_options: default_caps.caps[SPAPR_CAP_CFPC] = SPAPR_CAP_WORKAROUND",
                "spapr_machine_2_12_sxxm_class_options: default_caps.caps[SPAPR_CAP_SBBC] = SPAPR_CAP_WORKAROUND",
            ])
        #expect(
            base.factLines == ["spapr_machine_2_12_class_options: default_caps.caps[SPAPR_CAP_HPT_MAXPAGESIZE] = 0"])
    }

    @Test func latestPseriesHasNoCompat() async throws {
        let registry = try await ExtractionFixture.extract("old-generation", targets: [.ppc64])
        let machine = try #require(registry.machine("pseries-5.2", of: .ppc64))

        #expect(registry.machines.map(\.name) == ["pseries-5.2", "pseries-2.12-sxxm", "pseries-2.12"])
        #expect(machine.compat.isEmpty)
        #expect(machine.classFacts.isEmpty)
        #expect(machine.summary == nil)
    }
}
