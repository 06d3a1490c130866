/// What one piece of a machine type's guest ABI sets: a compat property of a driver, or a
/// field of the machine class.
public enum ABISubject: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// `driver.property`, set by a compat entry.
    case compat(driver: String, property: String)
    /// A machine-class field set by the options chain.
    case classFact(field: String)

    /// The driver of a compat subject.
    public var driver: String? {
        if case .compat(let driver, _) = self { return driver }
        return nil
    }

    /// `virtio-net-pci.x-foo` or `default_kernel_irqchip_split`.
    public var description: String {
        switch self {
        case .compat(let driver, let property): "\(driver).\(property)"
        case .classFact(let field): field
        }
    }

    public static func < (lhs: ABISubject, rhs: ABISubject) -> Bool {
        switch (lhs, rhs) {
        case (.compat, .classFact): true
        case (.classFact, .compat): false
        case let (.compat(ld, lp), .compat(rd, rp)): (ld, lp) < (rd, rp)
        case let (.classFact(l), .classFact(r)): l < r
        }
    }
}

/// The value a machine type gives one ``ABISubject``, and where it comes from.
public struct ABISetting: Hashable, Sendable, CustomStringConvertible {
    /// The value as written (`"off"`, `true`, `2047 * TiB`).
    public var value: String
    /// True for an optional compat entry (skipped for devices that lack the property).
    public var optional: Bool
    /// The array or function that sets it (the last one applied).
    public var source: Provenance

    /// Creates a setting.
    public init(value: String, optional: Bool = false, source: Provenance) {
        self.value = value
        self.optional = optional
        self.source = source
    }

    /// True when the guest sees the same thing: same value and same optionality.
    public func isSameABI(as other: ABISetting) -> Bool {
        value == other.value && optional == other.optional
    }

    /// `off (optional)`.
    public var description: String { optional ? "\(value) (optional)" : value }
}
