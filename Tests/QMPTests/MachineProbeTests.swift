import GuestABI
import QMP
import Testing

@Suite(.serialized) struct MachineProbeTests {
    /// The versioned family every lab target has, with the alias of its newest machine.
    static func family(of target: Target) -> (prefix: String, alias: String) {
        switch target {
        case .x86_64: ("pc-q35-", "q35")
        case .aarch64: ("virt-", "virt")
        case .ppc64: ("pseries-", "pseries")
        case .s390x: ("s390-ccw-virtio-", "s390-ccw-virtio")
        case .m68k: ("virt-", "virt")
        }
    }

    @Test(.anyLabBinary, arguments: LabBinary.installed)
    func listsTheVersionedMachinesOfTheBinary(binary: LabBinary) async throws {
        let machines = try await MachineProbe.queryMachines(binary: binary.path, compatProps: false)
        let (prefix, alias) = Self.family(of: binary.target)
        let latest = try #require(machines.first { $0.name == prefix + binary.latestMachineSuffix })
        #expect(latest.alias == alias)
        #expect(!latest.deprecated)
        #expect(latest.compatProps == nil)
        #expect(machines.contains { $0.name == "none" })
        #expect(machines.filter { $0.alias == alias }.count == 1)
        #expect(machines.filter(\.isDefault).count <= 1)
        // An older versioned machine of the same family is there too.
        #expect(machines.filter { $0.name.hasPrefix(prefix) }.count > 4)
        #expect(Set(machines.map(\.name)).count == machines.count)
    }

    @Test(.anyLabBinary, arguments: LabBinary.installed)
    func sortsMachinesWithNumbersComparedAsNumbers(binary: LabBinary) async throws {
        let names = try await MachineProbe.queryMachines(binary: binary.path, compatProps: false).map(\.name)
        #expect(names == names.sorted(by: ProbedMachine.isOrderedBefore))
        let (prefix, _) = Self.family(of: binary.target)
        let versioned = names.filter { $0.hasPrefix(prefix) && $0.dropFirst(prefix.count).first?.isNumber == true }
        #expect(versioned.last == prefix + binary.latestMachineSuffix)
    }

    @Test(.anyLabBinary, arguments: LabBinary.installed)
    func reportsTheBinarysVersion(binary: LabBinary) async throws {
        #expect(try await MachineProbe.version(binary: binary.path) == binary.reportedVersion)
    }

    static let x86Newer = LabBinary.binary(LabBinary.newer, .x86_64)

    @Test(.installed(x86Newer))
    func reportsCompatPropertiesInQEMUsOrder() async throws {
        let probe = try await MachineProbe.probe(binary: Self.x86Newer.path, compatProps: true)
        #expect(probe.version == QEMUVersion(10, 0, 2))
        #expect(probe.package.hasPrefix("Debian 1:10.0.2"))
        let q35v91 = try #require(probe.machines.first { $0.name == "pc-q35-9.1" })
        let properties = try #require(q35v91.compatProps)
        #expect(properties.count == 14)
        // pc_q35_compat_defaults first, then hw_compat_9_2 (pc_compat_9_2 is empty), then 9.1's arrays.
        #expect(properties.first == ProbedCompatProperty(driver: "virtio-iommu-pci", property: "aw-bits", value: "39"))
        #expect(
            properties.dropFirst().first
                == ProbedCompatProperty(
                    driver: "arm-cpu", property: "backcompat-pauth-default-use-qarma5", value: "true"))
        #expect(properties.last == ProbedCompatProperty(driver: "intel-iommu", property: "aw-bits", value: "39"))
        // The newest machine only carries the family defaults; every machine has a list.
        let q35 = try #require(probe.machines.first { $0.alias == "q35" })
        #expect(q35.name == "pc-q35-10.0")
        #expect(q35.compatProps == [ProbedCompatProperty(driver: "virtio-iommu-pci", property: "aw-bits", value: "39")])
        #expect(probe.machines.allSatisfy { $0.compatProps != nil })
        // 10.0 keeps 3-year-old machines registered, deprecated; the default is the newest i440fx.
        #expect(probe.machines.first { $0.name == "pc-q35-7.0" }?.deprecated == true)
        #expect(probe.machines.first { $0.name == "pc-q35-7.1" }?.deprecated == false)
        #expect(probe.machines.filter(\.isDefault).map(\.name) == ["pc-i440fx-10.0"])
    }

    static let aarch64Newer = LabBinary.binary(LabBinary.newer, .aarch64)

    @Test(.installed(aarch64Newer))
    func everyAarch64VirtMachineStartsWithTheFamilyCompat() async throws {
        let machines = try await MachineProbe.queryMachines(binary: Self.aarch64Newer.path, compatProps: true)
        let virt = machines.filter { $0.name.hasPrefix("virt-") }
        #expect(!virt.isEmpty)
        for machine in virt {
            #expect(
                machine.compatProps?.first
                    == ProbedCompatProperty(driver: "virtio-iommu-pci", property: "aw-bits", value: "48"),
                "\(machine.name)")
        }
        #expect(machines.allSatisfy { !$0.isDefault })
    }

    static let x86Older = LabBinary.binary(LabBinary.older, .x86_64)

    @Test(.installed(x86Older))
    func probesA7_2BinaryWithoutSendingCompatProps() async throws {
        // 7.2 rejects the argument ("Parameter 'compat-props' is unexpected"): the probe must not send it.
        let probe = try await MachineProbe.probe(binary: Self.x86Older.path, compatProps: true)
        #expect(probe.version == QEMUVersion(7, 2, 22))
        #expect(probe.machines.allSatisfy { $0.compatProps == nil })
        #expect(probe.machines.contains { $0.name == "pc-q35-7.2" && $0.alias == "q35" })
        // Deprecated one by one before 9.1: only pc-i440fx-1.4 … 1.7 in 7.2.
        #expect(
            probe.machines.filter(\.deprecated).map(\.name)
                == ["pc-i440fx-1.4", "pc-i440fx-1.5", "pc-i440fx-1.6", "pc-i440fx-1.7"])
    }

    @Test(.installed(x86Older))
    func sevenTwoReallyRejectsCompatProps() async throws {
        try await QEMUProcess(binary: Self.x86Older.path).run { session in
            await #expect {
                try await session.client.execute("query-machines", arguments: ["compat-props": true])
            } throws: { error in
                let error = error as? QMPError
                return error?.code == .commandFailed && error?.errorClass == "GenericError"
                    && error?.reason.contains("compat-props") == true
            }
            // The fallback path: same session, the probe notices the version and does not send it.
            let machines = try await MachineProbe.queryMachines(using: session.client, compatProps: true)
            #expect(machines.allSatisfy { $0.compatProps == nil })
        }
    }

    @Test(.anyLabBinary)
    func probesRunConcurrently() async throws {
        let binaries = LabBinary.installed
        let results = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for binary in binaries {
                group.addTask {
                    (binary.path, try await MachineProbe.queryMachines(binary: binary.path, compatProps: true).count)
                }
            }
            return try await group.reduce(into: [String: Int]()) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == binaries.count)
        #expect(results.values.allSatisfy { $0 > 5 })
    }

    @Test(arguments: [
        ("virt-9.2", "virt-10.0"), ("pc-q35-4.0", "pc-q35-4.0.1"), ("pc-q35-9.2", "pc-q35-9.10"),
        ("pc-i440fx-10.0", "pc-q35-2.4"), ("none", "pc-i440fx-1.4"), ("pseries-2.12", "pseries-2.12-sxxm"),
        ("a01", "a1"), ("virt", "virt-2.6"),
    ])
    func ordersNamesNumerically(first: String, second: String) {
        #expect(ProbedMachine.isOrderedBefore(first, second))
        #expect(!ProbedMachine.isOrderedBefore(second, first))
        #expect(!ProbedMachine.isOrderedBefore(first, first))
    }

    @Test func supportsCompatPropsFrom9_1() {
        #expect(!MachineProbe.supportsCompatProps(QEMUVersion(9, 0, 2)))
        #expect(MachineProbe.supportsCompatProps(QEMUVersion(9, 0, 50)))  // leads to 9.1
        #expect(MachineProbe.supportsCompatProps(QEMUVersion(9, 1, 0)))
        #expect(MachineProbe.supportsCompatProps(QEMUVersion(10, 0, 2)))
        #expect(!MachineProbe.supportsCompatProps(QEMUVersion(7, 2, 22)))
    }
}
