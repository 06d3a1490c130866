import GuestABI
import Testing

/// Compat entries judged with the releases' device property models: an entry on a property the
/// other release does not define is `new-property` (effect none), and a side without an entry
/// has the property's default, so equal effective values are no difference.
@Suite struct PropertyEffectsTests {
    static let v1_1 = QEMUVersion(1, 1, 0)
    static let v1_2 = QEMUVersion(1, 2, 0)
    static let parents = ["virtio-net-pci": "virtio-pci", "virtio-pci": "pci-device", "pci-device": "device"]

    /// 1.2 adds to hw_compat_1_0, frozen since 1.1 shipped: `x-new` (a property 1.1 does not
    /// have), `x-same` (1.1's default is already `off`), `x-flipped` (1.1's default is `on`),
    /// `x-unread` (a property neither model has).
    static func registries(withModels: Bool = true) -> (ReleaseRegistry, ReleaseRegistry) {
        var toy = ToyQEMU()
        toy.arrays[v1_2] = [
            MachineVersion(1, 0): [
                ("virtio-pci", "x-new", "off"), ("virtio-net-pci", "x-same", "off"), ("virtio-net-pci", "x-flipped", "off"),
                ("virtio-net-pci", "x-unread", "off"),
            ]
        ]
        var old = toy.registry(v1_1, machines: [MachineVersion(1, 0), MachineVersion(1, 1)], qomParents: parents)
        var new = toy.registry(v1_2, machines: [MachineVersion(1, 0), MachineVersion(1, 2)], qomParents: parents)
        guard withModels else { return (old, new) }
        let location = SourceLocation(file: "hw/virtio/virtio-pci.c", line: 10)
        func property(_ type: String, _ name: String, _ value: String) -> DeviceProperty {
            DeviceProperty(type: type, name: name, origin: .qdev, valueType: "bool", defaultValue: value, location: location)
        }
        old.properties = PropertyModel([property("virtio-net-pci", "x-same", "false"), property("virtio-net-pci", "x-flipped", "true")])
        new.properties = PropertyModel([
            property("virtio-pci", "x-new", "true"), property("virtio-net-pci", "x-same", "true"), property("virtio-net-pci", "x-flipped", "true"),
        ])
        return (old, new)
    }

    @Test(arguments: [true, false])
    func newPropertiesAndEqualEffectiveValuesAreNoChange(forward: Bool) throws {
        let (old, new) = Self.registries()
        let check = forward ? MigrationCheck(from: old, to: new) : MigrationCheck(from: new, to: old)
        let verdict = try check.verdict(machine: "pc-q35-1.0")
        let newProperty = try #require(verdict.reasons.first { $0.kind == .newProperty })
        #expect(newProperty.entries.map(\.subject.description) == ["virtio-pci.x-new"])
        #expect(newProperty.effect == .none)
        #expect(newProperty.evidence == ["hw/virtio/virtio-pci.c:10"])
        // x-same: 1.0's default is the entry's value; x-flipped and x-unread stay unknown.
        let frozen = verdict.reasons.filter { $0.kind == .frozenCompat }
        #expect(frozen.first { $0.effect == .none }?.entries.map(\.subject.description) == ["virtio-net-pci.x-same"])
        #expect(
            frozen.first { $0.effect == .unknown }?.entries.map(\.subject.description).sorted()
                == ["virtio-net-pci.x-flipped", "virtio-net-pci.x-unread"])
        #expect(verdict.verdict == .unknown)
    }

    @Test func theMatrixAgreesWithCheck() throws {
        let (old, new) = Self.registries()
        let matrix = CompatibilityMatrix(registries: [old, new])
        for cell in matrix.cells where matrix.machines[Int(cell.machine)].name == "pc-q35-1.0" {
            #expect(cell.reasonKinds.contains(.newProperty))
            #expect(cell.reasonKinds.contains(.frozenCompat))
            #expect(cell.verdict == .unknown)
        }
    }

    @Test func withoutModelsEveryEntryStaysFrozenCompat() throws {
        let (old, new) = Self.registries(withModels: false)
        let verdict = try MigrationCheck(from: old, to: new).verdict(machine: "pc-q35-1.0")
        #expect(verdict.reasons.map(\.kind) == [.frozenCompat])
    }

    /// 1.2 pins three new defaults back for pc-q35-1.1 (hw_compat_1_1, not frozen for 1.1 →
    /// 1.2): `x-kept` where 1.1's default is the pinned value (a faithful pin), `x-flipped` where
    /// 1.1's default is the other value (the machine's effective value differs: the seed's case
    /// of a backport that added a property with the new default), `x-expr` where 1.1's default
    /// is an expression the model does not evaluate (the pin rule stands).
    @Test(arguments: [true, false])
    func aPinIsCheckedAgainstTheOlderDefault(forward: Bool) throws {
        var toy = ToyQEMU()
        toy.arrays[Self.v1_2] = [
            MachineVersion(1, 1): [("virtio-net-pci", "x-kept", "off"), ("virtio-net-pci", "x-flipped", "off"), ("virtio-net-pci", "x-expr", "off")]
        ]
        var old = toy.registry(Self.v1_1, machines: [MachineVersion(1, 1)], qomParents: Self.parents)
        var new = toy.registry(Self.v1_2, machines: [MachineVersion(1, 1), MachineVersion(1, 2)], qomParents: Self.parents)
        func property(_ name: String, _ value: String, line: Int) -> DeviceProperty {
            DeviceProperty(
                type: "virtio-net-pci", name: name, origin: .qdev, valueType: "bool", defaultValue: value,
                location: SourceLocation(file: "hw/net/virtio-net.c", line: line))
        }
        old.properties = PropertyModel([property("x-kept", "false", line: 1), property("x-flipped", "true", line: 2), property("x-expr", "X_DEFAULT", line: 3)])
        new.properties = PropertyModel([property("x-kept", "true", line: 1), property("x-flipped", "true", line: 2), property("x-expr", "true", line: 3)])
        let check = forward ? MigrationCheck(from: old, to: new) : MigrationCheck(from: new, to: old)
        let verdict = try check.verdict(machine: "pc-q35-1.1")
        let pinned = try #require(verdict.reasons.first { $0.kind == .pinned })
        #expect(pinned.entries.map(\.subject.description).sorted() == ["virtio-net-pci.x-expr", "virtio-net-pci.x-kept"])
        #expect(pinned.effect == .none)
        let flipped = try #require(verdict.reasons.first { $0.kind == .mispinned })
        #expect(flipped.entries.map(\.subject.description) == ["virtio-net-pci.x-flipped"])
        #expect(flipped.effect == .unknown)
        #expect(flipped.because.contains("its default is true"))
        #expect(flipped.evidence == ["hw/net/virtio-net.c:2"])
        #expect(verdict.verdict == .unknown)
        // The matrix judges the cell alike.
        let matrix = CompatibilityMatrix(registries: [old, new])
        let cells = matrix.cells.filter { matrix.machines[Int($0.machine)].name == "pc-q35-1.1" }
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { $0.reasonKinds.contains(.mispinned) && $0.verdict == .unknown })
    }

    @Test(arguments: [("on", "bool", "true"), ("OFF", "bit", "false"), ("0x10", "uint32", "16"), ("\"auto\"", "on_off_auto", "auto"), ("on", "str", "on")])
    func valuesAreNormalised(value: String, valueType: String, expected: String) {
        #expect(DeviceProperty.normalise(value, valueType: valueType) == expected)
    }
}
