import Foundation
import GuestABI
import QEMUSource
import QMP
import Testing

/// What the extractor reads from a corpus tree must be what the real binary of that release
/// registers: the same versioned machines, the same deprecation flags and, where QEMU can
/// report it (9.1+), the same ordered compat list for every machine.
@Suite(.serialized) struct SourceAgreesWithBinaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lab: String
        var corpus: String
        var target: Target

        var binary: String { "\(TestEnvironment.lab)/\(lab)/\(target.binaryName)" }
        var tree: String { "\(TestEnvironment.corpus)/\(corpus)" }
        var isAvailable: Bool {
            FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.fileExists(atPath: tree + "/VERSION")
        }
        var testDescription: String { "\(lab)/\(target)" }
    }

    /// Debian's 7.2 build is 7.2.22, a stable series on top of 7.2.0 with the same machines.
    static let cases: [Case] = [("7.2", "7.2.0"), ("10.0.2", "10.0.2")].flatMap { pair in
        Target.allCases.map { Case(lab: pair.0, corpus: pair.1, target: $0) }
    }

    static func probe(_ testCase: Case) async throws -> (ReleaseRegistry, [String: ProbedMachine]) {
        let registry = try await TreeExtractor(tree: DirectoryTree(root: testCase.tree)).extract(targets: [testCase.target])
        let version = try await MachineProbe.version(binary: testCase.binary)
        let machines = try await MachineProbe.queryMachines(
            binary: testCase.binary, compatProps: MachineProbe.supportsCompatProps(version))
        // Aliases and unversioned machines aside: only names that parse as versioned machines.
        let versioned = machines.filter { (try? MachineTypeName(parsing: $0.name, target: testCase.target)) != nil }
        return (registry, Dictionary(uniqueKeysWithValues: versioned.map { ($0.name, $0) }))
    }

    @Test(arguments: cases.filter(\.isAvailable))
    func registeredMachinesAndDeprecationMatch(_ testCase: Case) async throws {
        let (registry, probed) = try await Self.probe(testCase)
        #expect(registry.complete)
        // Machines under a build condition (xenfv: CONFIG_XEN) exist only in builds with it.
        let conditional = Set(registry.machines.filter { $0.condition != nil }.map(\.name))
        let extracted = Set(registry.registeredMachines(of: testCase.target).map(\.name))
        #expect(extracted.subtracting(conditional) == Set(probed.keys).subtracting(conditional))
        #expect(Set(probed.keys).subtracting(extracted).isEmpty)
        for machine in registry.registeredMachines(of: testCase.target) {
            guard let real = probed[machine.name] else { continue }
            #expect(machine.deprecated == real.deprecated, "\(machine.name)")
            #expect(machine.alias == real.alias, "\(machine.name)")
            #expect(machine.isDefault == real.isDefault, "\(machine.name)")
        }
    }

    @Test(arguments: cases.filter { $0.isAvailable && $0.lab == "10.0.2" })
    func compatListsMatchQueryMachinesInOrder(_ testCase: Case) async throws {
        let (registry, probed) = try await Self.probe(testCase)
        var compared = 0
        for machine in registry.registeredMachines(of: testCase.target) where probed[machine.name] != nil || machine.condition == nil {
            let real = try #require(probed[machine.name]?.compatProps, "\(machine.name) has no compat-props")
            let ours = machine.compat.map { "\($0.driver).\($0.property)=\($0.value)" }
            #expect(ours == real.map(\.description), "\(machine.name)")
            compared += 1
        }
        #expect(compared > 5)
    }
}
