/// One of N deterministic slices of a cell list (`--shard K/N`): cell number i (0-based, in
/// ``VerifyCell/isOrderedBefore(_:_:)`` order) belongs to shard `i % N + 1`, so every shard
/// gets a similar mix of machines and the N shards together hold every cell exactly once.
public struct VerifyShard: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The shard's number, 1…``count``.
    public var index: Int
    /// How many shards the run is split into.
    public var count: Int

    /// The accepted form, for error messages.
    public static let acceptedForm = "K/N with 1 ≤ K ≤ N (e.g. 2/3)"

    /// Creates shard `index` of `count`.
    public init(index: Int, count: Int) throws(GuestABIError) {
        guard count >= 1, index >= 1, index <= count else {
            throw GuestABIError(
                .invalidValue, input: "\(index)/\(count)", reason: "not a shard of the run", hint: "expected \(Self.acceptedForm)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(GuestABIError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw GuestABIError(.invalidValue, input: text, reason: "not a shard", hint: "expected \(Self.acceptedForm)")
        }
        try self.init(index: index, count: count)
    }

    /// The shard GitLab CI's `parallel: N` gives this job (`CI_NODE_INDEX` is 1-based), or nil
    /// when the variables are not both set.
    public init?(environment: [String: String]) throws(GuestABIError) {
        guard let index = environment["CI_NODE_INDEX"], let count = environment["CI_NODE_TOTAL"] else { return nil }
        try self.init(parsing: "\(index)/\(count)")
    }

    /// This shard's cells of `cells` (already in run order).
    public func select(_ cells: [VerifyCell]) -> [VerifyCell] {
        cells.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    public var description: String { "\(index)/\(count)" }
}
