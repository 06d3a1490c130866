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
    /// Entries judged breaking (frozen, mispinned or stable drift).
    public var breakingEntries: UInt16
    /// Entries listed but not failing (pinned, family-wide).
    public var listedEntries: UInt16

    /// The reason kinds found.
    public var reasonKinds: [MigrationReason.Kind] {
        MigrationReason.Kind.allCases.enumerated().filter { kinds & (1 << $0.offset) != 0 }.map(\.element)
    }

    static func bit(_ kind: MigrationReason.Kind) -> UInt16 {
        1 << UInt16(MigrationReason.Kind.allCases.firstIndex(of: kind)!)
    }
}
