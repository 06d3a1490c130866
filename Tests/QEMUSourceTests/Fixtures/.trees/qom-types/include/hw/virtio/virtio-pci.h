#ifndef HW_VIRTIO_PCI_H
#define HW_VIRTIO_PCI_H

#include "hw/pci/pci_device.h"

#define TYPE_VIRTIO_PCI "virtio-pci"

typedef struct VirtioPCIDeviceTypeInfo {
    const char *base_name;
    const char *generic_name;
    const char *transitional_name;
    const char *non_transitional_name;
    const char *parent;
} VirtioPCIDeviceTypeInfo;

void virtio_pci_types_register(const VirtioPCIDeviceTypeInfo *t);

#endif
