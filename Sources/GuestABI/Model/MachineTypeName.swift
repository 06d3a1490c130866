/// The name of a versioned machine type: a family and a version, `pc-q35-10.0`.
///
/// A machine is identified by its target and name together (``MachineID``): `virt-10.0`
/// exists for aarch64 and for m68k.
public struct MachineTypeName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The family, which fixes the name prefix and the target.
    public var family: MachineFamily
    /// The version after the prefix.
    public var version: MachineVersion

    /// Creates a name from its parts.
    public init(family: MachineFamily, version: MachineVersion) {
        self.family = family
        self.version = version
    }

    /// Names that QEMU registers without a version: aliases and unversioned machines. They are
    /// never read as versions.
    public static let unversionedNames: Set<String> = [
        "q35", "pc", "virt", "pseries", "s390-ccw-virtio", "microvm", "isapc", "none", "xenfv", "xenpv",
        "x-remote", "nitro", "xenpvh",
    ]

    /// The accepted forms, for error messages.
    public static let acceptedForms =
        "pc-q35-X.Y[.Z], pc-i440fx-X.Y[.Z], virt-X.Y, pseries-X.Y[-tag], s390-ccw-virtio-X.Y, xenfv-X.Y"

    /// Parses a versioned machine name. `target` chooses between families that share a prefix
    /// (`virt-10.0` is aarch64 unless `target` is m68k).
    public init(parsing text: String, target: Target? = nil) throws(GuestABIError) {
        let candidates = try Self.candidates(parsing: text)
        if let target {
            guard let match = candidates.first(where: { $0.family.target == target }) else {
                throw GuestABIError(
                    .invalidMachineName, input: text, reason: "not a versioned machine of \(target)",
                    hint: "\(target) names its machines "
                        + MachineFamily.families(of: target).map { "\($0.namePrefix)-X.Y" }.joined(separator: ", "))
            }
            self = match
        } else {
            self = candidates[0]
        }
    }

    /// Every reading of `text` as a versioned machine name, one per family that uses its
    /// prefix (two for `virt-X.Y`: aarch64 and m68k).
    public static func candidates(parsing text: String) throws(GuestABIError) -> [MachineTypeName] {
        guard !text.isEmpty else {
            throw GuestABIError(.invalidMachineName, input: text, reason: "empty machine name", hint: "expected \(acceptedForms)")
        }
        if unversionedNames.contains(text) {
            throw GuestABIError(
                .unversionedMachine, input: text, reason: "an alias or unversioned machine, not a versioned machine type",
                hint: "name a versioned machine such as \(text == "q35" ? "pc-q35-10.0" : "pc-i440fx-10.0")")
        }
        // Longest prefix first: `pc-q35-` before the legacy `pc-`.
        let prefixes = Set(MachineFamily.allCases.map(\.namePrefix)).sorted { $0.count > $1.count }
        for prefix in prefixes {
            guard text.hasPrefix(prefix + "-") else { continue }
            let rest = String(text.dropFirst(prefix.count + 1))
            if prefix == "pc", rest.hasPrefix("q35-") || rest.hasPrefix("i440fx-") { continue }
            let version: MachineVersion
            do {
                version = try MachineVersion(parsing: rest)
            } catch {
                throw GuestABIError(
                    .invalidMachineName, input: text, reason: "version '\(rest)': \(error.reason)",
                    hint: "expected \(acceptedForms)")
            }
            return MachineFamily.allCases.filter { $0.namePrefix == prefix }.map {
                MachineTypeName(family: $0, version: version)
            }
        }
        throw GuestABIError(.invalidMachineName, input: text, reason: "not a versioned machine type name", hint: "expected \(acceptedForms)")
    }

    /// The machine type name, `pc-q35-4.0.1`.
    public var description: String { "\(family.namePrefix)-\(version)" }

    /// The target whose binary registers the machine.
    public var target: Target { family.target }

    public static func < (lhs: MachineTypeName, rhs: MachineTypeName) -> Bool {
        lhs.family != rhs.family ? lhs.family < rhs.family : lhs.version < rhs.version
    }
}

/// The identity of a machine type: `virt-10.0` on aarch64 is not `virt-10.0` on m68k.
public struct MachineID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The target that registers the machine.
    public var target: Target
    /// The machine type name as QEMU registers it.
    public var name: String

    /// Creates an identity.
    public init(target: Target, name: String) {
        self.target = target
        self.name = name
    }

    /// `aarch64/virt-10.0`.
    public var description: String { "\(target)/\(name)" }

    public static func < (lhs: MachineID, rhs: MachineID) -> Bool {
        lhs.target != rhs.target ? lhs.target < rhs.target : lhs.name < rhs.name
    }
}
