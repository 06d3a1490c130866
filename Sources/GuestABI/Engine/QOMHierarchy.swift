/// The QOM type hierarchy of a release (type → parent), used to tell which devices a compat
/// entry reaches: an entry for `virtio-device` applies to every type below it.
public struct QOMHierarchy: Hashable, Sendable {
    /// Each type's parent.
    public var parents: [String: String]

    /// Creates a hierarchy.
    public init(parents: [String: String]) {
        self.parents = parents
    }

    /// True when nothing is known (registries read without the hierarchy).
    public var isEmpty: Bool { parents.isEmpty }

    /// `type`, then its parent, grandparent… up to the root (cycles cut).
    public func lineage(of type: String) -> [String] {
        var chain = [type]
        var seen: Set<String> = [type]
        var current = type
        while let parent = parents[current], seen.insert(parent).inserted {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// The types a user-visible device brings into the VM: itself and, for a virtio proxy
    /// (`virtio-net-pci`, `virtio-blk-ccw`), the virtio backend inside it (`virtio-net-device`),
    /// which QEMU creates as the proxy's child.
    public func instantiatedTypes(of device: String) -> [String] {
        var types = [device]
        let lineage = lineage(of: device)
        let isProxy = lineage.contains("virtio-pci") || lineage.contains("virtio-ccw-device")
            || (parents.isEmpty && device.hasPrefix("virtio-"))
        if isProxy {
            for suffix in ["-pci-non-transitional", "-pci-transitional", "-pci-base", "-pci", "-ccw"]
            where device.hasSuffix(suffix) {
                types.append(String(device.dropLast(suffix.count)) + "-device")
                break
            }
        }
        return types
    }
}

/// The devices of a concrete VM (`--device`, the way libvirt knows its domain's devices), and
/// which compat drivers reach them.
public struct DeviceSelection: Hashable, Sendable {
    /// The devices as given.
    public var devices: [String]
    /// Every type the devices instantiate, with all their ancestors.
    public var reachedTypes: Set<String>

    /// The devices `devices`, resolved in `hierarchy`.
    public init(devices: [String], hierarchy: QOMHierarchy) {
        self.devices = devices
        var reached: Set<String> = []
        for device in devices {
            for type in hierarchy.instantiatedTypes(of: device) {
                reached.formUnion(hierarchy.lineage(of: type))
            }
        }
        self.reachedTypes = reached
    }

    /// True when a compat entry for `driver` applies to one of the devices.
    public func reaches(driver: String) -> Bool { reachedTypes.contains(driver) }
}
