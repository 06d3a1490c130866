public import GuestABI

/// One machine type as a QEMU binary reports it in `query-machines`.
public struct ProbedMachine: Hashable, Sendable, Codable {
    /// The machine type name (`pc-q35-10.0`, `virt-7.2`, `none`).
    public var name: String
    /// The short name that selects it (`q35`, `pc`, `virt`, `pseries`, `s390-ccw-virtio`).
    public var alias: String?
    /// True for the machine the binary uses without `-machine`.
    public var isDefault: Bool
    /// True when QEMU says the machine is deprecated (reported since QEMU 4.1).
    public var deprecated: Bool
    /// The machine's compat properties in the order QEMU applies them; `nil` when they were not
    /// asked for or the binary cannot report them (before QEMU 9.1).
    public var compatProps: [ProbedCompatProperty]?

    /// Creates a machine description.
    public init(
        name: String, alias: String? = nil, isDefault: Bool = false, deprecated: Bool = false,
        compatProps: [ProbedCompatProperty]? = nil
    ) {
        self.name = name
        self.alias = alias
        self.isDefault = isDefault
        self.deprecated = deprecated
        self.compatProps = compatProps
    }
}

/// One compat property of a probed machine: `-global DRIVER.PROPERTY=VALUE` applied by the
/// machine type (QEMU's `CompatProperty`, `qom-type` renamed to `driver` as in `GlobalProperty`).
public struct ProbedCompatProperty: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The QOM type the property is set on, including its subtypes.
    public var driver: String
    /// The property name.
    public var property: String
    /// The value as QEMU's property parser reads it.
    public var value: String

    /// Creates a compat property.
    public init(driver: String, property: String, value: String) {
        self.driver = driver
        self.property = property
        self.value = value
    }

    /// `virtio-net-pci.x-foo=off`.
    public var description: String { "\(driver).\(property)=\(value)" }
}

/// What one probe of a binary found.
public struct ProbedBinary: Hashable, Sendable, Codable {
    /// The binary that was probed.
    public var binary: String
    /// Its QEMU version.
    public var version: QEMUVersion
    /// The distribution's build identifier (`Debian 1:7.2+dfsg-7+deb12u18+b3`), or empty.
    public var package: String
    /// Its machine types, sorted by name (``ProbedMachine/isOrderedBefore(_:_:)``).
    public var machines: [ProbedMachine]

    /// Creates a probe result.
    public init(binary: String, version: QEMUVersion, package: String, machines: [ProbedMachine]) {
        self.binary = binary
        self.version = version
        self.package = package
        self.machines = machines
    }
}
