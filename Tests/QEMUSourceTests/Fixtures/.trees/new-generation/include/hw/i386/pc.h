/* Fixture: a PC header with a versioned machine definition macro. */
#ifndef FIXTURE_HW_I386_PC_H
#define FIXTURE_HW_I386_PC_H

#include "hw/boards.h"

#define TYPE_PC_MACHINE "generic-pc-machine"

extern GlobalProperty pc_compat_10_1[];
extern const size_t pc_compat_10_1_len;

#define DEFINE_PC_VER_MACHINE(namesym, namestr, initfn, isdefault, malias, ...) \
    static void MACHINE_VER_SYM(init, namesym, __VA_ARGS__)(MachineState *ms) \
    { \
        initfn(ms); \
    } \
    static void MACHINE_VER_SYM(class_init, namesym, __VA_ARGS__)( \
        ObjectClass *oc, const void *data) \
    { \
        MachineClass *mc = MACHINE_CLASS(oc); \
        MACHINE_VER_SYM(options, namesym, __VA_ARGS__)(mc); \
        mc->init = MACHINE_VER_SYM(init, namesym, __VA_ARGS__); \
        MACHINE_VER_DEPRECATION(__VA_ARGS__); \
        mc->is_default = isdefault; \
        mc->alias = malias; \
    } \
    static const TypeInfo MACHINE_VER_SYM(info, namesym, __VA_ARGS__) = { \
        .name = MACHINE_VER_TYPE_NAME(namestr, __VA_ARGS__), \
        .parent = TYPE_PC_MACHINE, \
        .class_init = MACHINE_VER_SYM(class_init, namesym, __VA_ARGS__), \
    }; \
    static void MACHINE_VER_SYM(register, namesym, __VA_ARGS__)(void) \
    { \
        MACHINE_VER_DELETION(__VA_ARGS__); \
        type_register_static(&MACHINE_VER_SYM(info, namesym, __VA_ARGS__)); \
    } \
    type_init(MACHINE_VER_SYM(register, namesym, __VA_ARGS__))

#endif
