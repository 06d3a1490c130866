/* Fixture: shared compat arrays, newest first. */
#include "qemu/osdep.h"
#include "hw/boards.h"
#include "hw/virtio/virtio.h"
#include "hw/virtio/virtio-net.h"

GlobalProperty hw_compat_10_1[] = {
    { TYPE_VIRTIO_NET_PCI, "x-rx-burst", "off" },
    { "virtio-blk-device", "queue-size", "128", .optional = true },
};
const size_t hw_compat_10_1_len = G_N_ELEMENTS(hw_compat_10_1);

GlobalProperty hw_compat_10_0[] = {
    { TYPE_VIRTIO_DEVICE, "x-packed-ring", "off" },
    { "virtio-blk-device", "queue-size", "64" },
};
const size_t hw_compat_10_0_len = G_N_ELEMENTS(hw_compat_10_0);

GlobalProperty hw_compat_4_0[] = {
    { "VGA", "edid", "false" },
    {
        .driver = "virtio-gpu-device",
        .property = "edid",
        .value = "false",
    },
};
const size_t hw_compat_4_0_len = G_N_ELEMENTS(hw_compat_4_0);

GlobalProperty hw_compat_3_1[] = {
    { "pcie-root-port", "x-speed", "2_5" },
    { TYPE_VIRTIO_NET_PCI, "x-rx-burst", "on" },
};
const size_t hw_compat_3_1_len = G_N_ELEMENTS(hw_compat_3_1);

static void machine_class_init(ObjectClass *oc, const void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->default_ram_size = 128 * MiB;
}
