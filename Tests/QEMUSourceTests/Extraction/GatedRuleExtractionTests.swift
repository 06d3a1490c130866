import GuestABI
import QEMUSource
import Testing

/// The `gated-rule` fixture: a 10.0.0 tree with the 9.1 – 10.0 rule, where
/// `MACHINE_VER_DELETION` drops a machine only when `QEMU_DELETE_MACHINES` is set, and aarch64
/// virt machines defined with `DEFINE_VIRT_MACHINE_IMPL(latest, …)`.
@Suite struct GatedRuleExtractionTests {
    @Test func readsTheGatedRule() async throws {
        let registry = try await ExtractionFixture.extract("gated-rule")

        #expect(registry.lifecycleRule.deletionGate == .environmentVariable("QEMU_DELETE_MACHINES"))
        // No `_MACHINE_VER_IS_NEXT_MINOR_EXPIRED`: snapshots are judged by their own numbers.
        #expect(registry.lifecycleRule == .gatedDeletion)
        #expect(registry.qemuVersion == QEMUVersion(10, 0, 0))
        #expect(registry.diagnostics.isEmpty)
        #expect(registry.complete)
    }

    @Test(arguments: [
        ("virt-10.0", true, false),
        ("virt-6.2", true, true),
        ("virt-3.1", true, true),
    ])
    func expiredMachinesStayRegistered(name: String, registered: Bool, deprecated: Bool) async throws {
        let registry = try await ExtractionFixture.extract("gated-rule")
        let machine = try #require(registry.machine(name, of: .aarch64))

        #expect(machine.registered == registered)
        #expect(machine.deprecated == deprecated)
    }

    @Test func deletionNeedsTheVariable() async throws {
        let registry = try await ExtractionFixture.extract("gated-rule")
        let old = try #require(registry.machine("virt-3.1", of: .aarch64))
        let rule = registry.lifecycleRule

        #expect(rule.isPastDeletionAge(old.version, at: registry.qemuVersion))
        #expect(!rule.isDeleted(old.version, at: registry.qemuVersion, environment: .standard))
        #expect(rule.isDeleted(old.version, at: registry.qemuVersion, environment: .deleteMachines))
    }

    @Test func virtMachinesReadThroughTheLatestFlag() async throws {
        let registry = try await ExtractionFixture.extract("gated-rule")

        #expect(registry.machines.map(\.name) == ["virt-10.0", "virt-6.2", "virt-3.1"])
        #expect(registry.machines.allSatisfy { $0.target == .aarch64 && $0.family == .armVirt })
        #expect(registry.machines.filter { $0.alias != nil }.map(\.name) == ["virt-10.0"])
        #expect(registry.machine("virt-10.0", of: .aarch64)?.alias == "virt")
        // The summary is built with `#major "." #minor` inside the definition macro.
        #expect(registry.machine("virt-6.2", of: .aarch64)?.summary == "QEMU 6.2 ARM Virtual Machine")
        #expect(
            registry.machine("virt-3.1", of: .aarch64)?.compatLines == [
                "hw_compat_6_2: PIIX4_PM.x-not-migrate-acpi-index=on",
                "hw_compat_3_1: usb-tablet.serial=42",
            ])
        #expect(
            registry.machine("virt-3.1", of: .aarch64)?.factLines == [
                "virt_machine_10_0_options: auto_create_sdcard = true",
                "virt_machine_6_2_options: no_tcg_lpa2 = true",
            ])
    }
}
