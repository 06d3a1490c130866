/// The QOM types one `VirtioPCIDeviceTypeInfo` stands for, the way QEMU's
/// `virtio_pci_types_register()` (hw/virtio/virtio-pci.c) registers them:
///
/// - with `.base_name`: the base type, whose parent is `.parent` or `TYPE_VIRTIO_PCI`; then
///   `.generic_name`, `.non_transitional_name` and `.transitional_name`, each a child of the base;
/// - without it: an intermediate `<generic_name>-base-type` in the base's place, and the generic
///   type below it (such an entry has no transitional names).
enum VirtioPCIProxyTypes {
    /// The fields that name types.
    static let nameFields = ["base_name", "generic_name", "non_transitional_name", "transitional_name", "parent"]

    /// `(name, parent)` of each type `fields` registers, base first; names that are not strings
    /// are skipped, and everything below a base whose name or parent is unknown.
    /// `virtioPCI` is the value of `TYPE_VIRTIO_PCI`, the default parent.
    static func types(of fields: DesignatedInitializer, virtioPCI: String?) -> [(name: String, parent: String)] {
        let base: String?
        if fields["base_name"] != nil {
            base = fields.string("base_name")
        } else {
            base = fields.string("generic_name").map { $0 + "-base-type" }
        }
        let baseParent = fields["parent"] != nil ? fields.string("parent") : virtioPCI
        guard let base, let baseParent else { return [] }
        var types = [(name: base, parent: baseParent)]
        for field in ["generic_name", "non_transitional_name", "transitional_name"] {
            if let name = fields.string(field) { types.append((name, base)) }
        }
        return types
    }
}
