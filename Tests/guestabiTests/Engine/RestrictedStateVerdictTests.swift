import GuestABI
import RegistryStore
import Testing

/// A check reads each release's state model only as far as its machine's CPU reaches
/// (``StateModel/restricted(toCPUScopes:)``): on every ordered pair of shipped releases and
/// every target, the state reasons it gives are those of the whole models, and the findings
/// of the restricted diff are the whole diff's that reach that CPU or a device.
@Suite struct RestrictedStateVerdictTests {
    static let versions = EmbeddedRegistry.versions()

    @Test(arguments: versions)
    func theRestrictedModelsGiveTheWholeModelsReasons(source: QEMUVersion) throws {
        let whole = try #require(try EmbeddedStateModel.model(source))
        for destination in Self.versions where destination != source {
            let other = try #require(try EmbeddedStateModel.model(destination))
            let full = StateReasonProducer(StateDiff(whole, other))
            for target in Target.allCases {
                let scopes: Set = [StateScope.cpuScope(for: target)]
                let restricted = StateReasonProducer(
                    StateDiff(whole.restricted(toCPUScopes: scopes), other.restricted(toCPUScopes: scopes)))
                let pair = "\(source) → \(destination) \(target)"
                #expect(
                    restricted.reasons(target: target, devices: nil) == full.reasons(target: target, devices: nil), "\(pair)")
                // Nothing found only by the restricted diff, and every finding of the whole diff
                // that reaches this CPU is there.
                let kept = Set(restricted.findings.map(\.identifier))
                let reaching = full.findings.filter { $0.reaches(cpuScopes: scopes, devices: []) }
                #expect(reaching.allSatisfy { kept.contains($0.identifier) }, "\(pair)")
                #expect(!full.findings.isEmpty)
            }
        }
    }
}
