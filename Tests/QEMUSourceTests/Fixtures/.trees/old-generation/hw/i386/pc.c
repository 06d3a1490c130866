/* Fixture: PC compat arrays of a 5.2 tree. */
#include "qemu/osdep.h"
#include "hw/i386/pc.h"

GlobalProperty pc_compat_5_1[] = {
    { "ICH9-LPC", "x-smi-cpu-hotplug", "off" },
};
const size_t pc_compat_5_1_len = G_N_ELEMENTS(pc_compat_5_1);
