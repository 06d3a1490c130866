#include "hw/boards.h"

GlobalProperty hw_compat_10_0[] = {
    { "virtio-net-pci", "x-rx-burst", "off" },
};
const size_t hw_compat_10_0_len = G_N_ELEMENTS(hw_compat_10_0);

GlobalProperty hw_compat_9_2[] = {
    { "virtio-mem", "unplugged-inaccessible", "off" },
    { "virtio-blk-device", "queue-size",
