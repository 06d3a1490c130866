/// A family of versioned machine types: one board, one name prefix, one version per QEMU
/// release (`pc-q35-9.2`, `pc-q35-10.0`, …).
///
/// A family is identified by a stable id (`pc-q35`, `arm-virt`); its names are
/// `<namePrefix>-<version>`. aarch64 and m68k both name their machines `virt-X.Y`: the target
/// tells them apart.
public enum MachineFamily: String, Hashable, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// x86_64 Q35 (`pc-q35-X.Y`, alias `q35`).
    case pcQ35 = "pc-q35"
    /// x86_64 i440FX (`pc-i440fx-X.Y`, alias `pc`, the x86 default).
    case pcI440fx = "pc-i440fx"
    /// The oldest i440FX machines, named `pc-1.0` … `pc-1.3`.
    case pcLegacy = "pc-legacy"
    /// x86_64 Xen fully-virtualised guests (`xenfv-3.1`, `xenfv-4.2`).
    case xenfv
    /// aarch64 `virt-X.Y` (alias `virt`).
    case armVirt = "arm-virt"
    /// ppc64 `pseries-X.Y` (alias `pseries`, the ppc64 default), and the legacy tagged
    /// `pseries-2.12-sxxm`.
    case pseries
    /// s390x `s390-ccw-virtio-X.Y` (alias `s390-ccw-virtio`, the s390x default).
    case s390Ccw = "s390-ccw-virtio"
    /// m68k `virt-X.Y` (alias `virt`), versioned since 6.0.
    case m68kVirt = "m68k-virt"

    /// The target whose binary registers this family.
    public var target: Target {
        switch self {
        case .pcQ35, .pcI440fx, .pcLegacy, .xenfv: .x86_64
        case .armVirt: .aarch64
        case .pseries: .ppc64
        case .s390Ccw: .s390x
        case .m68kVirt: .m68k
        }
    }

    /// The part of every machine name before `-<version>`.
    public var namePrefix: String {
        switch self {
        case .pcQ35: "pc-q35"
        case .pcI440fx: "pc-i440fx"
        case .pcLegacy: "pc"
        case .xenfv: "xenfv"
        case .armVirt, .m68kVirt: "virt"
        case .pseries: "pseries"
        case .s390Ccw: "s390-ccw-virtio"
        }
    }

    /// The unversioned alias that names the family's latest machine, if the family has one.
    public var alias: String? {
        switch self {
        case .pcQ35: "q35"
        case .pcI440fx: "pc"
        case .pcLegacy: nil
        case .xenfv: "xenfv"
        case .armVirt, .m68kVirt: "virt"
        case .pseries: "pseries"
        case .s390Ccw: "s390-ccw-virtio"
        }
    }

    /// False for families QEMU's automatic lifecycle rule does not reach: `xenfv-X.Y` is
    /// defined with `DEFINE_PC_MACHINE`, which never applies `MACHINE_VER_DEPRECATION` or
    /// `MACHINE_VER_DELETION`, and `pc-1.x` was deprecated and removed by hand before the rule.
    public var followsLifecycleRule: Bool {
        switch self {
        case .xenfv, .pcLegacy: false
        default: true
        }
    }

    /// The families of a target.
    public static func families(of target: Target) -> [MachineFamily] {
        allCases.filter { $0.target == target }
    }

    /// Parses a family id (`pc-q35`, `arm-virt`), or a name prefix (`virt`) when `target`
    /// makes it unambiguous.
    public init(parsing text: String, target: Target? = nil) throws(GuestABIError) {
        if let family = MachineFamily(rawValue: text), target == nil || family.target == target {
            self = family
            return
        }
        let byPrefix = MachineFamily.allCases.filter { $0.namePrefix == text && (target == nil || $0.target == target) }
        if byPrefix.count == 1 {
            self = byPrefix[0]
            return
        }
        throw GuestABIError(
            .unknownFamily, input: text,
            reason: byPrefix.isEmpty ? "unknown machine family" : "ambiguous family: give --target",
            hint: "expected one of \(MachineFamily.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    public var description: String { rawValue }

    public static func < (lhs: MachineFamily, rhs: MachineFamily) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
