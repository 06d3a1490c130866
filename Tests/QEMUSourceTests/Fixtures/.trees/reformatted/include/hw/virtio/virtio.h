#ifndef FIXTURE_HW_VIRTIO_H
#define FIXTURE_HW_VIRTIO_H

#  define TYPE_VIRTIO_DEVICE "virtio-device"

#endif
