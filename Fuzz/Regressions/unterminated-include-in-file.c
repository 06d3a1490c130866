/* truncated */
#include "qemu/osdep.h"
#include "hw/i386/pc.h"
#include "