@testable import QEMUSource
import GuestABI

/// Small QEMU-style trees written for these tests: a `vmstate.h` of our own with the macro
/// shapes QEMU uses, a device file, and an Arm-style register table.
enum StateFixture {
    static let vmstateHeader = """
        #define stringify(s) tostring(s)
        #define tostring(s) #s
        #define VMSTATE_SINGLE_TEST(_field, _state, _test, _version, _info, _type) { \\
            .name = (stringify(_field)), .version_id = (_version), .field_exists = (_test), \\
            .size = sizeof(_type), .info = &(_info), .flags = VMS_SINGLE, \\
            .offset = vmstate_offset_value(_state, _field, _type), }
        #define VMSTATE_SINGLE(_field, _state, _version, _info, _type) \\
            VMSTATE_SINGLE_TEST(_field, _state, NULL, _version, _info, _type)
        #define VMSTATE_UINT32_V(_f, _s, _v) VMSTATE_SINGLE(_f, _s, _v, vmstate_info_uint32, uint32_t)
        #define VMSTATE_UINT32(_f, _s) VMSTATE_UINT32_V(_f, _s, 0)
        #define VMSTATE_UINT64(_f, _s) VMSTATE_SINGLE(_f, _s, 0, vmstate_info_uint64, uint64_t)
        #define VMSTATE_UINT32_TEST(_f, _s, _t) VMSTATE_SINGLE_TEST(_f, _s, _t, 0, vmstate_info_uint32, uint32_t)
        #define VMSTATE_UNUSED(_size) { .name = "unused", .size = (_size), \\
            .info = &vmstate_info_unused_buffer, .flags = VMS_BUFFER, }
        #define VMSTATE_END_OF_LIST() { .flags = VMS_END, }
        """

    static let cpregsHeader = """
        enum {
            ARM_CP_SPECIAL_MASK = 0x000f,
            ARM_CP_NOP = 0x0001,
            ARM_CP_CONST = 1 << 4,
            ARM_CP_64BIT = 1 << 5,
            ARM_CP_ALIAS = 1 << 8,
            ARM_CP_NO_RAW = 1 << 10,
        };
        typedef enum { ARM_CP_STATE_AA32 = 0, ARM_CP_STATE_AA64 = 1, ARM_CP_STATE_BOTH = 2 } CPState;
        #define CP_ANY 0xff
        typedef struct ARMCPRegInfo ARMCPRegInfo;
        """

    /// A device file: `fields` inside the description, `extra` after it (subsections, more
    /// descriptions), and a class_init registering `vmstate_widget` for `widget`.
    static func device(version: Int = 1, minimum: Int = 1, fields: String, subsections: String = "", extra: String = "") -> String {
        """
        #include "migration/vmstate.h"
        /* the widget's state */
        \(extra)
        static const VMStateDescription vmstate_widget = {
            .name = "widget",
            .version_id = \(version),
            .minimum_version_id = \(minimum),
            .fields = (const VMStateField[]) {
        \(fields)
                VMSTATE_END_OF_LIST()
            },
            \(subsections)
        };

        static void widget_class_init(ObjectClass *klass, void *data)
        {
            DeviceClass *dc = DEVICE_CLASS(klass);
            dc->vmsd = &vmstate_widget;
        }

        static const TypeInfo widget_info = {
            .name = "widget",
            .parent = TYPE_DEVICE,
            .class_init = widget_class_init,
        };
        """
    }

    /// An Arm-style CPU file with one table, defined when the CPU has a feature.
    static func registers(_ entries: String) -> String {
        """
        #include "cpregs.h"
        static const ARMCPRegInfo widget_cp_reginfo[] = {
        \(entries)
        };

        void register_widget_regs(ARMCPU *cpu)
        {
            if (arm_feature(&cpu->env, ARM_FEATURE_WIDGET)) {
                define_arm_cp_regs(cpu, widget_cp_reginfo);
            }
        }

        static const VMStateDescription vmstate_arm_cpu = {
            .name = "cpu",
            .version_id = 1,
            .minimum_version_id = 1,
            .fields = (const VMStateField[]) {
                VMSTATE_UINT32(env.pc, ARMCPU),
                VMSTATE_END_OF_LIST()
            },
        };
        static const SysemuCPUOps arm_sysemu_ops = { .legacy_vmsd = &vmstate_arm_cpu };
        """
    }

    /// The model of a tree made of `files` (path → text) and the fixture headers.
    static func model(_ files: [String: String], version: String = "1.0.0") async -> StateModel {
        var bytes: [String: [UInt8]] = [
            "include/migration/vmstate.h": Array(vmstateHeader.utf8),
            "target/arm/cpregs.h": Array(cpregsHeader.utf8),
        ]
        for (path, text) in files { bytes[path] = Array(text.utf8) }
        return await StateReader.model(of: bytes, version: version, origin: "fixture")
    }

    /// The findings between two device files (`hw/misc/widget.c`).
    static func diff(_ a: String, _ b: String) async -> [StateFinding] {
        let left = await model(["hw/misc/widget.c": a], version: "1.0.0")
        let right = await model(["hw/misc/widget.c": b], version: "2.0.0")
        return StateDiff(left, right).findings
    }
}
