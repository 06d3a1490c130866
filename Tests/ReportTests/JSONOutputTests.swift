import Foundation
import GuestABI
import Report
import Testing

/// `JSONOutput` writes its own JSON; every byte must be what Foundation's `JSONEncoder` writes
/// with the same options.
@Suite struct JSONOutputTests {
    /// What `JSONOutput.render` promises to match.
    static func foundationJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test func registryMatchesJSONEncoder() throws {
        let here = SourceLocation(file: "hw/i386/pc_q35.c", line: 70)
        let machine = MachineDefinition(
            target: .x86_64, name: "pc-q35-10.0", family: .pcQ35, version: MachineVersion(10, 0), alias: "q35",
            isDefault: true, summary: "Standard PC (Q35 + ICH9, 2009)", condition: "defined(CONFIG_XEN) && !0",
            location: here,
            compat: [
                CompatProperty(
                    driver: "virtio-net-pci", property: "x-\"quoted\"\\", value: "on\t\n\r\u{8}\u{c}\u{1}\u{1f}\u{7f}é/",
                    optional: true, source: Provenance(origin: "hw_compat_10_0", location: here)),
                CompatProperty(driver: "ramfb", property: "p", value: "", source: Provenance(origin: "pc_compat")),
            ],
            classFacts: [ClassFact(field: "max_cpus", value: "4096", source: Provenance(origin: "f", location: here))])
        let bare = MachineDefinition(
            target: .m68k, name: "virt-9.2", family: .m68kVirt, version: MachineVersion(9, 2), registered: false,
            deprecated: true)
        let registry = ReleaseRegistry(
            qemuVersion: QEMUVersion(10, 2, 2), origin: "/var/cache/qemu-corpus/10.2.2",
            lifecycleRule: .gatedDeletion, machines: [machine, bare],
            diagnostics: [SourceDiagnostic(here, "unterminated comment"), SourceDiagnostic(here, "stray", severity: .warning)],
            complete: false,
            qomParents: ["virtio-net-pci": "virtio-net-pci-base", "a_b": "x", "a-b": "y", "Z": "z", "é": "e", "ab": "a", "a": ""])

        #expect(try JSONOutput.render(registry) == Self.foundationJSON(registry))
        let empty = ReleaseRegistry(
            qemuVersion: QEMUVersion(5, 2), lifecycleRule: .none, machines: [], diagnostics: [], complete: true)
        #expect(try JSONOutput.render(empty) == Self.foundationJSON(empty))
        let enforced = ReleaseRegistry(
            qemuVersion: QEMUVersion(10, 1), lifecycleRule: .enforcedDeletion, machines: [bare], diagnostics: [], complete: true)
        #expect(try JSONOutput.render(enforced) == Self.foundationJSON(enforced))
    }

    /// Every kind of value an `Encodable` can hand an encoder.
    struct Everything: Encodable {
        enum Keys: String, CodingKey {
            case bool, string, double, float, ints, uints, nothing, missing, nested, list, dictionary, numbered, data
            case url, decimal, date, empty, emptyList, superValue, twice
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(true, forKey: .bool)
            try container.encode("a/b \"c\" \\ \u{0} ü 🙂", forKey: .string)
            try container.encode([1.0, 0.1, -2.5e-300, 1e21, 123_456.789, -0.0], forKey: .double)
            try container.encode(Float(1.5), forKey: .float)
            try container.encode([Int.min, Int.max, 0], forKey: .ints)
            var uints = container.nestedUnkeyedContainer(forKey: .uints)
            try uints.encode(UInt8.max)
            try uints.encode(UInt64.max)
            try uints.encode(Int8.min)
            try uints.encode(Int16(-3))
            try uints.encode(Int32(7))
            try uints.encode(Int64(-9))
            try uints.encode(UInt16(2))
            try uints.encode(UInt32(4))
            try uints.encode(UInt(8))
            try uints.encodeNil()
            try uints.encode(Float(0.25))
            try uints.encode(2.0)
            try uints.encode("s")
            try uints.encode(false)
            var deeper = uints.nestedContainer(keyedBy: Keys.self)
            try deeper.encode(1, forKey: .bool)
            var deepest = uints.nestedUnkeyedContainer()
            try deepest.encode([[String]]())
            try container.encodeNil(forKey: .nothing)
            try container.encodeIfPresent(String?.none, forKey: .missing)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encode(Optional("x"), forKey: .string)
            try nested.encode([String?.none, "y"], forKey: .list)
            try container.encode([["b": 1, "a": 2], [:]], forKey: .list)
            try container.encode(["zz": [1], "Zz": [], "z": [2, 3]], forKey: .dictionary)
            try container.encode([3: "three", 10: "ten", -1: "minus"], forKey: .numbered)
            try container.encode(Data([0, 1, 2, 250]), forKey: .data)
            try container.encode(URL(string: "https://example.com/a?b=c")!, forKey: .url)
            try container.encode(Decimal(string: "12.50")!, forKey: .decimal)
            try container.encode(Date(timeIntervalSinceReferenceDate: 12.5), forKey: .date)
            try container.encode(Nothing(), forKey: .empty)
            try container.encode([Nothing(), Nothing()], forKey: .emptyList)
            try Inner(value: 4).encode(to: container.superEncoder(forKey: .superValue))
            try container.encode("first", forKey: .twice)
            try container.encode("second", forKey: .twice)
            // A second keyed container on the same encoder adds to the same object.
            var again = encoder.container(keyedBy: Inner.Keys.self)
            try again.encode(Inner(value: 5), forKey: .value)
            try Inner(value: 6).encode(to: container.superEncoder())
        }
    }

    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Inner: Encodable {
        enum Keys: String, CodingKey { case value }
        var value: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(value, forKey: .value)
        }
    }

    @Test func everyKindOfValueMatchesJSONEncoder() throws {
        #expect(try JSONOutput.render(Everything()) == Self.foundationJSON(Everything()))
        #expect(try JSONOutput.render([Everything()]) == Self.foundationJSON([Everything()]))
        #expect(try JSONOutput.render("top/level") == Self.foundationJSON("top/level"))
        #expect(try JSONOutput.render(42) == Self.foundationJSON(42))
        #expect(try JSONOutput.render([String: Int]()) == Self.foundationJSON([String: Int]()))
        #expect(try JSONOutput.render([[Int]]()) == Self.foundationJSON([[Int]]()))
    }

    @Test func manyKeysSortLikeJSONEncoder() throws {
        var parents: [String: String] = [:]
        for index in 0..<2000 { parents["type-\(index % 7 == 0 ? "Ä" : "a")-\(index)"] = "parent-\(index / 3)" }
        #expect(try JSONOutput.render(parents) == Self.foundationJSON(parents))
    }

    @Test func throwsWhereJSONEncoderThrows() {
        #expect(throws: EncodingError.self) { try JSONOutput.render([Double.infinity]) }
        #expect(throws: EncodingError.self) { try JSONOutput.render(["x": Float.nan]) }
        #expect(throws: EncodingError.self) { try JSONOutput.render(Nothing()) }
        #expect(throws: EncodingError.self) { try Self.foundationJSON(Nothing()) }
    }
}
