/// Why a migration verdict is what it is: one finding, with the entries and drivers it rests on.
public struct MigrationReason: Hashable, Sendable, CustomStringConvertible {
    /// The kind of finding.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The machine is not registered on the destination.
        case missing
        /// An entry of an array (or a class fact of a function) frozen before the older release
        /// shipped differs: the classic real migration break.
        case frozenCompat = "frozen-compat"
        /// The newer release pins a subject back for this machine (a default that changed after
        /// the older release): expected, listed, not a failure.
        case pinned
        /// The newer release pins a subject to a value other than the one the older release had.
        case mispinned
        /// Both releases belong to one stable series, and the machine's ABI differs at all.
        case stableDrift = "stable-drift"
        /// The unversioned alias names different versioned machines on the two sides.
        case alias
        /// A family-wide setting (no version in its array or function) differs: it reaches every
        /// machine of the family alike; listed, not judged.
        case familyWide = "family-wide"
        /// Failures that only VMs with other devices would meet (with `--device`).
        case unreached
        /// The static evidence is not enough to decide (an incomplete registry).
        case incomplete
        /// The destination was started with another machine type (`check --to-machine`): its
        /// machine-name check refuses the stream (breaking) or accepts it (listed; the ABI
        /// differences between the two machines follow as their own reasons).
        case machineName = "machine-name"
        /// Migrated state read from the sources differs (a VMState section, a subsection, the
        /// CPU's register list): breaking in the directions it breaks.
        case migrationState = "migration-state"
    }

    /// The kind.
    public var kind: Kind
    /// What a person reads.
    public var message: String
    /// True when this finding makes the migration fail.
    public var isBreaking: Bool
    /// The compat drivers the finding hinges on (empty for class facts and machine-level
    /// findings): a VM without a device of (or below) these drivers is not affected.
    public var drivers: [String]
    /// The ABI differences involved.
    public var entries: [ABIChange]

    /// Creates a reason.
    public init(kind: Kind, message: String, isBreaking: Bool, drivers: [String] = [], entries: [ABIChange] = []) {
        self.kind = kind
        self.message = message
        self.isBreaking = isBreaking
        self.drivers = drivers
        self.entries = entries
    }

    /// `frozen-compat: …`.
    public var description: String { "\(kind.rawValue): \(message)" }
}
