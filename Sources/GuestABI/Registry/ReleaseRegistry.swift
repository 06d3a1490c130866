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

    /// Creates a registry.
    public init(
        qemuVersion: QEMUVersion, origin: String? = nil, lifecycleRule: LifecycleRule,
        machines: [MachineDefinition], diagnostics: [SourceDiagnostic], complete: Bool
    ) {
        self.schema = Self.currentSchema
        self.qemuVersion = qemuVersion
        self.origin = origin
        self.lifecycleRule = lifecycleRule
        self.machines = machines.sorted()
        self.diagnostics = diagnostics
        self.complete = complete
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
