/* Fixture: shared compat arrays of a 5.2 tree. */
#include "qemu/osdep.h"
#include "hw/boards.h"

GlobalProperty hw_compat_5_1[] = {
    { "vhost-scsi", "num_queues", "1" },
    { "virtio-blk-device", "num-queues", "1" },
};
const size_t hw_compat_5_1_len = G_N_ELEMENTS(hw_compat_5_1);

GlobalProperty hw_compat_2_12[] = {
    { "migration", "decompress-error-check", "off" },
    { "hda-audio", "use-timer", "false" },
};
const size_t hw_compat_2_12_len = G_N_ELEMENTS(hw_compat_2_12);
