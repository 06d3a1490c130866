#include "hw/boards.h"

static void pc_q35_10_0_options(MachineClass *m)
{
    m->max_cpus = 4096;
}

DEFINE_FIXTURE_MACHINE(pc_q35_10_0, "pc-q35-10.0");

static void pc_q35_9_2_options(MachineClass *m)
{
    pc_q35_10_0_options(m);
    compat_props_add(m->compat_props, hw_compat_9_2, hw_compat_9_2_len);
}

DEFINE_FIXTURE_MACHINE(pc_q35_9_2, "pc-q35-9.2");
