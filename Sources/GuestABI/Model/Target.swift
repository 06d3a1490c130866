/// A QEMU system-emulator target whose machine types are versioned (`qemu-system-<target>`).
public enum Target: String, Hashable, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case x86_64
    case aarch64
    case ppc64
    case s390x
    case m68k

    /// Parses a target name; also accepts QEMU's other spellings (`x86`, `i386`, `arm`, `ppc`).
    public init(parsing text: String) throws(GuestABIError) {
        switch text {
        case "x86_64", "x86", "i386": self = .x86_64
        case "aarch64", "arm": self = .aarch64
        case "ppc64", "ppc": self = .ppc64
        case "s390x", "s390": self = .s390x
        case "m68k": self = .m68k
        default:
            throw GuestABIError(
                .unknownTarget, input: text, reason: "unknown target",
                hint: "expected one of \(Target.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// The guest's register width in bytes (`sizeof(target_ulong)` in its binary): 4 for m68k,
    /// 8 for the 64-bit targets.
    public var guestLongBytes: Int { self == .m68k ? 4 : 8 }

    /// The binary that emulates this target.
    public var binaryName: String { "qemu-system-\(rawValue)" }

    public var description: String { rawValue }

    public static func < (lhs: Target, rhs: Target) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
