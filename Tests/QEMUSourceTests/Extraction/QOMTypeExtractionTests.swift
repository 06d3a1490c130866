import GuestABI
import QEMUSource
import Testing

/// The `qom-types` fixture: the QOM type declarations a tree's `.c` files make, read into
/// `ReleaseRegistry.qomParents` (type name → parent name).
@Suite struct QOMTypeExtractionTests {
    static func parents() async throws -> [String: String] {
        try await ExtractionFixture.extract("qom-types").qomParents
    }

    @Test(arguments: [
        // `TYPE_WIDGET` is defined with two spaces after `define`; the base's name is built from it.
        ("widget-base", "pci-device"),
        // An array of TypeInfo, one element written by a macro of the file.
        ("widget", "widget-base"),
        ("widget-mk2", "widget"),
        // Declared in a register function.
        ("widget-local", "widget"),
        // OBJECT_DEFINE_SIMPLE_TYPE_WITH_INTERFACES(Gadget, gadget, GADGET, OBJECT, …).
        ("gadget", "object"),
        // X86_CPU_TYPE_NAME("base") from the target's header; TYPE_X86_CPU's first definition.
        ("x86_64-cpu", "cpu"),
        ("base-x86_64-cpu", "x86_64-cpu"),
    ])
    func typeInfoDeclarations(name: String, parent: String) async throws {
        #expect(try await Self.parents()[name] == parent)
    }

    @Test func virtioPCIProxyWithABaseType() async throws {
        let parents = try await Self.parents()
        #expect(parents["virtio-widget-pci-base"] == "virtio-pci")
        for name in ["virtio-widget-pci", "virtio-widget-pci-transitional", "virtio-widget-pci-non-transitional"] {
            #expect(parents[name] == "virtio-widget-pci-base", "\(name)")
        }
    }

    @Test func virtioPCIProxyWithoutABaseTypeGetsAnIntermediateOne() async throws {
        // As virtio_pci_types_register() does: `<generic_name>-base-type` below `.parent`.
        let parents = try await Self.parents()
        #expect(parents["virtio-gizmo-pci-base-type"] == "pci-device")
        #expect(parents["virtio-gizmo-pci"] == "virtio-gizmo-pci-base-type")
    }

    @Test func firstOfTwoConditionalDeclarationsWins() async throws {
        #expect(try await Self.parents()["widget-legacy"] == "widget")
    }

    @Test func namesThatAreNotStringsAreSkippedQuietly() async throws {
        let registry = try await ExtractionFixture.extract("qom-types")
        #expect(registry.qomParents.count == 14, "\(registry.qomParents.sorted { $0.key < $1.key })")
        #expect(!registry.qomParents.keys.contains { $0.contains("runtime") || $0.isEmpty })
        // The loop's `.name = name` and the array's `widget_runtime_name` leave no diagnostic.
        #expect(!registry.diagnostics.contains { $0.location.file.hasSuffix("widget.c") || $0.location.file.hasSuffix("cpu.c") })
    }
}
