import GuestABI
@testable import QEMUSource
import Testing

/// A CPU folder of our own in QEMU's style whose CPU `post_load` refuses a source model the
/// destination's class does not match: models declared by a macro that writes a class init and
/// a `TypeInfo` per model, family class inits setting a match hook (one family keeps the base
/// class's exact match), a wrapper that reads the class with `*_GET_CLASS`, and the register
/// call that resets the migrated field from the class.
@Suite struct CPUIdentityFixtureTests {
    static let header = """
        #define xglue(x, y) x ## y
        #define glue(x, y) xglue(x, y)
        #define TYPE_GIZMO_CPU "gizmo-cpu"
        #define GIZMO_CPU_TYPE_NAME(model) model "-" TYPE_GIZMO_CPU
        #define GIZMO_FAMILY(_name)                                                   \\
            static void glue(glue(gizmo_, _name), _family_class_init)(ObjectClass *, void *); \\
            static const TypeInfo glue(glue(gizmo_, _name), _family_type_info) = {     \\
                .name = stringify(_name) "-family-" TYPE_GIZMO_CPU,                    \\
                .parent = TYPE_GIZMO_CPU,                                              \\
                .class_init = glue(glue(gizmo_, _name), _family_class_init),           \\
            };                                                                         \\
            static void glue(glue(gizmo_, _name), _family_class_init)
        enum {
            GIZMO_PVR_SERVER_MASK = 0xFFFF0000,
            GIZMO_PVR_G5_BASE = 0x00500000,
            GIZMO_PVR_G5_V10 = 0x00501100,
            GIZMO_PVR_G5_V20 = 0x00501200,
            GIZMO_PVR_G5_V22 = 0x00501202,
            GIZMO_PVR_G6_V10 = 0x00601100,
        };
        """

    static let models = """
        #include "cpu.h"
        #define GIZMO_DEF(_name, _pvr, _type)                                   \\
            static void glue(_pvr, _class_init)(ObjectClass *oc, void *data)    \\
            {                                                                   \\
                GizmoCPUClass *gcc = GIZMO_CPU_CLASS(oc);                       \\
                gcc->pvr = _pvr;                                                \\
            }                                                                   \\
            static const TypeInfo glue(_pvr, _type_info) = {                    \\
                .name = GIZMO_CPU_TYPE_NAME(_name),                             \\
                .parent = stringify(_type) "-family-" TYPE_GIZMO_CPU,           \\
                .class_init = glue(_pvr, _class_init),                          \\
            };
        GIZMO_DEF("g5_v1.0", GIZMO_PVR_G5_V10, G5)
        GIZMO_DEF("g5_v2.0", GIZMO_PVR_G5_V20, G5)
        GIZMO_DEF("g5_v2.2", GIZMO_PVR_G5_V22, G5)
        GIZMO_DEF("g6_v1.0", GIZMO_PVR_G6_V10, G6)
        """

    /// The class code; `match` is the body of the G5 family's hook after its base checks.
    static func classes(match: String) -> String {
        """
        #include "cpu.h"
        static bool gizmo_pvr_match_default(GizmoCPUClass *gcc, uint32_t pvr, bool best)
        {
            return gcc->pvr == pvr;
        }

        static bool gizmo_pvr_match_g5(GizmoCPUClass *gcc, uint32_t pvr, bool best)
        {
            uint32_t base = pvr & GIZMO_PVR_SERVER_MASK;
            uint32_t gcc_base = gcc->pvr & GIZMO_PVR_SERVER_MASK;

            if (!best && base == GIZMO_PVR_G5_BASE) {
                return true;
            }
            if (base != gcc_base) {
                return false;
            }
        \(match)
        }

        GIZMO_FAMILY(G5)(ObjectClass *oc, void *data)
        {
            GizmoCPUClass *gcc = GIZMO_CPU_CLASS(oc);

            gcc->pvr_match = gizmo_pvr_match_g5;
        }

        GIZMO_FAMILY(G6)(ObjectClass *oc, void *data)
        {
            DeviceClass *dc = DEVICE_CLASS(oc);

            dc->desc = "G6";
        }

        static void gizmo_cpu_class_init(ObjectClass *oc, void *data)
        {
            GizmoCPUClass *gcc = GIZMO_CPU_CLASS(oc);

            gcc->pvr_match = gizmo_pvr_match_default;
        }

        static const TypeInfo gizmo_cpu_type_info = {
            .name = TYPE_GIZMO_CPU,
            .parent = TYPE_CPU,
            .class_init = gizmo_cpu_class_init,
        };

        void gizmo_register_sprs(GizmoCPU *cpu)
        {
            CPUGizmoState *env = &cpu->env;
            GizmoCPUClass *gcc = GIZMO_CPU_GET_CLASS(cpu);

            gizmo_spr_register(env, SPR_PVR, "PVR", gcc->pvr);
        }
        """
    }

    /// Revisions .0/.1 and .2/.3 of one major do not mix (a newer tree's rule).
    static let strictMatch = """
            if ((pvr & 0x0f00) != (gcc->pvr & 0x0f00)) {
                return false;
            }
            if (((pvr & 0xf) < 2) == ((gcc->pvr & 0xf) < 2)) {
                return true;
            }
            return false;
        """
    /// Any revision of one major matches (an older tree's rule).
    static let majorMatch = """
            if ((pvr & 0x0f00) == (gcc->pvr & 0x0f00)) {
                return true;
            }
            return false;
        """
    /// A loop: not evaluated.
    static let loopMatch = """
            for (int i = 0; i < 4; i++) {
                if ((pvr & 0xf) == i) {
                    return true;
                }
            }
            return false;
        """

    static let machine = """
        #include "migration/vmstate.h"
        static bool gizmo_pvr_match(GizmoCPU *cpu, uint32_t pvr)
        {
            GizmoCPUClass *gcc = GIZMO_CPU_GET_CLASS(cpu);

            if (pvr == gcc->pvr) {
                return true;
            }
            return gcc->pvr_match(gcc, pvr, true);
        }

        static int gizmo_cpu_post_load(void *opaque, int version_id)
        {
            GizmoCPU *cpu = opaque;
            CPUGizmoState *env = &cpu->env;
            int i;

            if (cpu->compat_pvr) {
                int ret = gizmo_set_compat(cpu, cpu->compat_pvr);
                if (ret < 0) {
                    return ret;
                }
            } else {
                if (!gizmo_pvr_match(cpu, env->spr[SPR_PVR])) {
                    return -EINVAL;
                }
            }
            for (i = 0; i < 4; i++) {
                env->spr[i] = 0;
            }
            return 0;
        }

        const VMStateDescription vmstate_gizmo_cpu = {
            .name = "cpu",
            .version_id = 1,
            .minimum_version_id = 1,
            .post_load = gizmo_cpu_post_load,
            .fields = (const VMStateField[]) {
                VMSTATE_UINT32(env.msr, GizmoCPU),
                VMSTATE_END_OF_LIST()
            },
        };
        """

    static func tree(match: String, version: String = "1.0.0") async -> StateModel {
        await StateFixture.model(
            [
                "target/gizmo/cpu.h": header, "target/gizmo/cpu-models.c": models,
                "target/gizmo/cpu_init.c": classes(match: match), "target/gizmo/machine.c": machine,
            ], version: version)
    }

    @Test func theCheckAndWhatItNeedsAreRead() async throws {
        let model = await Self.tree(match: Self.strictMatch)
        let check = try #require(model.cpuIdentity["target/gizmo"])
        #expect(check.section == "vmstate_gizmo_cpu")
        #expect(check.function == "gizmo_cpu_post_load")
        #expect(check.check == "!gizmo_pvr_match(cpu, env->spr[SPR_PVR])")
        #expect(check.runTimeConditions == ["!(cpu->compat_pvr)"])
        #expect(check.cpuObjects == ["cpu"])
        #expect(check.field == "env->spr[SPR_PVR]")
        #expect(check.resetField == "pvr")
        #expect(check.location.file == "target/gizmo/machine.c")
        #expect(Set(check.functions.keys) == ["gizmo_pvr_match", "gizmo_pvr_match_g5", "gizmo_pvr_match_default"])
        #expect(check.classes["g5_v2.0"]?.fields == ["pvr": "GIZMO_PVR_G5_V20", "pvr_match": "gizmo_pvr_match_g5"])
        // G6 keeps the base class's hook.
        #expect(check.classes["g6_v1.0"]?.fields == ["pvr": "GIZMO_PVR_G6_V10", "pvr_match": "gizmo_pvr_match_default"])
        #expect(check.constants["GIZMO_PVR_G5_V22"] == 0x0050_1202)
    }

    @Test(arguments: [
        ("g5_v2.0", "g5_v2.2", GateTruth.yes), ("g5_v2.2", "g5_v2.0", .yes), ("g5_v2.0", "g5_v2.0", .no),
        ("g5_v1.0", "g5_v2.0", .yes), ("g6_v1.0", "g6_v1.0", .no), ("g5_v2.0", "g6_v1.0", .yes), ("g6_v1.0", "g5_v2.0", .yes),
    ])
    func theDestinationRefusesWhatItsHookDoesNotMatch(source: String, destination: String, refuses: GateTruth) async throws {
        let model = await Self.tree(match: Self.strictMatch)
        let evaluation = CPUIdentityEvaluation(try #require(model.cpuIdentity["target/gizmo"]))
        let sent = try #require(evaluation.sentValue(model: source))
        #expect(evaluation.refuses(model: destination, value: sent) == refuses)
    }

    /// The older tree matches any revision of a major, the newer one does not: g5_v2.0 → g5_v2.2
    /// breaks forward only, as evaluated in each destination's own code.
    @Test func eachDirectionIsJudgedByTheDestinationTreesCode() async throws {
        let older = await Self.tree(match: Self.majorMatch)
        let newer = await Self.tree(match: Self.strictMatch, version: "2.0.0")
        let findings = CPUIdentityComparison(
            older.cpuIdentity["target/gizmo"], model: "g5_v2.0", newer.cpuIdentity["target/gizmo"], model: "g5_v2.2", scope: "target/gizmo"
        ).findings
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.kind == .cpuIdentity)
        #expect(finding.forward == .breaks)
        #expect(finding.backward == .fine)
        #expect(finding.details.first?.contains("0x501200") == true)
        #expect(finding.details.first?.contains("!(cpu->compat_pvr)") == true)
        #expect(finding.reach == [.cpu(scope: "target/gizmo")])
        // The same model on both sides: nothing to say.
        #expect(CPUIdentityComparison(older.cpuIdentity["target/gizmo"], model: "g5_v2.2", newer.cpuIdentity["target/gizmo"], model: "g5_v2.2", scope: "target/gizmo").findings.isEmpty)
    }

    @Test func aHookWithALoopIsUnknownNeverAccepted() async throws {
        let model = await Self.tree(match: Self.loopMatch)
        let check = try #require(model.cpuIdentity["target/gizmo"])
        #expect(check.functions["gizmo_pvr_match_g5"]?.opaque?.contains("for") == true)
        let evaluation = CPUIdentityEvaluation(check)
        let sent = try #require(evaluation.sentValue(model: "g5_v2.0"))
        #expect(evaluation.refuses(model: "g5_v2.2", value: sent) == .unknown)
        // An exact PVR match is decided before the hook is called.
        #expect(evaluation.refuses(model: "g5_v2.0", value: sent) == .no)
        let findings = CPUIdentityComparison(check, model: "g5_v2.0", check, model: "g5_v2.2", scope: "target/gizmo").findings
        #expect(findings.first?.forward == .unknown)
    }

    @Test func aFolderWithoutTheCheckHasNone() async {
        let model = await StateFixture.model(["target/gizmo/cpu.h": Self.header, "target/gizmo/cpu-models.c": Self.models])
        #expect(model.cpuIdentity.isEmpty)
    }
}
