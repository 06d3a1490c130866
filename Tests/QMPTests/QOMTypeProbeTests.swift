import GuestABI
@testable import QMP
import Testing

/// `qom-list-types` as the probe reads it: each type name mapped to its parent's.
@Suite(.serialized) struct QOMTypeProbeTests {
    @Test func readsNamesAndParentsAndLeavesOutRoots() throws {
        let reply = try JSONValue(
            parsing: """
                [{"name": "object", "abstract": true},
                 {"name": "device", "abstract": true, "parent": "object"},
                 {"name": "virtio-net-pci", "parent": "virtio-net-pci-base"}]
                """)
        let parents = try MachineProbe.parseQOMTypes(reply, peer: "test")
        #expect(parents == ["device": "object", "virtio-net-pci": "virtio-net-pci-base"])
    }

    @Test(arguments: ["{}", #"[{"parent": "object"}]"#])
    func rejectsMalformedReplies(text: String) throws {
        let reply = try JSONValue(parsing: text)
        #expect(throws: QMPError.self) { try MachineProbe.parseQOMTypes(reply, peer: "test") }
    }

    static let x86Newer = LabBinary.binary(LabBinary.newer, .x86_64)

    @Test(.installed(x86Newer))
    func listsAbstractTypesToo() async throws {
        let parents = try await MachineProbe.qomTypes(binary: Self.x86Newer.path)
        #expect(parents.count > 500)
        #expect(parents["virtio-net-pci"] == "virtio-net-pci-base")
        // Abstract types are there: the proxies' base, virtio-pci, pci-device, device.
        #expect(parents["virtio-net-pci-base"] == "virtio-pci")
        #expect(parents["virtio-pci"] == "pci-device")
        #expect(parents["pci-device"] == "device")
        #expect(parents["object"] == nil)
    }
}
