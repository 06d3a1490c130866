/// One difference between two machine types' ABIs (the same machine in two releases, or two
/// machines): a subject one side sets and the other does not, or sets to another value.
public struct ABIChange: Hashable, Sendable, CustomStringConvertible {
    /// How the subject changed from the first ABI to the second.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Only the second sets it.
        case added
        /// Only the first sets it.
        case removed
        /// Both set it, to different values.
        case changed
    }

    /// How it changed.
    public var kind: Kind
    /// What is set.
    public var subject: ABISubject
    /// The first side's setting, if any.
    public var before: ABISetting?
    /// The second side's setting, if any.
    public var after: ABISetting?

    /// Creates a change.
    public init(kind: Kind, subject: ABISubject, before: ABISetting?, after: ABISetting?) {
        self.kind = kind
        self.subject = subject
        self.before = before
        self.after = after
    }

    /// `virtio-net-pci.x-foo: off (hw_compat_9_2) → on (hw_compat_9_2)`.
    public var description: String {
        func side(_ setting: ABISetting?) -> String {
            setting.map { "\($0) (\($0.source.origin))" } ?? "unset"
        }
        return "\(subject): \(side(before)) → \(side(after))"
    }
}
