/* Fixture: virtio PCI proxies, with and without a base type. */
#include "qemu/osdep.h"
#include "hw/virtio/virtio-pci.h"

#define TYPE_VIRTIO_WIDGET_PCI "virtio-widget-pci-base"

static const VirtioPCIDeviceTypeInfo virtio_widget_pci_info = {
    .base_name             = TYPE_VIRTIO_WIDGET_PCI,
    .generic_name          = "virtio-widget-pci",
    .transitional_name     = "virtio-widget-pci-transitional",
    .non_transitional_name = "virtio-widget-pci-non-transitional",
    .instance_size = sizeof(VirtIOWidgetPCI),
};

static const VirtioPCIDeviceTypeInfo virtio_gizmo_pci_info = {
    .generic_name  = "virtio-gizmo-pci",
    .parent        = TYPE_PCI_DEVICE,
};

static void virtio_widget_pci_register(void)
{
    virtio_pci_types_register(&virtio_widget_pci_info);
    virtio_pci_types_register(&virtio_gizmo_pci_info);
}

type_init(virtio_widget_pci_register)
