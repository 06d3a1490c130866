/// The effect of one ABI difference, why, and the `file:line` places that justify it: the one
/// rule ``ChangeClassifier`` (for `check`) and ``CompatibilityMatrix`` apply to every entry.
public struct EntryEffect: Hashable, Sendable {
    /// The effect.
    public var effect: MigrationReason.Effect
    /// Why.
    public var because: String
    /// Where the tree justifies it.
    public var evidence: [String]

    /// Creates an effect.
    public init(_ effect: MigrationReason.Effect, because: String, evidence: [String] = []) {
        self.effect = effect
        self.because = because
        self.evidence = evidence
    }

    /// A pin keeps the older release's value for this machine.
    static let pinned = EntryEffect(.none, because: "the newer release keeps the older default for this machine")
    /// A rename is the same setting.
    static let renamed = EntryEffect(.none, because: "the same setting under a renamed class field")

    /// A compat property whose value differs: a property can change what the guest sees and
    /// what the device migrates (PCI config space, feature bits, subsections); this tier reads
    /// neither, so it cannot say which.
    static let compatValue = EntryEffect(
        .unknown,
        because: "a device property's value differs for this machine: it can change the hardware the guest sees or the state the device migrates (config space, feature bits, subsections), which the machine-type tier does not read")

    /// A class field whose uses the registry does not record.
    static let classFieldUnread = EntryEffect(
        .unknown, because: "where the tree reads this class field is not recorded in the registry (re-extract the tree)")
}

/// Where a tree reads each machine-class field, and what that read makes of a difference: the
/// effect of a class fact comes from its consumers, not from its name.
public struct ClassFieldUses: Hashable, Sendable {
    /// The reads of each field.
    public var uses: [String: [ClassFieldUse]]

    /// Creates the uses.
    public init(uses: [String: [ClassFieldUse]]) {
        self.uses = uses
    }

    /// The uses of a list, grouped by field.
    public init(_ list: [ClassFieldUse]) {
        var uses: [String: [ClassFieldUse]] = [:]
        for use in list { uses[use.field, default: []].append(use) }
        self.uses = uses
    }

    /// Every use, sorted by field and place: the serialised form.
    public var list: [ClassFieldUse] {
        uses.keys.sorted().flatMap { uses[$0] ?? [] }
    }

    /// No uses known (a registry read without them).
    public static let empty = ClassFieldUses(uses: [:])

    /// True when nothing is recorded.
    public var isEmpty: Bool { uses.isEmpty }

    /// The effect of `field` differing, from its reads on both sides: the strongest effect any
    /// read gives; a field no read classifies is `unknown`, never silently harmless. Reads that
    /// matter only to VMs created from defaults have no effect on a VM that names its devices
    /// (`devicesNamed`).
    public static func effect(of field: String, in sides: [ClassFieldUses], devicesNamed: Bool = false) -> EntryEffect {
        guard sides.count == 2, sides.allSatisfy({ !$0.isEmpty }) else { return .classFieldUnread }
        let all = sides.flatMap { $0.uses[field] ?? [] }
        let reads = devicesNamed ? all.filter { !$0.defaultsOnly } : all
        guard !reads.isEmpty else {
            if all.isEmpty {
                return EntryEffect(
                    .none,
                    because: "no code guestabi reads in either tree (the family's machine code, hw/core, hw/acpi, hw/smbios, hw/nvram, system) reads this field; accelerator code (accel/) is not read, so an effect there (KVM only) is not seen")
            }
            return EntryEffect(
                .none, because: "read only when the VM is created from defaults; this VM names its devices (-nodefaults)",
                evidence: Array(Set(all.map(\.location))).sorted())
        }
        let strongest = reads.map(\.effect).max() ?? .unknown
        let chosen = reads.filter { $0.effect == strongest }
        let why = Array(Set(chosen.map(\.why))).sorted().joined(separator: "; ")
        return EntryEffect(strongest, because: why, evidence: Array(Set(chosen.map(\.location))).sorted())
    }
}

/// One place a tree reads a machine-class field, classified by what consumes it.
public struct ClassFieldUse: Hashable, Sendable, Codable {
    /// The field.
    public var field: String
    /// `file:line` of the read.
    public var location: String
    /// The function that reads it.
    public var function: String
    /// What a difference in the field does, as this read consumes it.
    public var effect: MigrationReason.Effect
    /// True when the read only happens for a VM created from defaults (default devices, NICs
    /// from `-nic` without a model): no effect on a VM that names its devices.
    public var defaultsOnly: Bool
    /// Why (`read by an ACPI table builder: the guest sees it at its next boot`).
    public var why: String

    /// Creates a use.
    public init(
        field: String, location: String, function: String, effect: MigrationReason.Effect, defaultsOnly: Bool = false, why: String
    ) {
        self.field = field
        self.location = location
        self.function = function
        self.effect = effect
        self.defaultsOnly = defaultsOnly
        self.why = why
    }
}
