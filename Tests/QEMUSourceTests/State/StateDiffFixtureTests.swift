import Foundation
@testable import QEMUSource
import GuestABI
import Testing

/// Each finding kind on fixture trees of our own, and the changes that must not be findings.
@Suite struct StateDiffFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var a: String
        var b: String
        /// Expected (kind, forward, backward) of the single finding; nil for no finding.
        var expected: (StateFinding.Kind, StateOutcome, StateOutcome)?

        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "renamed field and comment edit: no finding",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: "/* edited */\n" + StateFixture.device(fields: "VMSTATE_UINT32(counter, WidgetState),"), expected: nil),
        Case(
            label: "new field behind a version bump breaks backward",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: StateFixture.device(
                version: 2, fields: "VMSTATE_UINT32(count, WidgetState),\nVMSTATE_UINT32_V(extra, WidgetState, 2),"),
            expected: (.layout, .fine, .breaks)),
        Case(
            label: "wider field at the same version breaks both ways",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: StateFixture.device(fields: "VMSTATE_UINT64(count, WidgetState),"), expected: (.layout, .breaks, .breaks)),
        Case(
            label: "unused buffer of the same size is wire-neutral",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),\nVMSTATE_UINT32(old, WidgetState),"),
            b: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),\nVMSTATE_UNUSED(4),"),
            expected: (.layout, .fine, .fine)),
        Case(
            label: "field behind a test predicate is conditional",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: StateFixture.device(
                fields: "VMSTATE_UINT32(count, WidgetState),\nVMSTATE_UINT32_TEST(extra, WidgetState, widget_has_extra),"),
            expected: (.layout, .conditional, .conditional)),
        Case(
            label: "raised minimum version breaks forward",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: StateFixture.device(version: 2, minimum: 2, fields: "VMSTATE_UINT32(count, WidgetState),"),
            expected: (.version, .breaks, .breaks)),
        Case(
            label: "subsection with .needed added: backward conditional",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: StateFixture.device(
                fields: "VMSTATE_UINT32(count, WidgetState),",
                subsections: ".subsections = (const VMStateDescription * const []) { &vmstate_widget_irq, NULL },",
                extra: """
                    static bool widget_irq_needed(void *opaque) { WidgetState *s = opaque; return s->irq_level != 0; }
                    static const VMStateDescription vmstate_widget_irq = {
                        .name = "widget/irq", .version_id = 1, .minimum_version_id = 1, .needed = widget_irq_needed,
                        .fields = (const VMStateField[]) { VMSTATE_UINT32(irq_level, WidgetState), VMSTATE_END_OF_LIST() },
                    };
                    """),
            expected: (.subsectionAdded, .fine, .conditional)),
        Case(
            label: "subsection without .needed removed: forward breaks",
            a: StateFixture.device(
                fields: "VMSTATE_UINT32(count, WidgetState),",
                subsections: ".subsections = (const VMStateDescription * const []) { &vmstate_widget_irq, NULL },",
                extra: """
                    static const VMStateDescription vmstate_widget_irq = {
                        .name = "widget/irq", .version_id = 1, .minimum_version_id = 1,
                        .fields = (const VMStateField[]) { VMSTATE_UINT32(irq_level, WidgetState), VMSTATE_END_OF_LIST() },
                    };
                    """),
            b: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            expected: (.subsectionRemoved, .breaks, .fine)),
        Case(
            label: "description nobody registers",
            a: StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),"),
            b: StateFixture.device(
                fields: "VMSTATE_UINT32(count, WidgetState),",
                extra: """
                    static const VMStateDescription vmstate_widget_lost = {
                        .name = "widget-lost", .version_id = 1, .minimum_version_id = 1,
                        .fields = (const VMStateField[]) { VMSTATE_END_OF_LIST() },
                    };
                    """),
            expected: (.unregistered, .fine, .fine)),
    ]

    @Test(arguments: cases)
    func finding(_ test: Case) async {
        let findings = await StateFixture.diff(test.a, test.b)
        guard let (kind, forward, backward) = test.expected else {
            #expect(findings.isEmpty, "\(findings)")
            return
        }
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?.kind == kind)
        #expect(findings.first?.forward == forward)
        #expect(findings.first?.backward == backward)
        #expect(findings.first?.why.isEmpty == false)
    }

    @Test func sectionAddedReachesItsDeviceType() async {
        let left = await StateFixture.model([:])
        let right = await StateFixture.model(["hw/misc/widget.c": StateFixture.device(fields: "VMSTATE_UINT32(count, WidgetState),")])
        let findings = StateDiff(left, right).findings
        #expect(findings.map(\.kind) == [.sectionAdded])
        #expect(findings.first?.reach == [.device(type: "widget")])
        #expect(findings.first?.backward == .breaks)
        #expect(findings.first?.to == SourceLocation(file: "hw/misc/widget.c", line: 4))
    }

    static let table = """
        { .name = "WREG0", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 0, .opc2 = 0 },
        { .name = "WREG0_ALIAS", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 0, .opc2 = 1,
          .type = ARM_CP_ALIAS },
        { .name = "WREG_NORAW", .state = ARM_CP_STATE_BOTH, .cp = 15, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 1, .opc2 = 0,
          .type = ARM_CP_NO_RAW | ARM_CP_CONST },
        { .name = "WREG_NOP", .cp = 15, .opc1 = 0, .crn = 7, .crm = 0, .opc2 = 4, .type = ARM_CP_NOP },
        { .name = "WREG_CONST", .state = ARM_CP_STATE_BOTH, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 2, .opc2 = 0,
          .type = ARM_CP_CONST },
        """

    @Test func registerTableKeepsOnlyMigratedKeys() async throws {
        let model = await StateFixture.model(["target/arm/widget.c": StateFixture.registers(Self.table)])
        let table = try #require(model.registerTables.first)
        #expect(table.keys.map(\.name) == ["WREG0", "WREG_CONST", "WREG_CONST"])
        #expect(Set(table.excluded) == ["WREG0_ALIAS", "WREG_NORAW", "WREG_NOP"])
        #expect(table.definedIn == "register_widget_regs")
        #expect(table.gate == ["arm_feature(& cpu->env, ARM_FEATURE_WIDGET)"])
        #expect(table.keys.first?.location == SourceLocation(file: "target/arm/widget.c", line: 3))
    }

    @Test func registerKeyAddedBreaksBackwardRemovedForward() async {
        let extra = "{ .name = \"WREG9\", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 9, .opc2 = 0 },\n"
        let left = await StateFixture.model(["target/arm/widget.c": StateFixture.registers(Self.table)])
        let right = await StateFixture.model(["target/arm/widget.c": StateFixture.registers(Self.table + extra)])
        let added = StateDiff(left, right).findings
        #expect(added.map(\.kind) == [.registerKeys])
        #expect(added.first?.forward == .fine)
        #expect(added.first?.backward == .breaks)
        #expect(added.first?.reach == [.cpu(scope: "target/arm")])
        #expect(added.first?.details.contains { $0.contains("WREG9") && $0.contains("target/arm/widget.c:") } == true)
        let removed = StateDiff(right, left).findings
        #expect(removed.first?.forward == .breaks)
        #expect(removed.first?.backward == .fine)
    }

    @Test func renamingTheTableVariableIsNoFinding() async {
        let renamed = StateFixture.registers(Self.table).replacingOccurrences(of: "widget_cp_reginfo", with: "wdg_regs")
        let left = await StateFixture.model(["target/arm/widget.c": StateFixture.registers(Self.table)])
        let right = await StateFixture.model(["target/arm/widget.c": renamed])
        #expect(StateDiff(left, right).findings.isEmpty)
    }

    /// A CPU file (or SoC file, by `path`) with two tables under two feature gates.
    static func gated(widget: String, gadget: String) -> String {
        """
        #include "cpregs.h"
        static const ARMCPRegInfo widget_cp_reginfo[] = {
        \(widget)
        };
        static const ARMCPRegInfo gadget_cp_reginfo[] = {
        \(gadget)
        };

        void register_widget_regs(ARMCPU *cpu)
        {
            if (arm_feature(&cpu->env, ARM_FEATURE_WIDGET)) {
                define_arm_cp_regs(cpu, widget_cp_reginfo);
            }
            if (arm_feature(&cpu->env, ARM_FEATURE_GADGET)) {
                define_arm_cp_regs(cpu, gadget_cp_reginfo);
            }
        }
        """
    }

    /// Tables defined in the branches of an `if` / `else if` / `else` chain, braced or as
    /// single statements: each table's gate is the conditions that hold in its branch.
    @Test(arguments: [true, false])
    func anElseIfChainGivesEachBranchTheNegationsBeforeIt(braced: Bool) async throws {
        func branch(_ call: String) -> String { braced ? "{\n        \(call);\n    }" : "\n        \(call);" }
        let code = """
            #include "cpregs.h"
            static const ARMCPRegInfo widget_cp_reginfo[] = {
            \(Self.wreg9)
            };
            static const ARMCPRegInfo gadget_cp_reginfo[] = {
            \(Self.wreg9.replacingOccurrences(of: "WREG9", with: "GREG9"))
            };
            static const ARMCPRegInfo fallback_cp_reginfo[] = {
            \(Self.wreg9.replacingOccurrences(of: "WREG9", with: "FREG9"))
            };

            void register_widget_regs(ARMCPU *cpu)
            {
                if (arm_feature(&cpu->env, ARM_FEATURE_WIDGET)) \(branch("define_arm_cp_regs(cpu, widget_cp_reginfo)"))
                else if (arm_feature(&cpu->env, ARM_FEATURE_GADGET)) \(branch("define_arm_cp_regs(cpu, gadget_cp_reginfo)"))
                else \(branch("define_arm_cp_regs(cpu, fallback_cp_reginfo)"))
            }
            """
        let model = await StateFixture.model(["target/arm/widget.c": code])
        let widget = "arm_feature(& cpu->env, ARM_FEATURE_WIDGET)"
        let gadget = "arm_feature(& cpu->env, ARM_FEATURE_GADGET)"
        let gates = model.registerTables.map { [$0.identifier: $0.gate] }
        #expect(gates.contains(["widget_cp_reginfo": [widget]]), "\(gates)")
        #expect(gates.contains(["gadget_cp_reginfo": ["!(\(widget))", gadget]]), "\(gates)")
        #expect(gates.contains(["fallback_cp_reginfo": ["!(\(widget))", "!(\(gadget))"]]), "\(gates)")
        #expect(gates.count == 3)
    }

    static let wreg9 = "{ .name = \"WREG9\", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 9, .opc2 = 0 },"

    @Test func aKeyMovedToAnotherGateIsUnknownNotABreak() async {
        let left = await StateFixture.model(["target/arm/widget.c": Self.gated(widget: Self.table + Self.wreg9, gadget: "")])
        let right = await StateFixture.model(["target/arm/widget.c": Self.gated(widget: Self.table, gadget: Self.wreg9)])
        let findings = StateDiff(left, right).findings
        #expect(findings.count == 2, "\(findings)")
        let widget = findings.first { $0.identifier == "widget_cp_reginfo" }
        let gadget = findings.first { $0.identifier == "gadget_cp_reginfo" }
        #expect(widget?.forward == .unknown)
        #expect(widget?.backward == .fine)
        #expect(widget?.why.contains("ARM_FEATURE_WIDGET") == true)
        #expect(gadget?.forward == .fine)
        #expect(gadget?.backward == .unknown)
        #expect(findings.allSatisfy { $0.reach == [.cpu(scope: "target/arm")] })
    }

    @Test func aTableOutsideTheCPUFolderReachesItsCodeNotTheTarget() async {
        let left = await StateFixture.model(["hw/arm/widget_soc.c": Self.gated(widget: Self.table + Self.wreg9, gadget: "")])
        let right = await StateFixture.model(["hw/arm/widget_soc.c": Self.gated(widget: Self.table, gadget: "")])
        let findings = StateDiff(left, right).findings
        #expect(findings.map(\.kind) == [.registerKeys])
        #expect(findings.first?.forward == .breaks)
        #expect(findings.first?.reach == [.code(function: "register_widget_regs", file: "hw/arm/widget_soc.c")])
        #expect(findings.first?.reaches(cpuScopes: ["target/arm"], devices: []) == false)
    }

    /// A CPU description in `folder` whose second field is `second`.
    static func cpuState(_ folder: String, second: String) -> [String: String] {
        [
            "\(folder)/machine.c": """
            #include "migration/vmstate.h"
            static bool cpu_pre_2_8_migration(void *opaque, int version_id) { return false; }
            const VMStateDescription vmstate_widget_cpu = {
                .name = "cpu",
                .version_id = 5,
                .minimum_version_id = 5,
                .fields = (const VMStateField[]) {
                    VMSTATE_UINT32(env.pc, WidgetCPU),
            \(second)
                    VMSTATE_END_OF_LIST()
                },
            };
            """
        ]
    }

    @Test(arguments: [
        ("target/ppc", "VMSTATE_UNUSED(sizeof(target_ulong)),", StateOutcome.fine),
        ("target/m68k", "VMSTATE_UNUSED(sizeof(target_ulong)),", StateOutcome.breaks),
        ("target/ppc", "VMSTATE_UNUSED(sizeof(target_ulong)),\nVMSTATE_UINT32_TEST(mig_nb, WidgetCPU, cpu_pre_2_8_migration),", StateOutcome.conditional),
        ("hw/misc", "VMSTATE_UNUSED(sizeof(target_ulong)),", StateOutcome.breaks),
    ])
    func targetDependentSizesAreResolvedPerTarget(folder: String, replacement: String, expected: StateOutcome) async {
        let left = await StateFixture.model(Self.cpuState(folder, second: "VMSTATE_UINT64(env.reserve, WidgetCPU),"))
        let right = await StateFixture.model(Self.cpuState(folder, second: replacement))
        let findings = StateDiff(left, right).findings
        #expect(findings.map(\.kind) == [.layout], "\(findings)")
        #expect(findings.first?.forward == expected)
        #expect(findings.first?.backward == expected)
    }
}

@Suite struct ConditionNegationTests {
    @Test(arguments: [
        ("arm_feature(env, ARM_FEATURE_V7)", "!(arm_feature(env, ARM_FEATURE_V7))"),
        ("!arm_feature(env, ARM_FEATURE_PMSA)", "arm_feature(env, ARM_FEATURE_PMSA)"),
        ("!a(x) && b(y)", "!(!a(x) && b(y))"),
        ("!(a || b)", "!(!(a || b))"),
    ])
    func aNegatedCallNegatedAgainIsTheCall(condition: String, negation: String) {
        #expect(ConditionWalker.negation(of: condition) == negation)
    }
}
