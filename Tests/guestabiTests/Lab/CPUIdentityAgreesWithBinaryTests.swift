import Foundation
import GuestABI
import QEMUSource
import QMP
import Synchronization
import Testing

/// The evidence behind ``CPUIdentityComparison``: real migrations of a paused `-nodefaults`
/// pseries VM between two CPU models on one lab binary (`-cpu` on each side), against whether
/// that release's source tree says the destination's `post_load` check refuses the source's
/// model. Cross-family pairs, same-family pairs (POWER8 / POWER8E / POWER8NVL, POWER9 DD2.0 /
/// DD2.2) and same-model pairs; every failure must be the CPU section's (a pair whose
/// destination fails elsewhere first, on a device the source model's machine creates, is left
/// out of the sample). CI samples a few pairs; `GUESTABI_FULL_SWEEP=1` runs every ordered pair
/// of POWER7 to POWER10 models on the 10.0.2 binary.
@Suite(.serialized) struct CPUIdentityAgreesWithBinaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lab: String
        var tree: String
        var source: String
        var destination: String
        var testDescription: String { "\(lab): \(source) → \(destination)" }
    }

    /// Models whose sources all register the same devices for pseries (a POWER9 or POWER10
    /// source sends XIVE state a POWER7/8 destination does not create, before the CPU).
    static let olderModels = ["power7_v2.3", "power8e_v2.1", "power8_v2.0", "power8nvl_v1.0"]
    static let newerModels = ["power9_v2.0", "power9_v2.2", "power10_v2.0"]

    static var cases: [Case] {
        guard TestEnvironment.fullSweep else {
            return [
                Case(lab: "10.0.2", tree: "10.0.2", source: "power9_v2.0", destination: "power9_v2.2"),
                Case(lab: "10.0.2", tree: "10.0.2", source: "power9_v2.2", destination: "power9_v2.2"),
                Case(lab: "10.0.2", tree: "10.0.2", source: "power8_v2.0", destination: "power8e_v2.1"),
                Case(lab: "7.2", tree: "7.2.0", source: "power9_v2.0", destination: "power10_v2.0"),
            ]
        }
        var cases: [Case] = []
        for group in [olderModels, newerModels] {
            for source in group {
                for destination in group { cases.append(Case(lab: "10.0.2", tree: "10.0.2", source: source, destination: destination)) }
            }
        }
        for source in newerModels {
            for destination in olderModels { cases.append(Case(lab: "10.0.2", tree: "10.0.2", source: destination, destination: source)) }
        }
        return cases
    }

    static func binary(_ lab: String) -> String { "\(TestEnvironment.lab)/\(lab)/qemu-system-ppc64" }
    static var installed: Bool {
        FileManager.default.isExecutableFile(atPath: binary("10.0.2")) && FileManager.default.isExecutableFile(atPath: binary("7.2"))
            && FileManager.default.fileExists(atPath: "\(TestEnvironment.corpus)/10.0.2/target/ppc/cpu_init.c")
    }

    static let trees = Trees()
    /// Each tree's state model, read once for all cases.
    final class Trees: Sendable {
        private let models = Mutex<[String: StateModel]>([:])
        func model(_ tree: String) async throws -> StateModel {
            if let model = models.withLock({ $0[tree] }) { return model }
            let model = try await StateReader(tree: try DirectoryTree(root: "\(TestEnvironment.corpus)/\(tree)")).read()
            models.withLock { $0[tree] = model }
            return model
        }
    }

    @Test(.enabled(if: installed, "needs the QEMU lab and the full corpus trees (scripts/setup-qemu-lab.sh, scripts/qemu-sources.sh --full)"),
        arguments: cases)
    func theDestinationRefusesExactlyWhenTheTreeSaysItDoes(item: Case) async throws {
        let check = try #require(try await Self.trees.model(item.tree).cpuIdentity["target/ppc"])
        let evaluation = CPUIdentityEvaluation(check)
        let sent = try #require(evaluation.sentValue(model: item.source))
        let predicted = evaluation.refuses(model: item.destination, value: sent)
        #expect(predicted != .unknown, "\(item)")
        let binary = Self.binary(item.lab)
        let result = await LiveMigration.run(
            VerifyCell(machine: "pseries-7.2", cpu: item.source, toCPU: item.destination), from: binary, to: binary,
            options: LiveMigrationOptions(memoryMiB: 256))
        let refused = result.status != .completed
        print("cpu-identity \(item): real \(refused ? "failed (\(result.error ?? ""))" : "completed"); predicted refusal \(predicted.rawValue)")
        #expect(refused == (predicted == .yes), "\(item): \(result.error ?? "completed")")
        if refused { #expect(result.error?.contains("'cpu'") == true, "\(item): failed elsewhere: \(result.error ?? "")") }
    }
}
