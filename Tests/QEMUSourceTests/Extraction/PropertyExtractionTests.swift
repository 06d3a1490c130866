import GuestABI
import QEMUSource
import Testing

/// The `properties` fixture: the device property model read into `ReleaseRegistry.properties`
/// — qdev properties expanded through the tree's own `DEFINE_PROP_*` macros, properties added
/// by code, CPU feature names — each attached to the type whose init function defines it.
@Suite struct PropertyExtractionTests {
    static func model() async throws -> PropertyModel {
        try await ExtractionFixture.extract("properties").properties
    }

    @Test(arguments: [
        // (type, property, origin, value type, default)
        ("widget", "x-legacy-mode", "qdev", "bool", "false"),
        // A default written with a macro of the file.
        ("widget", "queue-size", "qdev", "uint32", "256"),
        ("widget", "offset", "qdev", "int32", "-4"),
        // An enumerator named after the property type.
        ("widget", "accel", "qdev", "on_off_auto", "auto"),
        // No default at all.
        ("widget", "label", "qdev", "string", nil),
        // <stdint.h> limits (`UINT32_MAX` for a uint32 is no enumerator), an unsigned -1 as the
        // all-ones value QEMU stores, GLib's TRUE.
        ("widget", "max-burst", "qdev", "uint32", "4294967295"),
        ("widget", "vectors", "qdev", "uint32", "4294967295"),
        ("widget", "limit", "qdev", "uint64", "18446744073709551615"),
        ("widget", "depth", "qdev", "int32", "-2147483648"),
        ("widget", "x-glib-style", "qdev", "bool", "true"),
        // Two properties from one wrapper macro of the file.
        ("widget", "fast", "qdev", "bit", "true"),
        ("widget", "slow", "qdev", "bit", "false"),
        // Attached by a helper the class_init calls (`dc->props_ = …`); `64 * KiB` evaluated.
        ("widget-plus", "window", "qdev", "uint32", "65536"),
        ("widget", "x-tuned", "class", "bool", nil),
        ("widget", "level", "instance", "uint32_ptr", nil),
        ("x86_64-cpu", "kvm-msi-ext-dest-id", "cpu-feature", "bool", nil),
        ("x86_64-cpu", "fpu", "cpu-feature", "bool", nil),
    ] as [(String, String, String, String, String?)])
    func property(type: String, name: String, origin: String, valueType: String, defaultValue: String?) async throws {
        let found = try await Self.model().property(name, of: type)
        #expect(found?.origin.rawValue == origin)
        #expect(found?.valueType == valueType)
        #expect(found?.defaultValue == defaultValue)
    }

    @Test func unattachedArraysAndNullFeaturesGiveNothing() async throws {
        let model = try await Self.model()
        #expect(!model.all.contains { $0.name == "never-attached" })
        #expect(model.properties(of: "x86_64-cpu")?.count == 4)
        #expect(model.properties(of: "widget-plus")?.map(\.name) == ["window"])
    }

    @Test func subtypesInheritThroughTheHierarchy() async throws {
        let registry = try await ExtractionFixture.extract("properties")
        let lookup = PropertyLookup(model: registry.properties, hierarchy: QOMHierarchy(parents: registry.qomParents))
        #expect(lookup.definition(of: "queue-size", on: "widget-plus")?.type == "widget")
        // A CPU model registered at run time, named after its parent type.
        #expect(lookup.definition(of: "kvm-msi-ext-dest-id", on: "Haswell-x86_64-cpu")?.type == "x86_64-cpu")
        // An entry on an ancestor reaches a subtype's property.
        #expect(lookup.anyDefinition(of: "window", reachedFrom: "widget")?.type == "widget-plus")
        #expect(lookup.definition(of: "window", on: "widget") == nil)
    }

    @Test func registryRoundTripKeepsTheModel() async throws {
        let registry = try await ExtractionFixture.extract("properties")
        let compact = try CompactRegistry(registry).expanded()
        #expect(compact.properties == registry.properties)
        #expect(!registry.properties.isEmpty)
    }
}
