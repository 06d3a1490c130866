/// One problem the static comparison of two `-dump-vmstate` files finds, worded as QEMU's
/// `scripts/vmstate-static-checker.py` prints it.
public struct VMStateFinding: Hashable, Sendable, Codable, Comparable {
    /// The kind of problem.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The source's section (device type) is not in the destination's dump.
        case sectionMissing
        /// A section or description lacks an entry (`Fields`, `Subsections`, …) the source has.
        case entryMissing
        /// The source's `version_id` is above the destination's.
        case versionTooNew
        /// The source's `version_id` is below the destination's `minimum_version_id`.
        case versionTooOld
        /// Fields differ in name at one position (the rest is not compared).
        case fieldMismatch
        /// The destination has fewer fields.
        case fieldsMissing
        /// `unused` padding does not add up to the fields it stands for.
        case unusedSizeMismatch
        /// A field's size differs.
        case sizeMismatch
        /// A subsection of the source is not in the destination.
        case subsectionMissing
        /// A field with a nested description has none on the destination.
        case descriptionMissing
        /// A nested description has another name on the destination.
        case descriptionRenamed
    }

    /// The section: the device type name, as the dump's key.
    public var section: String
    /// The kind of problem.
    public var kind: Kind
    /// The subsection or field concerned, when there is one.
    public var subject: String?
    /// The line the Python checker prints.
    public var message: String

    /// Creates a finding.
    public init(section: String, kind: Kind, subject: String? = nil, message: String) {
        self.section = section
        self.kind = kind
        self.subject = subject
        self.message = message
    }

    public static func < (lhs: VMStateFinding, rhs: VMStateFinding) -> Bool {
        (lhs.section, lhs.message) < (rhs.section, rhs.message)
    }
}
