import GuestABI
import Testing

@Suite struct MachineTypeNameTests {
    @Test(arguments: [
        ("pc-q35-10.0", MachineFamily.pcQ35), ("pc-q35-4.0.1", .pcQ35), ("pc-i440fx-2.12", .pcI440fx),
        ("pc-i440fx-10.0.4", .pcI440fx), ("pc-1.3", .pcLegacy), ("xenfv-4.2", .xenfv), ("virt-10.0", .armVirt),
        ("pseries-2.12-sxxm", .pseries), ("pseries-10.2", .pseries), ("s390-ccw-virtio-9.2", .s390Ccw),
    ])
    func roundTripsEveryFamily(name: String, family: MachineFamily) throws {
        let parsed = try MachineTypeName(parsing: name)
        #expect(parsed.family == family)
        #expect(parsed.description == name)
    }

    @Test func virtIsAmbiguousWithoutTarget() throws {
        let candidates = try MachineTypeName.candidates(parsing: "virt-10.0")
        #expect(Set(candidates.map(\.family)) == [.armVirt, .m68kVirt])
        #expect(try MachineTypeName(parsing: "virt-10.0", target: .m68k).family == .m68kVirt)
        #expect(try MachineTypeName(parsing: "virt-10.0", target: .aarch64).family == .armVirt)
        #expect(throws: GuestABIError.self) { try MachineTypeName(parsing: "pc-q35-10.0", target: .s390x) }
        let aarch64 = MachineID(target: .aarch64, name: "virt-10.0")
        let m68k = MachineID(target: .m68k, name: "virt-10.0")
        #expect(aarch64 != m68k)
    }

    @Test(arguments: ["q35", "pc", "virt", "pseries", "s390-ccw-virtio", "microvm", "isapc", "none"])
    func unversionedNamesAreNeverVersions(name: String) {
        #expect {
            try MachineTypeName(parsing: name)
        } throws: { error in
            (error as? GuestABIError)?.code == .unversionedMachine
        }
    }

    @Test(arguments: ["pc-q35-10", "pc-q35-10.0.0.1", "virt-x.y", "", "pc-q35-", "foo-1.0", "pc-q35-10.0-"])
    func rejectsMalformedNamesNamingTheInput(name: String) {
        #expect {
            try MachineTypeName(parsing: name)
        } throws: { error in
            guard let error = error as? GuestABIError else { return false }
            return error.input == name && error.description.contains("pc-q35-X.Y")
        }
    }

    @Test(arguments: MachineFamily.allCases)
    func familyIdsParseBack(family: MachineFamily) throws {
        #expect(try MachineFamily(parsing: family.rawValue) == family)
        #expect(MachineFamily.families(of: family.target).contains(family))
    }
}
