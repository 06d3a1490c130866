/* Fixture: the arrays of new-generation/hw/i386/pc.c, laid out differently. */
#include "qemu/osdep.h"
#include "hw/i386/pc.h"

GlobalProperty pc_compat_10_1[] = {
};
const size_t pc_compat_10_1_len = G_N_ELEMENTS(pc_compat_10_1);

GlobalProperty pc_compat_10_0[] = { { TYPE_X86_CPU, "x-consistent-cache", "false" } };
const size_t pc_compat_10_0_len = G_N_ELEMENTS(pc_compat_10_0);

GlobalProperty
pc_compat_4_0[] =
{
    {
        "qemu64-" TYPE_X86_CPU,
        "model-id",
        "QEMU Virtual CPU version 4.0"
    },
};
const size_t pc_compat_4_0_len = G_N_ELEMENTS(pc_compat_4_0);

GlobalProperty pc_compat_3_1[] = {
    /* first and only */ { "intel-iommu", /* prop */ "dma-drain", "off" }, // done
};
const size_t pc_compat_3_1_len = G_N_ELEMENTS(pc_compat_3_1);
