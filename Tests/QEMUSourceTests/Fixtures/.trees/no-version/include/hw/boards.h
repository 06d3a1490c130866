#ifndef FIXTURE_HW_BOARDS_H
#define FIXTURE_HW_BOARDS_H

#define TYPE_MACHINE_SUFFIX "-machine"
#define MACHINE_TYPE_NAME(base) (base TYPE_MACHINE_SUFFIX)

#define DEFINE_FIXTURE_MACHINE(sym, namestr) \
    static void sym##_class_init(ObjectClass *oc, const void *data) \
    { \
        MachineClass *mc = MACHINE_CLASS(oc); \
        sym##_options(mc); \
    } \
    static const TypeInfo sym##_info = { \
        .name = MACHINE_TYPE_NAME(namestr), \
        .class_init = sym##_class_init, \
    }; \
    static void sym##_register(void) \
    { \
        type_register_static(&sym##_info); \
    } \
    type_init(sym##_register)

#endif
