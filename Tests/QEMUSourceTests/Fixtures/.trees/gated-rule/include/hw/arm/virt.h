#ifndef FIXTURE_HW_ARM_VIRT_H
#define FIXTURE_HW_ARM_VIRT_H

#include "hw/boards.h"

#define TYPE_VIRT_MACHINE "virt-base" TYPE_MACHINE_SUFFIX

#endif
