/* Fixture: the root of the QOM hierarchy. */
#ifndef QOM_OBJECT_H
#define QOM_OBJECT_H

#define TYPE_OBJECT "object"
#define TYPE_INTERFACE "interface"

#endif
