/// Why a migration verdict is what it is: one finding, what it does to the migration (its
/// ``Effect``), why that effect, and the entries and drivers it rests on.
public struct MigrationReason: Hashable, Sendable, CustomStringConvertible {
    /// The kind of finding.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The machine is not registered on the destination.
        case missing
        /// An entry of an array (or a class fact of a function) frozen before the older release
        /// shipped differs.
        case frozenCompat = "frozen-compat"
        /// The newer release pins a subject back for this machine (a default that changed after
        /// the older release): expected, listed.
        case pinned
        /// The newer release pins a subject to a value other than the one the older release had.
        case mispinned
        /// Both releases belong to one stable series, and the machine's ABI differs at all.
        case stableDrift = "stable-drift"
        /// The unversioned alias names different versioned machines on the two sides.
        case alias
        /// A family-wide setting (no version in its array or function) differs.
        case familyWide = "family-wide"
        /// The same setting under a renamed class field (and options function): found across
        /// the whole family, not a difference.
        case rename
        /// Findings that only VMs with other devices would meet (with `--device`).
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
        /// A compat entry on a property the other release does not define at all (read from
        /// both releases' device property models, ``PropertyEffects``): not a change to frozen
        /// data, the pin of a knob the other side does not have.
        case newProperty = "new-property"
    }

    /// What a finding does to a migration and to the guest. The one ``MigrationVerdict/Verdict``
    /// of a cell is derived from the effects of its reasons (``MigrationVerdict/verdict(for:)``).
    public enum Effect: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Nothing the guest or the migration stream sees (a rename, a pin that keeps the old
        /// value, a setting that does not reach this VM).
        case none
        /// The migration completes; the guest sees different hardware or firmware, now or after
        /// its next boot.
        case guestVisible = "guest-visible"
        /// Cannot be decided at this tier; ``MigrationReason/because`` says why.
        case unknown
        /// The destination refuses the stream (by QEMU's load rule or a reproduced failure).
        case breaksMigration = "breaks-migration"

        private var rank: Int {
            switch self {
            case .none: 0
            case .guestVisible: 1
            case .unknown: 2
            case .breaksMigration: 3
            }
        }

        public static func < (lhs: Effect, rhs: Effect) -> Bool { lhs.rank < rhs.rank }
    }

    /// The kind.
    public var kind: Kind
    /// What a person reads.
    public var message: String
    /// What the finding does.
    public var effect: Effect
    /// Why it has that effect (the rule, or what this tier cannot see); empty when obvious.
    public var because: String
    /// The `file:line` places that justify the effect (where the tree reads a field, the load
    /// rule's code), when known.
    public var evidence: [String]
    /// The compat drivers the finding hinges on (empty for class facts and machine-level
    /// findings): a VM without a device of (or below) these drivers is not affected.
    public var drivers: [String]
    /// The ABI differences involved.
    public var entries: [ABIChange]

    /// Creates a reason.
    public init(
        kind: Kind, message: String, effect: Effect, because: String = "", evidence: [String] = [],
        drivers: [String] = [], entries: [ABIChange] = []
    ) {
        self.kind = kind
        self.message = message
        self.effect = effect
        self.because = because
        self.evidence = evidence
        self.drivers = drivers
        self.entries = entries
    }

    /// Creates a reason that either breaks the migration or has no effect.
    public init(kind: Kind, message: String, isBreaking: Bool, drivers: [String] = [], entries: [ABIChange] = []) {
        self.init(kind: kind, message: message, effect: isBreaking ? .breaksMigration : .none, drivers: drivers, entries: entries)
    }

    /// True when this finding makes the migration fail.
    public var isBreaking: Bool { effect == .breaksMigration }

    /// `frozen-compat: …`.
    public var description: String { "\(kind.rawValue): \(message)" }
}
