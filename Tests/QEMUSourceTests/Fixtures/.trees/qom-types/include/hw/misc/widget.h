#ifndef HW_MISC_WIDGET_H
#define HW_MISC_WIDGET_H

#include "hw/pci/pci_device.h"

/* Two spaces after define, as some of QEMU's headers have. */
#define  TYPE_WIDGET  "widget"
#define TYPE_WIDGET_BASE TYPE_WIDGET "-base"

#endif
