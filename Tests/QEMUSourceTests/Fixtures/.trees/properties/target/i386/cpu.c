/* Fixture: CPU feature names of a feature-word table, registered by the CPU's instance_init. */
#include "qemu/osdep.h"

#define TYPE_X86_CPU "x86_64-cpu"

FeatureWordInfo feature_word_info[FEATURE_WORDS] = {
    [FEAT_1_EDX] = {
        .type = CPUID_FEATURE_WORD,
        .feat_names = {
            "fpu", "vme", NULL, NULL,
        },
    },
    [FEAT_KVM] = {
        .type = CPUID_FEATURE_WORD,
        .feat_names = {
            "kvmclock", "kvm-msi-ext-dest-id",
        },
    },
};

static void x86_cpu_register_feature_bit_props(X86CPUClass *xcc, FeatureWord w, int bitnr)
{
    const char *name = feature_word_info[w].feat_names[bitnr];
}

static void x86_cpu_initfn(Object *obj)
{
    x86_cpu_register_feature_bit_props(NULL, 0, 0);
}

static const TypeInfo x86_cpu_type_info = {
    .name = TYPE_X86_CPU,
    .parent = TYPE_CPU,
    .instance_init = x86_cpu_initfn,
};
