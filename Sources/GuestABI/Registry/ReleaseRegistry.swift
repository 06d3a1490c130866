/// Every versioned machine type of one QEMU release, as read from its source tree: the
/// registry that diffs, verdicts and plans are computed from.
public struct ReleaseRegistry: Hashable, Sendable, Codable {
    /// The version of the JSON schema (docs/registry-schema.md).
    public static let currentSchema = 1

    /// The schema version of this document.
    public var schema: Int
    /// The release, from the tree's `VERSION`.
    public var qemuVersion: QEMUVersion
    /// Where it was read from (a directory or `repo@ref`).
    public var origin: String?
    /// The lifecycle rule the tree's own `include/hw/boards.h` states.
    public var lifecycleRule: LifecycleRule
    /// The machines, sorted by target, family and newest version first.
    public var machines: [MachineDefinition]
    /// Problems met while reading; empty for a complete extraction.
    public var diagnostics: [SourceDiagnostic]
    /// False when files were missing or could not be understood, so machines or entries may be
    /// missing.
    public var complete: Bool
    /// The QOM type hierarchy the tree defines: each type name mapped to its parent's name
    /// (`virtio-net-pci` → `virtio-net-pci-base`). It says which devices a compat entry reaches:
    /// an entry for `virtio-device` applies to every type below it. Empty when not read.
    public var qomParents: [String: String]
    /// How the release's migration destination compares machine names; nil when not read
    /// (registries written before it existed, or trees without `migration/savevm.c`).
    public var nameCheck: MachineNameCheck?
    /// Where the tree reads each machine-class field, classified (``ClassFieldUses``); empty
    /// when not read.
    public var classFieldUses: ClassFieldUses = .empty
    /// Every device property the tree defines, by QOM type (``PropertyModel``); empty when not
    /// read.
    public var properties: PropertyModel = .empty

    /// Creates a registry.
    public init(
        qemuVersion: QEMUVersion, origin: String? = nil, lifecycleRule: LifecycleRule,
        machines: [MachineDefinition], diagnostics: [SourceDiagnostic], complete: Bool,
        qomParents: [String: String] = [:], nameCheck: MachineNameCheck? = nil
    ) {
        self.schema = Self.currentSchema
        self.qemuVersion = qemuVersion
        self.origin = origin
        self.lifecycleRule = lifecycleRule
        self.machines = machines.sorted()
        self.diagnostics = diagnostics
        self.complete = complete
        self.qomParents = qomParents
        self.nameCheck = nameCheck
    }

    private enum CodingKeys: String, CodingKey {
        case schema, qemuVersion, origin, lifecycleRule, machines, diagnostics, complete, qomParents, nameCheck, classFieldUses, properties
    }

    /// Decodes a registry; `qomParents` and `nameCheck` may be absent (registries written
    /// before they existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        qemuVersion = try container.decode(QEMUVersion.self, forKey: .qemuVersion)
        origin = try container.decodeIfPresent(String.self, forKey: .origin)
        lifecycleRule = try container.decode(LifecycleRule.self, forKey: .lifecycleRule)
        machines = try container.decode([MachineDefinition].self, forKey: .machines)
        diagnostics = try container.decode([SourceDiagnostic].self, forKey: .diagnostics)
        complete = try container.decode(Bool.self, forKey: .complete)
        qomParents = try container.decodeIfPresent([String: String].self, forKey: .qomParents) ?? [:]
        nameCheck = try container.decodeIfPresent(MachineNameCheck.self, forKey: .nameCheck)
        classFieldUses = ClassFieldUses(try container.decodeIfPresent([ClassFieldUse].self, forKey: .classFieldUses) ?? [])
        properties = try container.decodeIfPresent(PropertyModel.self, forKey: .properties) ?? .empty
    }

    /// Encodes a registry; `nameCheck` and `classFieldUses` only when read.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(qemuVersion, forKey: .qemuVersion)
        try container.encodeIfPresent(origin, forKey: .origin)
        try container.encode(lifecycleRule, forKey: .lifecycleRule)
        try container.encode(machines, forKey: .machines)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encode(complete, forKey: .complete)
        try container.encode(qomParents, forKey: .qomParents)
        try container.encodeIfPresent(nameCheck, forKey: .nameCheck)
        if !classFieldUses.isEmpty { try container.encode(classFieldUses.list, forKey: .classFieldUses) }
        if !properties.isEmpty { try container.encode(properties, forKey: .properties) }
    }

    /// The machine with this identity.
    public func machine(_ id: MachineID) -> MachineDefinition? {
        machines.first { $0.id == id }
    }

    /// The machines registered for `target`.
    public func registeredMachines(of target: Target) -> [MachineDefinition] {
        machines.filter { $0.target == target && $0.registered }
    }
}
