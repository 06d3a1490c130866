/// The version part of a versioned machine type: `10.0` in `pc-q35-10.0`, `4.0.1` in the
/// bugfix machine `pc-q35-4.0.1`, or the legacy tagged `2.12-sxxm` of `pseries-2.12-sxxm`.
///
/// ## Order
/// Versions sort by `major.minor` first, so every variant of `X.Y` sits between `X.Y` and the
/// next `X.(Y+1)`. Within one `X.Y`:
///
///     4.0  <  4.0-tag  <  4.0.1  <  4.0.2  <  4.0.2-tag  <  4.1
///
/// The plain version comes first, then its micro (bugfix) versions in numeric order; a tagged
/// version sorts directly after the untagged version with the same numbers, and tags of one
/// version sort by their text. A tagged version is a variant *of* its base version (the
/// `-sxxm` pseries types were 2.12 with Spectre mitigations), which is why it sorts right
/// behind it. Micro versions are the supported form for bugfix machines; tags parse so that old
/// trees can be read, but ``isLegacyTagged`` flags them.
public struct MachineVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The QEMU major release the machine was introduced for.
    public var major: Int
    /// The QEMU minor release the machine was introduced for.
    public var minor: Int
    /// The bugfix micro version (`1` in `4.0.1`), or `nil` for a plain `X.Y` machine.
    public var micro: Int?
    /// The legacy string tag (`sxxm`), or `nil`.
    public var tag: String?

    /// Creates a machine version from its parts.
    public init(_ major: Int, _ minor: Int, micro: Int? = nil, tag: String? = nil) {
        self.major = major
        self.minor = minor
        self.micro = micro
        self.tag = tag
    }

    /// The accepted forms, for error messages.
    public static let acceptedForms = "X.Y (10.0), X.Y.Z for a bugfix machine (4.0.1), or legacy X.Y-tag (2.12-sxxm)"

    /// Parses `X.Y`, `X.Y.Z` or `X.Y[.Z]-tag`.
    public init(parsing text: String) throws(GuestABIError) {
        func bad(_ reason: String) -> GuestABIError {
            GuestABIError(.invalidMachineVersion, input: text, reason: reason, hint: "expected \(Self.acceptedForms)")
        }
        guard !text.isEmpty else { throw bad("empty machine version") }
        var numbers = Substring(text)
        var tag: String?
        if let dash = text.firstIndex(of: "-") {
            let suffix = text[text.index(after: dash)...]
            guard Self.isValidTag(suffix) else {
                throw bad("tag '\(suffix)' must be lower-case letters and digits, starting with a letter")
            }
            tag = String(suffix)
            numbers = text[..<dash]
        }
        let fields = numbers.split(separator: ".", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else {
            throw bad(
                fields.count < 2
                    ? "a machine version needs major and minor numbers"
                    : "a machine version has at most three numbers, this has \(fields.count)")
        }
        var parsed: [Int] = []
        for field in fields {
            guard let n = DecimalField.parse(field) else { throw bad("'\(field)' is not a number") }
            parsed.append(n)
        }
        self.init(parsed[0], parsed[1], micro: fields.count == 3 ? parsed[2] : nil, tag: tag)
    }

    private static func isValidTag(_ tag: Substring) -> Bool {
        guard let first = tag.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return tag.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }

    /// True for a bugfix machine version (`4.0.1`).
    public var isBugfix: Bool { micro != nil }

    /// True for the legacy string-tagged form (`2.12-sxxm`), which new machines must not use.
    public var isLegacyTagged: Bool { tag != nil }

    /// The plain `X.Y` this version belongs to (`4.0.1` → `4.0`, `2.12-sxxm` → `2.12`).
    public var base: MachineVersion { MachineVersion(major, minor) }

    /// The QEMU release this machine's `X.Y` was introduced in (`4.0.1` → `4.0.0`).
    public var release: QEMUVersion { QEMUVersion(major, minor, 0) }

    /// `10.0`, `4.0.1`, `2.12-sxxm`.
    public var description: String {
        var text = "\(major).\(minor)"
        if let micro { text += ".\(micro)" }
        if let tag { text += "-\(tag)" }
        return text
    }

    public static func < (lhs: MachineVersion, rhs: MachineVersion) -> Bool {
        if (lhs.major, lhs.minor) != (rhs.major, rhs.minor) {
            return (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
        }
        let lhsMicro = lhs.micro ?? -1
        let rhsMicro = rhs.micro ?? -1
        if lhsMicro != rhsMicro { return lhsMicro < rhsMicro }
        switch (lhs.tag, rhs.tag) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?): return l < r
        }
    }
}

extension MachineVersion: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try MachineVersion(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
