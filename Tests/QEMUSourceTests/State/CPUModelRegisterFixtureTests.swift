import Foundation
import GuestABI
@testable import QEMUSource
import Testing

/// A CPU folder of our own in QEMU's style: two CPU models registered by `ARMCPUInfo`, feature
/// implications and a property-dependent clear in common code, a property setter that sets a
/// feature, and register tables whose entries code retypes before defining them.
@Suite struct CPUModelRegisterFixtureTests {
    static let models = """
        #include "cpregs.h"
        static const ARMCPRegInfo widget_v2_cp_reginfo[] = {
            { .name = "WV2CTLR", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 1, .crn = 15, .crm = 0, .opc2 = 0 },
        };
        static void widget_v1_initfn(Object *obj)
        {
            ARMCPU *cpu = ARM_CPU(obj);
            set_feature(&cpu->env, ARM_FEATURE_WV1);
        }
        static void widget_v2_initfn(Object *obj)
        {
            ARMCPU *cpu = ARM_CPU(obj);
            set_feature(&cpu->env, ARM_FEATURE_WV2);
            set_feature(&cpu->env, ARM_FEATURE_SECURE);
            define_arm_cp_regs(cpu, widget_v2_cp_reginfo);
        }
        static const ARMCPUInfo widget_cpus[] = {
            { .name = "widget-v1", .initfn = widget_v1_initfn },
            { .name = "widget-v2", .initfn = widget_v2_initfn },
        };
        """

    static let common = """
        #include "cpregs.h"
        static void widget_propagate(ARMCPU *cpu)
        {
            CPUARMState *env = &cpu->env;
            if (arm_feature(env, ARM_FEATURE_WV2)) {
                set_feature(env, ARM_FEATURE_LARGE);
                set_feature(env, ARM_FEATURE_WV1);
            }
        }
        void widget_cpu_post_init(Object *obj)
        {
            widget_propagate(ARM_CPU(obj));
        }
        static void widget_cpu_realizefn(DeviceState *dev, Error **errp)
        {
            ARMCPU *cpu = ARM_CPU(dev);
            CPUARMState *env = &cpu->env;
            if (!cpu->has_secure) {
                unset_feature(env, ARM_FEATURE_SECURE);
            }
            register_widget_regs(cpu);
        }
        static void widget_set_wide(Object *obj, bool value, Error **errp)
        {
            ARMCPU *cpu = ARM_CPU(obj);
            if (value) {
                set_feature(&cpu->env, ARM_FEATURE_WIDE);
            }
        }
        static void widget_cpu_class_init(ObjectClass *oc, void *data)
        {
            object_class_property_add_bool(oc, "wide", NULL, widget_set_wide);
        }
        """

    /// The register code: `WPAR` under WV1, retyped to an alias for LARGE CPUs when `retyped`;
    /// a secure table; a table only the `wide` property's setter would reach; `extra` more code.
    static func helper(retyped: Bool, extra: String = "") -> String {
        """
        #include "cpregs.h"
        static const ARMCPRegInfo secure_cp_reginfo[] = {
            { .name = "WSEC", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 6, .crn = 15, .crm = 0, .opc2 = 0 },
        };
        static const ARMCPRegInfo wide_cp_reginfo[] = {
            { .name = "WWIDE", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 7, .opc2 = 0 },
        };
        void register_widget_regs(ARMCPU *cpu)
        {
            CPUARMState *env = &cpu->env;
            if (arm_feature(env, ARM_FEATURE_WV1)) {
                ARMCPRegInfo par_reginfo[] = {
                    { .name = "WPAR", .cp = 15, .crn = 7, .crm = 4, .opc1 = 0, .opc2 = 0 },
                };
                \(retyped ? "if (arm_feature(env, ARM_FEATURE_LARGE)) {\n            par_reginfo[0].type = ARM_CP_ALIAS;\n        }" : "")
                define_arm_cp_regs(cpu, par_reginfo);
            }
            if (arm_feature(env, ARM_FEATURE_SECURE)) {
                define_arm_cp_regs(cpu, secure_cp_reginfo);
            }
            if (arm_feature(env, ARM_FEATURE_WIDE)) {
                define_arm_cp_regs(cpu, wide_cp_reginfo);
            }
        \(extra)
        }
        """
    }

    static func tree(retyped: Bool, extra: String = "") async -> StateModel {
        await StateFixture.model([
            "target/arm/widget_cpus.c": models, "target/arm/widget_cpu.c": common,
            "target/arm/widget_helper.c": helper(retyped: retyped, extra: extra),
        ])
    }

    @Test func aModelsFeaturesFollowItsInitImplicationsAndClears() async throws {
        let model = await Self.tree(retyped: false)
        let code = try #require(model.cpuModelCode["target/arm"])
        #expect(Set(code.models.map(\.name)) == ["widget-v1", "widget-v2"])
        let v2 = try #require(CPUModelFeatures(model: "widget-v2", code: code))
        #expect(v2.features["ARM_FEATURE_WV2"] == .yes)
        #expect(v2.features["ARM_FEATURE_LARGE"] == .yes, "implied by WV2 in common code")
        #expect(v2.features["ARM_FEATURE_WV1"] == .yes)
        #expect(v2.features["ARM_FEATURE_SECURE"] == .unknown, "cleared when a machine turns has_secure off")
        #expect(v2.features["ARM_FEATURE_WIDE"] == nil, "only a property setter sets it")
        #expect(v2.runs("widget_v1_initfn") == .no)
        #expect(v2.runs("widget_cpu_realizefn") == .yes)
        let v1 = try #require(CPUModelFeatures(model: "widget-v1", code: code))
        #expect(v1.features["ARM_FEATURE_LARGE"] == nil)
        #expect(v1.features["ARM_FEATURE_SECURE"] == nil)
        #expect(CPUModelFeatures(model: "widget-v3", code: code) == nil)
    }

    @Test func aRetypedEntryIsMigratedOnlyWhereTheRetypeDoesNotApply() async throws {
        let model = await Self.tree(retyped: true)
        let par = try #require(model.registerTables.first { $0.identifier == "par_reginfo" })
        #expect(par.keys.map(\.conditions) == [["!(arm_feature(env, ARM_FEATURE_LARGE))"]])
        // Without a model, the key moved under another condition: unknown, not a break.
        let findings = StateDiff(await Self.tree(retyped: false), model).findings.filter { $0.kind == .registerKeys }
        #expect(findings.map(\.forward).contains(.unknown), "\(findings)")
        #expect(!findings.contains { $0.forward == .breaks || $0.backward == .breaks }, "\(findings)")
    }

    /// The retype reaches the model with LARGE (widget-v2) and not the one without.
    @Test(arguments: [("widget-v2", StateOutcome.breaks), ("widget-v1", .fine)])
    func aRetypeBreaksForTheModelsItReaches(model: String, forward: StateOutcome) async throws {
        let before = await Self.tree(retyped: false)
        let after = await Self.tree(retyped: true)
        let comparison = try #require(CPUModelRegisterComparison(a: before, modelA: model, b: after, modelB: model, scope: "target/arm"))
        let par = comparison.findings.first { $0.identifier == "par_reginfo" }
        #expect((par?.forward ?? .fine) == forward, "\(comparison.findings)")
        #expect((par?.backward ?? .fine) == .fine)
        if forward == .breaks {
            #expect(par?.details.first?.contains("WPAR") == true)
            #expect(par?.why.contains(model) == true)
        }
    }

    /// A table the destination adds under a feature a machine property decides is unknown for
    /// the model; one only a property setter would reach is no finding at all.
    @Test func addedTablesAreJudgedByWhatTheModelCanHave() async throws {
        let extra = """
                if (arm_feature(env, ARM_FEATURE_SECURE)) {
                    ARMCPRegInfo more_secure[] = {
                        { .name = "WSEC2", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 6, .crn = 15, .crm = 1, .opc2 = 0 },
                    };
                    define_arm_cp_regs(cpu, more_secure);
                }
                if (arm_feature(env, ARM_FEATURE_WIDE)) {
                    ARMCPRegInfo more_wide[] = {
                        { .name = "WWIDE2", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 8, .opc2 = 0 },
                    };
                    define_arm_cp_regs(cpu, more_wide);
                }
                if (arm_feature(env, ARM_FEATURE_WV1)) {
                    ARMCPRegInfo more_v1[] = {
                        { .name = "WV1NEW", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 15, .crm = 9, .opc2 = 0 },
                    };
                    define_arm_cp_regs(cpu, more_v1);
                }
            """
        let before = await Self.tree(retyped: false)
        let after = await Self.tree(retyped: false, extra: extra)
        let comparison = try #require(CPUModelRegisterComparison(a: before, modelA: "widget-v2", b: after, modelB: "widget-v2", scope: "target/arm"))
        let outcomes = Dictionary(uniqueKeysWithValues: comparison.findings.map { ($0.identifier, ($0.forward, $0.backward)) })
        #expect(outcomes["more_secure"]?.0 == .fine)
        #expect(outcomes["more_secure"]?.1 == .unknown)
        #expect(outcomes["more_wide"] == nil)
        #expect(outcomes["more_v1"]?.1 == .breaks, "the destination's model surely sends a key the source does not define")
        #expect(outcomes.count == 2, "nothing else differs: \(outcomes)")
    }

    /// Two blocks of one function each declare a local table of the same name: each call
    /// defines the table declared just before it, under its own gate.
    @Test func sameNamedLocalTablesKeepTheirOwnCalls() async throws {
        let code = """
            #include "cpregs.h"
            void register_widget_regs(ARMCPU *cpu)
            {
                CPUARMState *env = &cpu->env;
                if (arm_feature(env, ARM_FEATURE_WV1)) {
                    ARMCPRegInfo reset = { .name = "WRESET1", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 12, .crm = 0, .opc2 = 1 };
                    define_one_arm_cp_reg(cpu, &reset);
                }
                if (arm_feature(env, ARM_FEATURE_WV2)) {
                    ARMCPRegInfo reset = { .name = "WRESET2", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 4, .crn = 12, .crm = 0, .opc2 = 1 };
                    define_one_arm_cp_reg(cpu, &reset);
                }
            }
            """
        let model = await StateFixture.model(["target/arm/widget_helper.c": code])
        let gates = model.registerTables.map { ($0.keys.map(\.name), $0.gate) }
        #expect(gates.count == 2, "\(gates)")
        #expect(gates.contains { $0.0 == ["WRESET1"] && $0.1 == ["arm_feature(env, ARM_FEATURE_WV1)"] })
        #expect(gates.contains { $0.0 == ["WRESET2"] && $0.1 == ["arm_feature(env, ARM_FEATURE_WV2)"] })
    }

    /// A table defined by two models' init functions is a table of each.
    @Test func aTableTwoModelsDefineReachesBoth() async throws {
        let models = Self.models.replacingOccurrences(
            of: "    set_feature(&cpu->env, ARM_FEATURE_WV1);\n", with: "    set_feature(&cpu->env, ARM_FEATURE_WV1);\n    define_arm_cp_regs(cpu, widget_v2_cp_reginfo);\n")
        let model = await StateFixture.model(["target/arm/widget_cpus.c": models, "target/arm/widget_cpu.c": Self.common])
        for name in ["widget-v1", "widget-v2"] {
            let keys = try #require(CPUModelKeys(of: model, model: name, scope: "target/arm")).migrated
            #expect(keys["aa64 op0=3 op1=1 crn=15 crm=0 op2=0"] == .yes, "\(name)")
        }
    }

    /// QEMU migrates no bank of the AArch32 view of a banked register defined for both states
    /// on a v8 CPU; an AArch32-only banked register keeps its key.
    @Test func bankedRegistersOfBothStatesMigrateTheirAArch32ViewOnlyBeforeV8() async throws {
        let code = StateFixture.registers("""
            { .name = "WBANK", .state = ARM_CP_STATE_BOTH, .opc0 = 3, .opc1 = 0, .crn = 12, .crm = 0, .opc2 = 0,
              .bank_fieldoffsets = { 0, 8 } },
            { .name = "WBANK32", .cp = 15, .opc1 = 0, .crn = 13, .crm = 0, .opc2 = 0, .bank_fieldoffsets = { 0, 8 } },
            """)
        let model = await StateFixture.model(["target/arm/widget.c": code])
        let keys = model.registerTables.flatMap(\.keys)
        #expect(keys.first { $0.key.hasPrefix("aa32") && $0.name == "WBANK" }?.conditions == ["!arm_feature(env, ARM_FEATURE_V8)"])
        #expect(keys.first { $0.key.hasPrefix("aa64") && $0.name == "WBANK" }?.conditions == [])
        #expect(keys.first { $0.name == "WBANK32" }?.conditions == [])
    }

    /// Trees before the `ARM_CP_*` enum `#define` the type flags, and mark special registers
    /// with the `ARM_CP_SPECIAL` bit: their tables are read with those values.
    @Test func definedTypeFlagsOfOlderTreesAreRead() async throws {
        let header = """
            #define ARM_CP_SPECIAL 0x0001
            #define ARM_CP_CONST 0x0002
            #define ARM_CP_ALIAS 0x0020
            #define ARM_CP_NO_RAW 0x0080
            #define ARM_CP_NOP (ARM_CP_SPECIAL | 0x0100)
            enum { ARM_CP_STATE_AA32 = 0, ARM_CP_STATE_AA64 = 1, ARM_CP_STATE_BOTH = 2 };
            #define CP_ANY 0xff
            typedef struct ARMCPRegInfo ARMCPRegInfo;
            """
        let code = StateFixture.registers("""
            { .name = "WKEEP", .cp = 15, .opc1 = 0, .crn = 13, .crm = 0, .opc2 = 0, .type = ARM_CP_CONST },
            { .name = "WALIAS", .cp = 15, .opc1 = 0, .crn = 13, .crm = 0, .opc2 = 1, .type = ARM_CP_ALIAS },
            { .name = "WNOP", .cp = 15, .opc1 = 0, .crn = 7, .crm = 0, .opc2 = 4, .type = ARM_CP_NOP },
            """)
        let model = await StateFixture.model(["target/arm/widget.c": code, "target/arm/cpregs.h": header])
        #expect(model.registerTables.flatMap(\.keys).map(\.name) == ["WKEEP"])
        #expect(Set(model.registerTables.flatMap(\.excluded)) == ["WALIAS", "WNOP"])
        #expect(model.diagnostics.isEmpty, "\(model.diagnostics)")
    }

    /// The system emulator's branch of `#ifdef CONFIG_USER_ONLY` decides an entry's type.
    @Test(arguments: ["#ifdef CONFIG_USER_ONLY", "#if defined(CONFIG_USER_ONLY)"])
    func userModeBranchesAreNotRead(opening: String) async throws {
        let code = StateFixture.registers("""
            { .name = "WID", .state = ARM_CP_STATE_AA64, .opc0 = 3, .opc1 = 0, .crn = 0, .crm = 4, .opc2 = 0,
            \(opening)
              .type = ARM_CP_CONST,
            #else
              .type = ARM_CP_NO_RAW,
            #endif
            },
            """)
        let model = await StateFixture.model(["target/arm/widget.c": code])
        #expect(model.registerTables.flatMap(\.excluded) == ["WID"])
        #expect(model.registerTables.flatMap(\.keys).isEmpty)
    }
}
