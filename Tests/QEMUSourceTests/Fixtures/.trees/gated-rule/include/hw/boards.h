/* Fixture: a 9.1 - 10.0 boards.h, where deletion waits for an environment variable. */
#ifndef FIXTURE_HW_BOARDS_H
#define FIXTURE_HW_BOARDS_H

#define TYPE_MACHINE_SUFFIX "-machine"

#define MACHINE_VER_SYM(sym, prefix, major, minor) \
    prefix ## _machine_ ## major ## _ ## minor ## _ ## sym
#define MACHINE_VER_STR(major, minor) #major "." #minor
#define MACHINE_VER_TYPE_NAME(prefix, major, minor) \
    prefix "-" MACHINE_VER_STR(major, minor) TYPE_MACHINE_SUFFIX

#define MACHINE_VER_DELETION_MAJOR 6
#define MACHINE_VER_DEPRECATION_MAJOR 3

#define _MACHINE_IS_EXPIRED(cutoff, major, minor) \
    ((QEMU_VERSION_MAJOR - (major)) > (cutoff) || \
     ((QEMU_VERSION_MAJOR - (major)) == (cutoff) && QEMU_VERSION_MINOR >= (minor)))

#define MACHINE_VER_DEPRECATION(...) \
    do { \
        if (_MACHINE_IS_EXPIRED(MACHINE_VER_DEPRECATION_MAJOR, __VA_ARGS__)) { \
            mc->deprecation_reason = "old machine type"; \
        } \
    } while (0)

#define MACHINE_VER_DELETION(...) \
    do { \
        if (_MACHINE_IS_EXPIRED(MACHINE_VER_DELETION_MAJOR, __VA_ARGS__)) { \
            if (getenv("QEMU_DELETE_MACHINES")) { \
                return; \
            } \
        } \
    } while (0)

#endif
