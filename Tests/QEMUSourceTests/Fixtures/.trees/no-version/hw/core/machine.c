#include "hw/boards.h"

GlobalProperty hw_compat_9_2[] = {
    { "virtio-mem", "unplugged-inaccessible", "off" },
};
const size_t hw_compat_9_2_len = G_N_ELEMENTS(hw_compat_9_2);
