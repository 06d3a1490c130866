/// One (source release, destination release, machine) cell of a ``CompatibilityMatrix``, kept
/// small so that large matrices fit: indices into the matrix's tables, the verdict, and how many
/// entries fell into each reason kind.
public struct MatrixCell: Hashable, Sendable {
    /// Index of the source release in ``CompatibilityMatrix/releases``.
    public var source: UInt16
    /// Index of the destination release.
    public var destination: UInt16
    /// Index of the machine in ``CompatibilityMatrix/machines``.
    public var machine: Int32
    /// The verdict.
    public var verdict: MigrationVerdict.Verdict
    /// The reason kinds found, as a bit set over ``MigrationReason/Kind/allCases``.
    public var kinds: UInt16
    /// Entries with an effect (breaks-migration, unknown or guest-visible).
    public var breakingEntries: UInt16
    /// Entries listed without an effect (pins, renames, entries that reach no device of the VM).
    public var listedEntries: UInt16
    /// The effects found, as a bit set over ``MigrationReason/Effect/allCases``.
    public var effects: UInt8 = 0

    /// Creates a cell.
    public init(
        source: UInt16, destination: UInt16, machine: Int32, verdict: MigrationVerdict.Verdict, kinds: UInt16,
        breakingEntries: UInt16, listedEntries: UInt16, effects: UInt8 = 0
    ) {
        self.source = source
        self.destination = destination
        self.machine = machine
        self.verdict = verdict
        self.kinds = kinds
        self.breakingEntries = breakingEntries
        self.listedEntries = listedEntries
        self.effects = effects
    }

    /// The effects found.
    public var effectSet: [MigrationReason.Effect] {
        MigrationReason.Effect.allCases.enumerated().filter { effects & (1 << $0.offset) != 0 }.map(\.element)
    }

    mutating func note(_ effect: MigrationReason.Effect) {
        effects |= 1 << UInt8(MigrationReason.Effect.allCases.firstIndex(of: effect)!)
    }

    /// The reason kinds found.
    public var reasonKinds: [MigrationReason.Kind] {
        MigrationReason.Kind.allCases.enumerated().filter { kinds & (1 << $0.offset) != 0 }.map(\.element)
    }

    static func bit(_ kind: MigrationReason.Kind) -> UInt16 {
        1 << UInt16(MigrationReason.Kind.allCases.firstIndex(of: kind)!)
    }
}
