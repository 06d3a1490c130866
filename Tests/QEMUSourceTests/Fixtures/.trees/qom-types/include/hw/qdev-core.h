#ifndef HW_QDEV_CORE_H
#define HW_QDEV_CORE_H

#include "qom/object.h"

#define TYPE_DEVICE "device"

#endif
