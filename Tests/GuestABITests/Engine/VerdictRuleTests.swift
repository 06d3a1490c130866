import GuestABI
import Testing

/// The one rule from the effects of a cell's reasons to its verdict, and rename detection.
@Suite struct VerdictRuleTests {
    @Test(arguments: [
        ([], MigrationVerdict.Verdict.compatible),
        ([.none, .none], .compatible),
        ([.none, .guestVisible], .abiChanged),
        ([.guestVisible, .unknown], .unknown),
        ([.unknown, .breaksMigration, .guestVisible], .incompatible),
        ([.breaksMigration], .incompatible),
    ] as [([MigrationReason.Effect], MigrationVerdict.Verdict)])
    func theStrongestEffectDecides(effects: [MigrationReason.Effect], verdict: MigrationVerdict.Verdict) {
        #expect(MigrationVerdict.verdict(for: effects) == verdict)
    }

    @Test func onlyBreakingReasonsBreak() {
        #expect(MigrationReason(kind: .missing, message: "", effect: .breaksMigration).isBreaking)
        #expect(!MigrationReason(kind: .frozenCompat, message: "", effect: .unknown).isBreaking)
    }

    /// A field only one side sets, with the same value on every machine, is a rename only when
    /// the names share a role; two unrelated fields with the same values are not.
    @Test(arguments: [
        ("default_nic_model", "default_nic", true),
        ("smbios_legacy", "smbios_legacy_mode", true),
        ("no_parallel", "broken_reserved_end", false),
    ])
    func renamesNeedTheSameRoleAndTheSameValues(old: String, new: String, renamed: Bool) {
        var toy = MigrationCheckTests.history
        toy.familyFacts[MigrationCheckTests.v1_0] = [(old, "true")]
        toy.familyFacts[MigrationCheckTests.v1_2] = [(new, "true")]
        let from = toy.registry(MigrationCheckTests.v1_0, machines: [MachineVersion(1, 0)])
        let to = toy.registry(MigrationCheckTests.v1_2, machines: [MachineVersion(1, 0), MachineVersion(1, 2)])
        let renames = FieldRename.detect(from: from, to: to)
        #expect(renames.map { "\($0.before)→\($0.after)" } == (renamed ? ["\(old)→\(new)"] : []))
    }

    @Test func anotherValueOnOneMachineIsNoRename() {
        var toy = MigrationCheckTests.history
        toy.facts[MigrationCheckTests.v1_0] = [MachineVersion(1, 0): [("default_nic_model", "\"e1000\"")]]
        toy.facts[MigrationCheckTests.v1_2] = [MachineVersion(1, 0): [("default_nic", "\"e1000e\"")]]
        let from = toy.registry(MigrationCheckTests.v1_0, machines: [MachineVersion(1, 0)])
        let to = toy.registry(MigrationCheckTests.v1_2, machines: [MachineVersion(1, 0)])
        #expect(FieldRename.detect(from: from, to: to).isEmpty)
    }
}
