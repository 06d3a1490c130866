/* Fixture: CPU types named with X86_CPU_TYPE_NAME, one under a model loop. */
#include "qemu/osdep.h"
#include "cpu.h"

static void x86_register_cpu_model(const char *name)
{
    TypeInfo ti = {
        .name = name,
        .parent = TYPE_X86_CPU,
    };

    type_register_static(&ti);
}

static const TypeInfo x86_cpu_types[] = {
    {
        .name     = TYPE_X86_CPU,
        .parent   = TYPE_CPU,
        .abstract = true,
    },
    {
        .name   = X86_CPU_TYPE_NAME("base"),
        .parent = TYPE_X86_CPU,
    },
};

DEFINE_TYPES(x86_cpu_types)
