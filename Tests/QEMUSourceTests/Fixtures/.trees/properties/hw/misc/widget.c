/*
 * Fixture: a widget with qdev properties (a wrapper macro giving two at once, a
 * default from a macro of the file, defaults written with <stdint.h> limits, GLib's
 * TRUE and an unsigned -1), a helper attaching a second array, and properties added
 * by code.
 */
#include "qemu/osdep.h"
#include "hw/qdev-properties.h"

#define TYPE_WIDGET "widget"
#define TYPE_WIDGET_PLUS "widget-plus"
#define WIDGET_QUEUE_SIZE 256

#define DEFINE_WIDGET_FEATURES(_state, _field) \
    DEFINE_PROP_BIT("fast", _state, _field, 0, true), \
    DEFINE_PROP_BIT("slow", _state, _field, 1, false)

static Property widget_properties[] = {
    DEFINE_PROP_BOOL("x-legacy-mode", WidgetState, legacy, false),
    DEFINE_PROP_UINT32("queue-size", WidgetState, queue_size, WIDGET_QUEUE_SIZE),
    DEFINE_PROP_INT32("offset", WidgetState, offset, -4),
    DEFINE_PROP_ON_OFF_AUTO("accel", WidgetState, accel, ON_OFF_AUTO_AUTO),
    DEFINE_PROP_STRING("label", WidgetState, label),
    DEFINE_PROP_UINT32("max-burst", WidgetState, max_burst, UINT32_MAX),
    DEFINE_PROP_UINT32("vectors", WidgetState, vectors, -1),
    DEFINE_PROP_UINT64("limit", WidgetState, limit, UINT64_MAX),
    DEFINE_PROP_INT32("depth", WidgetState, depth, INT32_MIN),
    DEFINE_PROP_BOOL("x-glib-style", WidgetState, glib_style, TRUE),
    DEFINE_WIDGET_FEATURES(WidgetState, features),
    DEFINE_PROP_END_OF_LIST(),
};

static Property widget_plus_properties[] = {
    DEFINE_PROP_UINT32("window", WidgetState, window, 64 * KiB),
    DEFINE_PROP_END_OF_LIST(),
};

static Property widget_orphan_properties[] = {
    DEFINE_PROP_BOOL("never-attached", WidgetState, orphan, true),
};

static void widget_init(Object *obj)
{
    object_property_add_uint32_ptr(obj, "level", &WIDGET(obj)->level, OBJ_PROP_FLAG_READ);
}

static void widget_class_init(ObjectClass *klass, const void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    device_class_set_props(dc, widget_properties);
    object_class_property_add_bool(klass, "x-tuned", widget_get_tuned, widget_set_tuned);
}

static void widget_plus_set_props(DeviceClass *dc)
{
    dc->props_ = widget_plus_properties;
}

static void widget_plus_class_init(ObjectClass *klass, const void *data)
{
    widget_plus_set_props(DEVICE_CLASS(klass));
}

static const TypeInfo widget_types[] = {
    {
        .name          = TYPE_WIDGET,
        .parent        = TYPE_DEVICE,
        .instance_init = widget_init,
        .class_init    = widget_class_init,
    }, {
        .name          = TYPE_WIDGET_PLUS,
        .parent        = TYPE_WIDGET,
        .class_init    = widget_plus_class_init,
    },
};

DEFINE_TYPES(widget_types)
