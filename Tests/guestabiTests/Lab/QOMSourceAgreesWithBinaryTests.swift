import Foundation
import GuestABI
import QEMUSource
import QMP
import Testing

/// The QOM hierarchy the extractor reads from a corpus tree must be the one the real binary of
/// that release reports in `qom-list-types`: every type both know has the same parent, and the
/// source finds most of the binary's types.
///
/// The binary may know types the source reader does not see (CPU models and boards registered
/// from loops, types of other build configurations), and the source has types the binary lacks
/// (other targets, devices its build leaves out): only the shared names are compared.
@Suite(.serialized) struct QOMSourceAgreesWithBinaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lab: String
        var corpus: String
        var target: Target
        /// The least share of the binary's types the source must find.
        var typeFloor: Double
        /// The least share of the binary's devices the source must find.
        var deviceFloor: Double

        var binary: String { "\(TestEnvironment.lab)/\(lab)/\(target.binaryName)" }
        var tree: String { "\(TestEnvironment.corpus)/\(corpus)" }
        var isAvailable: Bool {
            FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.fileExists(atPath: tree + "/VERSION")
        }
        var testDescription: String { "\(lab)/\(target)" }
    }

    /// The floors are the figures measured on 10.0.2 less a little. Much of a binary is not in
    /// the corpus at all (qom/, chardev/, backends/, io/, ui/, target/*.c: CPU models), so the
    /// share of all types is low; devices (below `device`, CPUs aside) are what compat entries
    /// reach, and those the source finds but for models registered in loops (flash chips, e1000
    /// and eepro100 variants).
    static let cases: [Case] = [
        Case(lab: "10.0.2", corpus: "10.0.2", target: .x86_64, typeFloor: 0.55, deviceFloor: 0.92),
        Case(lab: "10.0.2", corpus: "10.0.2", target: .aarch64, typeFloor: 0.70, deviceFloor: 0.80),
        Case(lab: "10.0.2", corpus: "10.0.2", target: .ppc64, typeFloor: 0.47, deviceFloor: 0.74),
        Case(lab: "10.0.2", corpus: "10.0.2", target: .s390x, typeFloor: 0.56, deviceFloor: 0.98),
        Case(lab: "10.0.2", corpus: "10.0.2", target: .m68k, typeFloor: 0.47, deviceFloor: 0.97),
    ]

    /// Source and binary hierarchies, the source read once for all targets.
    static func hierarchies(_ testCase: Case) async throws -> (source: [String: String], binary: [String: String]) {
        let source = try await TreeExtractor(tree: DirectoryTree(root: testCase.tree)).extract(targets: []).qomParents
        return (source, try await MachineProbe.qomTypes(binary: testCase.binary))
    }

    /// `name`'s ancestors in `parents`.
    static func ancestors(_ name: String, in parents: [String: String]) -> [String] {
        var chain: [String] = []
        var current = name
        while let parent = parents[current], !chain.contains(parent) {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    @Test(arguments: cases.filter(\.isAvailable))
    func sharedTypesHaveTheSameParent(_ testCase: Case) async throws {
        let (source, binary) = try await Self.hierarchies(testCase)
        let shared = binary.keys.filter { source[$0] != nil }
        let differing = shared.filter { source[$0] != binary[$0] }.sorted().map { "\($0): source \(source[$0]!), binary \(binary[$0]!)" }
        #expect(differing == [])

        let devices = binary.keys.filter {
            let ancestors = Self.ancestors($0, in: binary)
            return ancestors.contains("device") && !ancestors.contains("cpu")
        }
        let typeCoverage = Double(shared.count) / Double(binary.count)
        let deviceCoverage = Double(devices.filter { source[$0] != nil }.count) / Double(devices.count)
        print(
            "\(testCase): the source has \(shared.count) of the binary's \(binary.count) QOM types "
                + "(\(Self.percent(typeCoverage))), \(devices.filter { source[$0] != nil }.count) of its \(devices.count) "
                + "devices (\(Self.percent(deviceCoverage)))")
        #expect(typeCoverage >= testCase.typeFloor)
        #expect(deviceCoverage >= testCase.deviceFloor)
    }

    static func percent(_ share: Double) -> String {
        "\((share * 1000).rounded() / 10) %"
    }
}
