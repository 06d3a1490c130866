import GuestABI

/// Where each target's versioned machines are defined in a QEMU tree.
struct FamilySource: Sendable {
    var file: String
    var target: Target

    static let all: [FamilySource] = [
        FamilySource(file: "hw/i386/pc_q35.c", target: .x86_64),
        FamilySource(file: "hw/i386/pc_piix.c", target: .x86_64),
        FamilySource(file: "hw/arm/virt.c", target: .aarch64),
        FamilySource(file: "hw/ppc/spapr.c", target: .ppc64),
        FamilySource(file: "hw/s390x/s390-virtio-ccw.c", target: .s390x),
        FamilySource(file: "hw/m68k/virt.c", target: .m68k),
    ]

    /// Files whose file-scope `GlobalProperty` arrays any chain may use.
    static let sharedArrayFiles = ["hw/core/machine.c", "hw/i386/pc.c"]

    /// The lifecycle header, before and after its move in the 11.0 cycle.
    static let boardsHeaders = ["include/hw/boards.h", "include/hw/core/boards.h"]

    /// The files extraction starts from for `families`: the lifecycle header, the shared
    /// compat arrays and the family files.
    static func roots(of families: [FamilySource]) -> [String] {
        boardsHeaders + sharedArrayFiles + families.map(\.file)
    }
}
