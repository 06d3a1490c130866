/// Where a versioned machine stands in one QEMU build.
public enum LifecycleStatus: String, Hashable, Sendable, Codable, Comparable, CaseIterable, CustomStringConvertible {
    /// The build predates the machine's `X.Y`: it is not defined there yet.
    case unreleased
    /// Registered and not deprecated.
    case supported
    /// Registered, with a deprecation warning.
    case deprecated
    /// No longer registered (the code may remain in the tree).
    case deleted

    public var description: String { rawValue }

    /// True when a binary of that build registers the machine.
    public var isRegistered: Bool { self == .supported || self == .deprecated }

    public static func < (lhs: LifecycleStatus, rhs: LifecycleStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
