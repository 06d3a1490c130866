import GuestABI
@testable import QMP
import Testing

/// The types a compat entry's driver reaches, read off the type list instead of asking QEMU
/// `qom-list-types implements=` once per driver: the same answer for every class driver.
@Suite(.serialized) struct ConcreteSubtypesTests {
    @Test func aClassReachesItselfAndItsConcreteDescendants() {
        let parents = [
            "device": "object", "pci-device": "device", "virtio-pci": "pci-device", "virtio-net-pci-base": "virtio-pci",
            "virtio-net-pci": "virtio-net-pci-base", "e1000": "pci-device", "sysbus-device": "device",
        ]
        let abstract: Set = ["object", "device", "pci-device", "virtio-pci", "virtio-net-pci-base", "sysbus-device"]
        let reply = JSONValue.array(
            (Set(parents.keys).union(["object"])).sorted().map { name in
                var entry: [String: JSONValue] = ["name": .string(name)]
                if let parent = parents[name] { entry["parent"] = .string(parent) }
                if abstract.contains(name) { entry["abstract"] = .bool(true) }
                return .object(entry)
            })
        let reached = QOMTypeList(reply).concreteSubtypes(of: ["virtio-pci", "e1000", "sysbus-device"])
        #expect(reached == ["virtio-pci": ["virtio-net-pci"], "e1000": ["e1000"], "sysbus-device": []])
    }

    static let binaries = Target.allCases.map { LabBinary.binary(LabBinary.newer, $0) }.filter(\.isInstalled)

    /// On the lab's 10.0.2 binaries (the ones with compat lists), every class a compat entry
    /// names reaches exactly the types QEMU's own `implements=` answer lists.
    @Test(.anyLabBinary, arguments: binaries)
    func theTypeListGivesWhatQEMUAnswers(binary: LabBinary) async throws {
        try await QEMUProcess(binary: binary.path).run { session in
            let client = session.client
            let machines = try await MachineProbe.queryMachines(using: client, compatProps: true)
            let types = QOMTypeList(try await client.execute("qom-list-types", arguments: ["abstract": true]))
            let drivers = Set(machines.flatMap { $0.compatProps ?? [] }.map(\.driver)).intersection(types.known)
            #expect(drivers.count > 5)
            let classes = drivers.filter { !QOMAncestry.descends($0, from: BinaryProbe.interfaceType, parents: types.parents) }
            let local = types.concreteSubtypes(of: classes)
            let asked = try await BinaryProbe.implementations(of: classes, using: client)
            for driver in classes.sorted() {
                #expect(Set(local[driver] ?? []) == Set(asked[driver] ?? []), "\(binary) \(driver)")
            }
        }
    }
}
