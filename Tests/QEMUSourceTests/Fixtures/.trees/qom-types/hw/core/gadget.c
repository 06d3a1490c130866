/* Fixture: a type defined with OBJECT_DEFINE_SIMPLE_TYPE_WITH_INTERFACES. */
#include "qemu/osdep.h"
#include "qom/object.h"

#define TYPE_GADGET "gadget"

OBJECT_DEFINE_SIMPLE_TYPE_WITH_INTERFACES(Gadget, gadget, GADGET, OBJECT, { TYPE_RESETTABLE_INTERFACE }, { })

static void gadget_init(Object *obj)
{
}
