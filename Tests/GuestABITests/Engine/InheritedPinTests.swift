import GuestABI
import Testing

/// A class field a newer release pins for an old machine is checked against what the older
/// release's machine inherits from its parent's class init (``MachineDefinition/inheritedFacts``):
/// pinning another value than the one the machine had (pseries' `default_cpu_type`, pinned to
/// `power9_v2.2` while the old releases' pseries machines inherited `power9_v2.0`) is
/// `mispinned`, with the field's effect, in `check` and in the matrix alike.
@Suite struct InheritedPinTests {
    static let v1_1 = QEMUVersion(1, 1, 0)
    static let v1_2 = QEMUVersion(1, 2, 0)

    /// 1.2's toy_machine_1_1_options pins `default_cpu_type` to `pinned` (and `x_kept` to the
    /// inherited value); 1.1's machines set neither in their chain and inherit `cpu-a` and `1`
    /// from the parent's class init.
    static func registries(pinned: String, uses: Bool = true) -> (ReleaseRegistry, ReleaseRegistry) {
        var toy = ToyQEMU()
        toy.facts[v1_2] = [MachineVersion(1, 1): [("default_cpu_type", pinned), ("x_kept", "1")]]
        var old = toy.registry(v1_1, machines: [MachineVersion(1, 1)])
        let new = toy.registry(v1_2, machines: [MachineVersion(1, 1), MachineVersion(1, 2)])
        let parent = { (field: String, value: String, line: Int) in
            ClassFact(
                field: field, value: value,
                source: Provenance(origin: "toy_machine_class_init", location: SourceLocation(file: "hw/toy/toy.c", line: line)))
        }
        old.machines[0].inheritedFacts = [parent("default_cpu_type", #"TYPE("cpu-a")"#, 10), parent("x_kept", "1", 11)]
        guard uses else { return (old, new) }
        let read = ClassFieldUse(
            field: "default_cpu_type", location: "hw/core/machine.c:20", function: "machine_cpu_type", effect: .guestVisible,
            why: "names the CPU model of the VM")
        var withUses = new
        old.classFieldUses = ClassFieldUses([read])
        withUses.classFieldUses = ClassFieldUses([read])
        return (old, withUses)
    }

    @Test(arguments: [true, false])
    func aPinOfAnotherValueThanTheInheritedOneIsMispinned(forward: Bool) throws {
        let (old, new) = Self.registries(pinned: #"TYPE("cpu-b")"#)
        let check = forward ? MigrationCheck(from: old, to: new) : MigrationCheck(from: new, to: old)
        let verdict = try check.verdict(machine: "pc-q35-1.1")

        let mispinned = try #require(verdict.reasons.first { $0.kind == .mispinned })
        #expect(mispinned.entries.map(\.subject.description) == ["default_cpu_type"])
        #expect(mispinned.effect == .guestVisible)
        #expect(mispinned.because.contains(#"in 1.1.0 the machine inherits `default_cpu_type` = TYPE("cpu-a") from toy_machine_class_init (hw/toy/toy.c:10)"#))
        #expect(mispinned.evidence == ["hw/core/machine.c:20", "hw/toy/toy.c:10"])
        let pinned = try #require(verdict.reasons.first { $0.kind == .pinned })
        #expect(pinned.entries.map(\.subject.description) == ["x_kept"])
        #expect(verdict.verdict == .abiChanged)
        let matrix = CompatibilityMatrix(registries: [old, new])
        let cells = matrix.cells.filter { matrix.machines[Int($0.machine)].name == "pc-q35-1.1" }
        #expect(cells.count == 2)
        #expect(cells.allSatisfy { $0.reasonKinds.contains(.mispinned) && $0.verdict == .abiChanged })
    }

    @Test func aPinOfTheInheritedValueKeepsTheOldBehaviour() throws {
        let (old, new) = Self.registries(pinned: #"TYPE("cpu-a")"#)
        let verdict = try MigrationCheck(from: old, to: new).verdict(machine: "pc-q35-1.1")

        #expect(!verdict.reasons.contains { $0.kind == .mispinned })
        #expect(verdict.verdict == .compatible)
        let matrix = CompatibilityMatrix(registries: [old, new])
        #expect(matrix.cells.filter { matrix.machines[Int($0.machine)].name == "pc-q35-1.1" }.allSatisfy { $0.verdict == .compatible })
    }

    /// Without the field's reads recorded, a mispinned field's effect is unknown, never none.
    @Test func aMispinnedFieldWithoutRecordedReadsIsUnknown() throws {
        let (old, new) = Self.registries(pinned: #"TYPE("cpu-b")"#, uses: false)
        let verdict = try MigrationCheck(from: new, to: old).verdict(machine: "pc-q35-1.1")

        #expect(verdict.reasons.first { $0.kind == .mispinned }?.effect == .unknown)
        #expect(verdict.verdict == .unknown)
    }

    /// Inside one stable series a parent's class init that changes a field the machine's chain
    /// does not set is stable drift, in check and in the matrix alike.
    @Test func anInheritedValueChangedInsideAStableSeriesIsDrift() throws {
        let toy = ToyQEMU()
        var older = toy.registry(QEMUVersion(1, 1, 1), machines: [MachineVersion(1, 1)])
        var newer = toy.registry(QEMUVersion(1, 1, 2), machines: [MachineVersion(1, 1)])
        let parent = { (value: String) in [ClassFact(field: "max_cpus", value: value, source: Provenance(origin: "toy_machine_class_init"))] }
        older.machines[0].inheritedFacts = parent("1024")
        newer.machines[0].inheritedFacts = parent("2048")

        let verdict = try MigrationCheck(from: older, to: newer).verdict(machine: "pc-q35-1.1")
        #expect(verdict.reasons.map(\.kind) == [.stableDrift])
        #expect(verdict.reasons.first?.entries.map(\.subject.description) == ["max_cpus"])
        let matrix = CompatibilityMatrix(registries: [older, newer])
        #expect(matrix.cells.count == 2)
        #expect(matrix.cells.allSatisfy { $0.reasonKinds.contains(.stableDrift) && $0.verdict == verdict.verdict })
    }
}
