#ifndef FIXTURE_HW_PPC_SPAPR_H
#define FIXTURE_HW_PPC_SPAPR_H

#define TYPE_SPAPR_MACHINE "spapr-machine"
#define TYPE_SPAPR_PCI_HOST_BRIDGE "spapr-pci-host-bridge"

#endif
