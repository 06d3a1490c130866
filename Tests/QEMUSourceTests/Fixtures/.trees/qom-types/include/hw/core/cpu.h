#ifndef HW_CORE_CPU_H
#define HW_CORE_CPU_H

#include "hw/qdev-core.h"

#define TYPE_CPU "cpu"

#endif
