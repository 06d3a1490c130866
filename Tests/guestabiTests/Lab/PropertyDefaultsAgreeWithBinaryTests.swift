import Foundation
import GuestABI
import QMP
import RegistryStore
import Testing

/// The static property defaults of a release (the embedded registry's model, read from the
/// corpus tree) must be the ones the real binary of that release reports in
/// `device-list-properties`, for every property of the devices the target's compat entries
/// reach that both know — or the source must show why the model has none
/// (``StaticDefaultGap``). Values compare after normalising their writing (`on`/`true`, hex
/// and decimal, an empty array as its length 0).
@Suite(.serialized) struct PropertyDefaultsAgreeWithBinaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lab: String
        var release: QEMUVersion
        var target: Target

        var binary: String { "\(TestEnvironment.lab)/\(lab)/\(target.binaryName)" }
        var tree: String { "\(TestEnvironment.corpus)/\(release)" }
        var isAvailable: Bool {
            FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.fileExists(atPath: tree + "/VERSION")
        }
        var testDescription: String { "\(lab)/\(target)" }
    }

    /// Debian's 7.2 build is 7.2.22, a stable series on top of 7.2.0 with the same devices.
    static let cases: [Case] = [("7.2", QEMUVersion(7, 2, 0)), ("10.0.2", QEMUVersion(10, 0, 2))].flatMap { pair in
        Target.allCases.map { Case(lab: pair.0, release: pair.1, target: $0) }
    }

    /// The tally of one cell.
    struct Tally: CustomStringConvertible {
        var agreed = 0
        var bothWithoutDefault = 0
        var explained: [String: Int] = [:]
        /// Each unexplained difference (`type.property: static vs binary at file:line`) with the
        /// devices that show it.
        var disagreed: [String: [String]] = [:]
        var uncreatable = 0

        var description: String {
            let categories = explained.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: "; ")
            return "\(agreed) agreed, \(bothWithoutDefault) without a default on both sides, "
                + "\(explained.values.reduce(0, +)) explained by category, \(disagreed.values.map(\.count).reduce(0, +)) disagreed; "
                + "\(uncreatable) devices the binary cannot create. Categories: \(categories.isEmpty ? "none" : categories)"
        }
    }

    @Test(arguments: cases.filter(\.isAvailable))
    func staticDefaultsAreTheBinarys(_ testCase: Case) async throws {
        let registry = try #require(try EmbeddedRegistry.registry(testCase.release))
        let lookup = PropertyLookup(model: registry.properties, hierarchy: QOMHierarchy(parents: registry.qomParents))
        let drivers = Set(registry.registeredMachines(of: testCase.target).flatMap(\.compat).map(\.driver))
        let binary = try await BinaryDeviceDefaults.read(binary: testCase.binary, drivers: drivers)
        var tally = Tally(uncreatable: binary.uncreatable.count)
        var gaps = StaticDefaultGap.Reader(tree: testCase.tree)
        // PropertyLookup.definition(of:on:), each type's properties indexed by name once: CPU
        // models have hundreds of properties each, and a hundred models share them.
        var byName: [String: [String: DeviceProperty]] = [:]
        for (device, properties) in binary.defaults.sorted(by: { $0.key < $1.key }) {
            let lineage = lookup.lineage(of: device)
            for type in lineage where byName[type] == nil {
                byName[type] = Dictionary((registry.properties.properties(of: type) ?? []).map { ($0.name, $0) }) { first, _ in first }
            }
            for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
                guard let property = lineage.lazy.compactMap({ byName[$0]?[name] }).first else { continue }
                Self.judge(property, binaryValue: value, device: device, gaps: &gaps, into: &tally)
            }
        }
        print("\(testCase): \(tally)")
        #expect(tally.agreed > 100)
        let unexplained = tally.disagreed.sorted { $0.key < $1.key }.map { difference, devices in
            "\(difference) (\(devices.count) devices: \(devices.prefix(3).joined(separator: ", "))\(devices.count > 3 ? ", …" : ""))"
        }
        #expect(unexplained == [], "\(testCase): unexplained differences:\n\(unexplained.joined(separator: "\n"))")
    }

    static func judge(
        _ property: DeviceProperty, binaryValue: String?, device: String, gaps: inout StaticDefaultGap.Reader, into tally: inout Tally
    ) {
        let ours = property.defaultValue.map { Self.normalise($0, valueType: property.valueType) }
        let theirs = binaryValue.map { Self.normalise($0, valueType: property.valueType) }
        if ours == theirs {
            if ours == nil { tally.bothWithoutDefault += 1 } else { tally.agreed += 1 }
            return
        }
        if ours == nil, let gap = gaps.gap(of: property) {
            tally.explained[Self.categoryName(gap), default: 0] += 1
            return
        }
        let difference =
            "\(property.type).\(property.name) (\(property.valueType)): static \(property.defaultValue ?? "none") vs binary "
            + "\(binaryValue ?? "none") at \(property.location?.description ?? "?")"
        tally.disagreed[difference, default: []].append(device)
    }

    /// The category without the constant's name: one count per kind of reason.
    static func categoryName(_ gap: StaticDefaultGap) -> String {
        switch gap {
        case .unresolvedConstant: "default names a constant the reader does not resolve"
        case .wrapperMacro: "defined through a wrapper macro"
        default: gap.description
        }
    }

    /// ``DeviceProperty/normalise(_:valueType:)``, and the one writing it leaves apart: an
    /// array's static default is its length (0) where the binary shows the empty list.
    static func normalise(_ value: String, valueType: String) -> String {
        let text = DeviceProperty.normalise(value, valueType: valueType)
        return valueType == "array" && text == "[]" ? "0" : text
    }
}
