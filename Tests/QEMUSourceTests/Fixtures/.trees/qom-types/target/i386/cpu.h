#ifndef I386_CPU_H
#define I386_CPU_H

#include "cpu-qom.h"

#define X86_CPU_TYPE_SUFFIX "-" TYPE_X86_CPU
#define X86_CPU_TYPE_NAME(name) (name X86_CPU_TYPE_SUFFIX)

#endif
