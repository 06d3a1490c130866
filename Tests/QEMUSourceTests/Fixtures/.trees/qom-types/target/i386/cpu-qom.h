#ifndef I386_CPU_QOM_H
#define I386_CPU_QOM_H

#include "hw/core/cpu.h"

#ifdef TARGET_X86_64
#define TYPE_X86_CPU "x86_64-cpu"
#else
#define TYPE_X86_CPU "i386-cpu"
#endif

#endif
