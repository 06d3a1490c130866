/*
 * Fixture: a PCI widget, its abstract base, a model written by a macro, a
 * TypeInfo whose name is only known at run time, and types under #if.
 */
#include "qemu/osdep.h"
#include "hw/misc/widget.h"

static void widget_class_init(ObjectClass *klass, const void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->desc = "Widget {not a brace}";
}

static const TypeInfo widget_base_info = {
    .name          = TYPE_WIDGET_BASE,
    .parent        = TYPE_PCI_DEVICE,
    .abstract      = true,
    .interfaces = (const InterfaceInfo[]) {
        { INTERFACE_PCIE_DEVICE },
        { }
    },
};

#define DEFINE_WIDGET_MODEL(model) \
    {                              \
        .name = TYPE_WIDGET "-" model, \
        .parent = TYPE_WIDGET,     \
    }

static const TypeInfo widget_types[] = {
    {
        .name       = TYPE_WIDGET,
        .parent     = TYPE_WIDGET_BASE,
        .class_init = widget_class_init,
    },
    DEFINE_WIDGET_MODEL("mk2"),
    {
        .name   = widget_runtime_name,
        .parent = TYPE_WIDGET,
    },
};

DEFINE_TYPES(widget_types)

#ifdef CONFIG_WIDGET_LEGACY
static const TypeInfo widget_legacy_info = {
    .name   = "widget-legacy",
    .parent = TYPE_WIDGET,
};
#else
static const TypeInfo widget_legacy_fallback_info = {
    .name   = "widget-legacy",
    .parent = TYPE_DEVICE,
};
#endif

static void widget_register_types(void)
{
    static const TypeInfo widget_local_info = {
        .name   = "widget-local",
        .parent = TYPE_WIDGET,
    };

    type_register_static(&widget_base_info);
    type_register_static(&widget_local_info);
}

type_init(widget_register_types)
