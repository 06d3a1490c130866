/* Fixture: pseries machines, including a tagged variant. */
#include "qemu/osdep.h"
#include "hw/boards.h"
#include "hw/ppc/spapr.h"

static void spapr_machine_latest_class_options(MachineClass *mc)
{
    mc->alias = "pseries";
    mc->is_default = true;
}

#define DEFINE_SPAPR_MACHINE(suffix, verstr, latest) \
    static void spapr_machine_##suffix##_class_init(ObjectClass *oc, \
                                                    void *data) \
    { \
        MachineClass *mc = MACHINE_CLASS(oc); \
        spapr_machine_##suffix##_class_options(mc); \
        if (latest) { \
            spapr_machine_latest_class_options(mc); \
        } \
    } \
    static const TypeInfo spapr_machine_##suffix##_info = { \
        .name = MACHINE_TYPE_NAME("pseries-" verstr), \
        .parent = TYPE_SPAPR_MACHINE, \
        .class_init = spapr_machine_##suffix##_class_init, \
    }; \
    static void spapr_machine_register_##suffix(void) \
    { \
        type_register(&spapr_machine_##suffix##_info); \
    } \
    type_init(spapr_machine_register_##suffix)

static void spapr_machine_5_2_class_options(MachineClass *mc)
{
    /* Nothing to undo for the newest machine. */
}

DEFINE_SPAPR_MACHINE(5_2, "5.2", true);

static void spapr_machine_2_12_class_options(MachineClass *mc)
{
    SpaprMachineClass *smc = SPAPR_MACHINE_CLASS(mc);
    static GlobalProperty compat[] = {
        { TYPE_SPAPR_PCI_HOST_BRIDGE, "mem64_win_size", "0" },
    };

    spapr_machine_5_2_class_options(mc);
    compat_props_add(mc->compat_props, hw_compat_2_12, hw_compat_2_12_len);
    compat_props_add(mc->compat_props, compat, G_N_ELEMENTS(compat));
    smc->default_caps.caps[SPAPR_CAP_HPT_MAXPAGESIZE] = 0;
}

DEFINE_SPAPR_MACHINE(2_12, "2.12", false);

static void spapr_machine_2_12_sxxm_class_options(MachineClass *mc)
{
    SpaprMachineClass *smc = SPAPR_MACHINE_CLASS(mc);

    spapr_machine_2_12_class_options(mc);
    smc->default_caps.caps[SPAPR_CAP_CFPC] = SPAPR_CAP_WORKAROUND;
    smc->default_caps.caps[SPAPR_CAP_SBBC] = SPAPR_CAP_WORKAROUND;
}

DEFINE_SPAPR_MACHINE(2_12_sxxm, "2.12-sxxm", false);

static void spapr_machine_reset(MachineState *machine, ResetType type)
{
}

/* The abstract parent: every pseries machine starts from what this sets. */
static void spapr_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);
    SpaprMachineClass *smc = SPAPR_MACHINE_CLASS(oc);

    mc->desc = "pSeries Logical Partition (PAPR compliant)";
    mc->reset = spapr_machine_reset;
    mc->default_cpu_type = POWERPC_CPU_TYPE_NAME("power9_v2.0");
    smc->default_caps.caps[SPAPR_CAP_HPT_MAXPAGESIZE] = 16;
#ifdef CONFIG_TCG
    mc->max_cpus = 1024;
#else
    mc->max_cpus = 2048;
#endif
#ifdef CONFIG_FDT
    mc->numa_mem_align_shift = 28;
#endif
}

static const TypeInfo spapr_machine_info = {
    .name          = TYPE_SPAPR_MACHINE,
    .parent        = TYPE_MACHINE,
    .abstract      = true,
    .class_init    = spapr_machine_class_init,
};
