/* Fixture: a boards.h from before the automatic lifecycle rule. */
#ifndef FIXTURE_HW_BOARDS_H
#define FIXTURE_HW_BOARDS_H

#define TYPE_MACHINE_SUFFIX "-machine"
#define MACHINE_TYPE_NAME(machinename) (machinename TYPE_MACHINE_SUFFIX)

extern GlobalProperty hw_compat_5_1[];
extern const size_t hw_compat_5_1_len;

#endif
