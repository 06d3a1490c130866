@testable import QEMUSource
import GuestABI
import Testing

/// Where a tree reads machine-class fields, and what each read makes of a difference; small
/// files in QEMU's style, written for these tests.
@Suite struct ClassFieldReadsTests {
    static let board = """
        static void toy_acpi_add_root(Aml *dev, ToyMachineClass *tmc)
        {
            aml_append(dev, aml_name_decl("_UID", aml_int(tmc->root_uid)));
        }

        static void toy_nic_init(MachineClass *mc, PCIBus *bus)
        {
            pci_init_nic_devices(bus, mc->default_nic);
        }

        static void toy_memory_init(ToyMachineClass *tmc)
        {
            if (tmc->broken_hole_check) {
                toy_check_hole();
            }
            tmc->broken_hole_check = false;
        }

        static void toy_machine_2_0_options(MachineClass *m)
        {
            ToyMachineClass *tmc = TOY_MACHINE_CLASS(m);
            tmc->root_uid = 0;
            m->default_nic = "e1000";
            m->no_parallel = 1;
        }
        """
    static let startUp = """
        static void qemu_disable_default_devices(void)
        {
            if (!has_defaults || machine_class->no_parallel) {
                default_parallel = 0;
            }
        }
        """
    /// A file elsewhere whose unrelated structure has a field of the same name.
    static let elsewhere = """
        static void other_realize(OtherState *s)
        {
            use(s->root_uid);
        }
        """

    static let fields: [String: Set<String>] = [
        "root_uid": ["hw/toy/"], "default_nic": ["hw/toy/"], "broken_hole_check": ["hw/toy/"], "no_parallel": ["hw/toy/"],
    ]

    static func uses() async -> ClassFieldUses {
        await ClassFieldReads.uses(
            of: fields,
            in: [
                "hw/toy/board.c": Array(board.utf8), "system/vl.c": Array(startUp.utf8), "hw/other/dev.c": Array(elsewhere.utf8),
            ])
    }

    @Test func aFirmwareTableBuilderReadIsGuestVisible() async {
        let reads = await Self.uses().uses["root_uid"] ?? []
        #expect(reads.map(\.location) == ["hw/toy/board.c:3"])
        #expect(reads.first?.effect == .guestVisible)
        #expect(reads.first?.function == "toy_acpi_add_root")
    }

    @Test(arguments: ["default_nic", "no_parallel"])
    func defaultsOnlyReadsHaveNoEffectOnAVMThatNamesItsDevices(field: String) async {
        let uses = await Self.uses()
        let reads = uses.uses[field] ?? []
        #expect(reads.count == 1)
        #expect(reads.allSatisfy { $0.defaultsOnly })
        #expect(ClassFieldUses.effect(of: field, in: [uses, uses]).effect == .unknown)
        #expect(ClassFieldUses.effect(of: field, in: [uses, uses], devicesNamed: true).effect == .none)
    }

    @Test func anUnclassifiedReadIsUnknownAndAssignmentsAreNotReads() async {
        let uses = await Self.uses()
        let reads = uses.uses["broken_hole_check"] ?? []
        #expect(reads.map(\.location) == ["hw/toy/board.c:13"])
        let effect = ClassFieldUses.effect(of: "broken_hole_check", in: [uses, uses])
        #expect(effect.effect == .unknown)
        #expect(effect.evidence == ["hw/toy/board.c:13"])
    }

    @Test func withoutUsesOnBothSidesTheEffectIsUnknown() async {
        let uses = await Self.uses()
        #expect(ClassFieldUses.effect(of: "root_uid", in: [uses, .empty]).effect == .unknown)
        #expect(ClassFieldUses.effect(of: "never_read", in: [uses, uses]).effect == .none)
    }
}
