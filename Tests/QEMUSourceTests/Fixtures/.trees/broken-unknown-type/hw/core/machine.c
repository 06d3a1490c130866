#include "hw/boards.h"

#define TYPE_KNOWN_DEVICE "known-device"

GlobalProperty hw_compat_9_2[] = {
    { TYPE_KNOWN_DEVICE, "x-first", "off" },
    { TYPE_UNKNOWN, "x-second", "off" },
    { "virtio-mem", "unplugged-inaccessible", "off" },
};
const size_t hw_compat_9_2_len = G_N_ELEMENTS(hw_compat_9_2);
