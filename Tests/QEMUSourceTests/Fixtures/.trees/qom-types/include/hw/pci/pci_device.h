#ifndef HW_PCI_DEVICE_H
#define HW_PCI_DEVICE_H

#define TYPE_PCI_DEVICE "pci-device"

/* Interfaces are named without the TYPE_ prefix. */
#define INTERFACE_PCIE_DEVICE "pci-express-device"

#endif
