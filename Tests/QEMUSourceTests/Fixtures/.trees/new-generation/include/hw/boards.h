/* Fixture: the parts of a 10.1+ boards.h the extractor reads. */
#ifndef FIXTURE_HW_BOARDS_H
#define FIXTURE_HW_BOARDS_H

#define TYPE_MACHINE_SUFFIX "-machine"
#define MACHINE_TYPE_NAME(base) (base TYPE_MACHINE_SUFFIX)

/* The fourth argument after the versions is the helper to use. */
#define _MACHINE_VER_PICK(v1, v2, v3, helper, ...) helper

#define _MACHINE_VER_SYM2(sym, prefix, major, minor) \
    prefix ## _machine_ ## major ## _ ## minor ## _ ## sym
#define _MACHINE_VER_SYM3(sym, prefix, major, minor, micro) \
    prefix ## _machine_ ## major ## _ ## minor ## _ ## micro ## _ ## sym
#define MACHINE_VER_SYM(sym, prefix, ...) \
    _MACHINE_VER_PICK(__VA_ARGS__, _MACHINE_VER_SYM3, _MACHINE_VER_SYM2, none) \
        (sym, prefix, __VA_ARGS__)

#define _MACHINE_VER_TYPE_NAME2(prefix, major, minor) \
    prefix "-" #major "." #minor TYPE_MACHINE_SUFFIX
#define _MACHINE_VER_TYPE_NAME3(prefix, major, minor, micro) \
    prefix "-" #major "." #minor "." #micro TYPE_MACHINE_SUFFIX
#define MACHINE_VER_TYPE_NAME(prefix, ...) \
    _MACHINE_VER_PICK(__VA_ARGS__, _MACHINE_VER_TYPE_NAME3, \
                      _MACHINE_VER_TYPE_NAME2, none)(prefix, __VA_ARGS__)

#define MACHINE_VER_DEPRECATION_MAJOR 3
#define MACHINE_VER_DELETION_MAJOR 6

#define _MACHINE_VER_IS_CURRENT_EXPIRED(cutoff, major, minor) \
    ((QEMU_VERSION_MAJOR - (major)) > (cutoff) || \
     ((QEMU_VERSION_MAJOR - (major)) == (cutoff) && QEMU_VERSION_MINOR >= (minor)))
#define _MACHINE_VER_IS_NEXT_MINOR_EXPIRED(cutoff, major, minor) \
    ((QEMU_VERSION_MAJOR - (major)) > (cutoff) || \
     ((QEMU_VERSION_MAJOR - (major)) == (cutoff) && QEMU_VERSION_MINOR + 1 >= (minor)))
#define _MACHINE_VER_EXPIRED(cutoff, major, minor, ...) \
    (QEMU_VERSION_MICRO < 50 ? _MACHINE_VER_IS_CURRENT_EXPIRED(cutoff, major, minor) \
                             : _MACHINE_VER_IS_NEXT_MINOR_EXPIRED(cutoff, major, minor))

#define MACHINE_VER_DEPRECATION(...) \
    do { \
        if (_MACHINE_VER_EXPIRED(MACHINE_VER_DEPRECATION_MAJOR, __VA_ARGS__, 0)) { \
            mc->deprecation_reason = "old machine type"; \
        } \
    } while (0)

#define MACHINE_VER_DELETION(...) \
    do { \
        if (_MACHINE_VER_EXPIRED(MACHINE_VER_DELETION_MAJOR, __VA_ARGS__, 0)) { \
            return; \
        } \
    } while (0)

extern GlobalProperty hw_compat_10_1[];
extern const size_t hw_compat_10_1_len;

#endif
