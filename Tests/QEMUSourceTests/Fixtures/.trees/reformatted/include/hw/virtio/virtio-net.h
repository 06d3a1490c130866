#ifndef FIXTURE_HW_VIRTIO_NET_H
#define FIXTURE_HW_VIRTIO_NET_H

#define TYPE_VIRTIO_NET "virtio-net"
/* A type name built from another type name. */
#define TYPE_VIRTIO_NET_PCI TYPE_VIRTIO_NET "-pci"

#endif
