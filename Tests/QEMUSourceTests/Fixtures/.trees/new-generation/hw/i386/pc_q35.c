/* Fixture: Q35 machines written the 10.x way. */
#include "qemu/osdep.h"
#include "hw/i386/pc.h"
#include "hw/virtio/virtio-net.h"

static GlobalProperty pc_q35_compat_defaults[] = {
    { TYPE_VIRTIO_NET_PCI, "x-rx-burst", "on" },
};
static const size_t pc_q35_compat_defaults_len =
    G_N_ELEMENTS(pc_q35_compat_defaults);

static void pc_q35_init(MachineState *machine)
{
    pc_init_board(machine, 1);
}

#define DEFINE_Q35_MACHINE(major, minor) \
    DEFINE_PC_VER_MACHINE(pc_q35, "pc-q35", pc_q35_init, false, NULL, major, minor);

#define DEFINE_Q35_MACHINE_AS_LATEST(major, minor) \
    DEFINE_PC_VER_MACHINE(pc_q35, "pc-q35", pc_q35_init, false, "q35", major, minor);

#define DEFINE_Q35_MACHINE_BUGFIX(major, minor, micro) \
    DEFINE_PC_VER_MACHINE(pc_q35, "pc-q35", pc_q35_init, false, NULL, major, minor, micro);

static void pc_q35_machine_options(MachineClass *m)
{
    PCMachineClass *pcmc = PC_MACHINE_CLASS(m);

    pcmc->default_cpu_version = 1;
    m->family = "pc_q35";
    m->desc = "Standard PC (Q35, fixture)";
    m->default_kernel_irqchip_split = false;
    m->max_cpus = 4096;
    machine_class_allow_dynamic_sysbus_dev(m, "fixture-device");
    compat_props_add(m->compat_props, pc_q35_compat_defaults,
                     pc_q35_compat_defaults_len);
}

static void pc_q35_machine_10_2_options(MachineClass *m)
{
    pc_q35_machine_options(m);
}

DEFINE_Q35_MACHINE_AS_LATEST(10, 2);

static void pc_q35_machine_10_1_options(MachineClass *m)
{
    pc_q35_machine_10_2_options(m);
    m->smbios_memory_device_size = 2047 * TiB;
    compat_props_add(m->compat_props, hw_compat_10_1, hw_compat_10_1_len);
    compat_props_add(m->compat_props, pc_compat_10_1, pc_compat_10_1_len);
}

DEFINE_Q35_MACHINE(10, 1);

static void pc_q35_machine_10_0_options(MachineClass *m)
{
    pc_q35_machine_10_1_options(m);
    compat_props_add(m->compat_props, hw_compat_10_0, hw_compat_10_0_len);
    compat_props_add(m->compat_props, pc_compat_10_0, pc_compat_10_0_len);
}

DEFINE_Q35_MACHINE(10, 0);

static void pc_q35_machine_7_2_options(MachineClass *m)
{
    pc_q35_machine_10_0_options(m);
    m->max_cpus = 288;
}

DEFINE_Q35_MACHINE(7, 2);

static void pc_q35_machine_4_0_1_options(MachineClass *m)
{
    PCMachineClass *pcmc = PC_MACHINE_CLASS(m);

    pc_q35_machine_7_2_options(m);
    pcmc->default_cpu_version = CPU_VERSION_LEGACY;
    compat_props_add(m->compat_props, hw_compat_4_0, hw_compat_4_0_len);
    compat_props_add(m->compat_props, pc_compat_4_0, pc_compat_4_0_len);
}

DEFINE_Q35_MACHINE_BUGFIX(4, 0, 1);

static void pc_q35_machine_4_0_options(MachineClass *m)
{
    pc_q35_machine_4_0_1_options(m);
    m->default_kernel_irqchip_split = true;
}

DEFINE_Q35_MACHINE(4, 0);

static void pc_q35_machine_3_1_options(MachineClass *m)
{
    PCMachineClass *pcmc = PC_MACHINE_CLASS(m);

    pc_q35_machine_4_0_options(m);
    m->default_kernel_irqchip_split = false;
    m->smbus_no_migration_support = true;
    pcmc->pvh_enabled = false;
    compat_props_add(m->compat_props, hw_compat_3_1, hw_compat_3_1_len);
    compat_props_add(m->compat_props, pc_compat_3_1, pc_compat_3_1_len);
}

DEFINE_Q35_MACHINE(3, 1);
