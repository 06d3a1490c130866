/// A QEMU release number `major.minor.micro`, as a tree's `VERSION` file or `-version` gives it.
///
/// QEMU numbers the states between releases with the micro field: `X.Y.50` is the development
/// snapshot that leads to the next release, and `X.Y.90`, `X.Y.91`, … are its release
/// candidates (`10.1.90` is `10.2.0-rc0`). QEMU makes three releases a year, `X.0`, `X.1` and
/// `X.2`, then moves to `(X+1).0`.
public struct QEMUVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first micro number of a development snapshot.
    public static let developmentMicro = 50
    /// The first micro number of a release candidate (`-rc0`).
    public static let releaseCandidateMicro = 90
    /// The last minor number of a year: after `X.2` comes `(X+1).0`.
    public static let lastMinorOfYear = 2

    /// The year-based major number (`10` in `10.1.2`).
    public var major: Int
    /// The release within the year, 0 to 2.
    public var minor: Int
    /// The stable update (`< 50`), or a development snapshot / release candidate (`>= 50`).
    public var micro: Int

    /// Creates a version from its three numbers.
    public init(_ major: Int, _ minor: Int, _ micro: Int = 0) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    /// Parses `X.Y` or `X.Y.Z` (as in `VERSION`), also accepting a trailing `-rcN` form
    /// (`10.2.0-rc1`), which is turned into QEMU's own numbering (`10.1.91`).
    public init(parsing text: String) throws(GuestABIError) {
        func bad(_ reason: String) -> GuestABIError {
            GuestABIError(
                .invalidQEMUVersion, input: text, reason: reason,
                hint: "expected a QEMU release such as 10.2.0, 10.0.13, 10.1.50 (snapshot) or 10.2.0-rc1")
        }
        let trimmed = text.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty else { throw bad("empty QEMU version") }
        var numberPart = Substring(trimmed)
        var rc: Int?
        if let dash = trimmed.firstIndex(of: "-") {
            let suffix = trimmed[trimmed.index(after: dash)...]
            guard suffix.hasPrefix("rc"), let n = DecimalField.parse(suffix.dropFirst(2)) else {
                throw bad("unknown suffix '\(suffix)'")
            }
            rc = n
            numberPart = trimmed[..<dash]
        }
        let fields = numberPart.split(separator: ".", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else {
            throw bad("a QEMU version has two or three numbers, this has \(fields.count)")
        }
        var numbers: [Int] = []
        for field in fields {
            guard let n = DecimalField.parse(field) else { throw bad("'\(field)' is not a number") }
            numbers.append(n)
        }
        let version = QEMUVersion(numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : 0)
        if let rc {
            guard version.micro == 0, rc < 10 else { throw bad("release candidates are written X.Y.0-rcN") }
            // 10.2.0-rcN is 10.1.(90+N); X.0.0-rcN is .2.(90+N).
            let previous =
                version.minor == 0
                ? QEMUVersion(version.major - 1, QEMUVersion.lastMinorOfYear, 0)
                : QEMUVersion(version.major, version.minor - 1, 0)
            self = QEMUVersion(previous.major, previous.minor, QEMUVersion.releaseCandidateMicro + rc)
        } else {
            self = version
        }
    }

    /// True for `X.Y.50` … `X.Y.89`: a build from the development branch.
    public var isDevelopmentSnapshot: Bool {
        micro >= Self.developmentMicro && micro < Self.releaseCandidateMicro
    }

    /// True for `X.Y.90` and up: a release candidate of the next release.
    public var isReleaseCandidate: Bool { micro >= Self.releaseCandidateMicro }

    /// True for a formal release or stable update (micro below 50).
    public var isRelease: Bool { micro < Self.developmentMicro }

    /// The `X.Y.0` release this version belongs to, or leads to for a snapshot or release
    /// candidate (`10.1.50` and `10.1.91` lead to `10.2.0`, `10.2.50` to `11.0.0`).
    public var effectiveRelease: QEMUVersion {
        guard !isRelease else { return QEMUVersion(major, minor, 0) }
        return nextFeatureRelease
    }

    /// The feature release after this version's `X.Y` (`10.1` → `11.0`'s predecessor `10.2`,
    /// `10.2` → `11.0`).
    public var nextFeatureRelease: QEMUVersion {
        minor >= Self.lastMinorOfYear ? QEMUVersion(major + 1, 0, 0) : QEMUVersion(major, minor + 1, 0)
    }

    /// The feature release before this version's `X.Y` (`11.0` → `10.2`).
    public var previousFeatureRelease: QEMUVersion {
        minor == 0 ? QEMUVersion(major - 1, Self.lastMinorOfYear, 0) : QEMUVersion(major, minor - 1, 0)
    }

    /// The `X.Y` of this version as a machine version (`10.0.13` → `10.0`).
    public var machineVersion: MachineVersion { MachineVersion(major, minor) }

    /// The number of feature releases from `other` to `self` (`9.1` → `10.1` is 3).
    public func featureReleases(since other: QEMUVersion) -> Int {
        (major - other.major) * (Self.lastMinorOfYear + 1) + (minor - other.minor)
    }

    public static func < (lhs: QEMUVersion, rhs: QEMUVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
    }

    /// `10.2.0`; snapshots and release candidates keep QEMU's own numbering (`10.1.91`).
    public var description: String { "\(major).\(minor).\(micro)" }

    /// A person's name for the version: `10.2.0-rc1` for `10.1.91`, `10.2 development` for
    /// `10.1.50`, the plain number otherwise.
    public var displayName: String {
        if isReleaseCandidate {
            return "\(effectiveRelease)-rc\(micro - Self.releaseCandidateMicro)"
        }
        if isDevelopmentSnapshot {
            return "\(description) (development towards \(effectiveRelease))"
        }
        return description
    }
}

extension QEMUVersion: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try QEMUVersion(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
