import GuestABI
import Testing

@Suite struct BugfixPlannerTests {
    static let fix = BugfixFix(
        title: "virtio-net: fix foo", compat: [.init(driver: "virtio-net-pci", property: "x-foo", old: "off", new: "on")])

    /// Releases 10.0.13 (branch 10.0) and 10.2.2 (branch 10.2; 10.1 is only known from it).
    static var registries: [ReleaseRegistry] {
        var toy = ToyQEMU()
        let v10_0_13 = QEMUVersion(10, 0, 13)
        let v10_2_2 = QEMUVersion(10, 2, 2)
        toy.arrays[v10_0_13] = [MachineVersion(9, 2): [("virtio-net-pci", "x-old", "off")]]
        toy.arrays[v10_2_2] = [
            MachineVersion(9, 2): [("virtio-net-pci", "x-old", "off")],
            MachineVersion(10, 0): [("e1000e", "x-bar", "off")],
            MachineVersion(10, 1): [("virtio-net-pci", "x-baz", "off")],
        ]
        return [
            toy.registry(v10_0_13, machines: [MachineVersion(9, 2), MachineVersion(10, 0)]),
            toy.registry(v10_2_2, machines: [MachineVersion(9, 2), MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)]),
        ]
    }

    func plan(branches: [MachineVersion], stable: [MachineVersion: QEMUVersion] = [:], fix: BugfixFix = fix, registries: [ReleaseRegistry] = registries) throws -> BugfixPlan {
        try BugfixPlanner(
            fix: fix, master: QEMUVersion(11, 0, 0), branches: branches, stableReleases: stable, registries: registries
        ).plan()
    }

    @Test func oneMachinePerBranchNamedForItsNextStableRelease() throws {
        let plan = try plan(branches: [MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)], stable: [MachineVersion(10, 1): QEMUVersion(10, 1, 4)])
        #expect(plan.machines.map(\.name) == ["pc-q35-10.0.14", "pc-q35-10.1.5", "pc-q35-10.2.3"])
        let first = plan.machines[0]
        #expect(first.definedIn == ["10.0", "10.1", "10.2", "master"])
        #expect(first.base == "pc-q35-10.0")
        #expect(first.before == "pc-q35-10.1")
        #expect(first.abiFrom == QEMUVersion(10, 0, 13))
        #expect(first.abi == ["virtio-net-pci.x-foo": "on"])
        #expect(first.deprecatedIn == QEMUVersion(13, 0, 0))
        #expect(first.deletedIn == QEMUVersion(16, 0, 0))
        // 10.1 has no registry of its own: its base ABI comes from the newest release holding it.
        #expect(plan.machines[1].abiFrom == QEMUVersion(10, 2, 2))
        #expect(plan.machines[2].definedIn == ["10.2", "master"])
        #expect(plan.machines(definedIn: "10.2").count == 3)
        #expect(plan.machines(definedIn: "10.0").map(\.name) == ["pc-q35-10.0.14"])
    }

    @Test func holesAreTheLaterSeriesReleasesBeforeTheBackport() throws {
        let plan = try plan(branches: [MachineVersion(10, 0), MachineVersion(10, 1), MachineVersion(10, 2)], stable: [MachineVersion(10, 1): QEMUVersion(10, 1, 4)])
        let holes = plan.holes.filter { $0.version == MachineVersion(10, 0, micro: 14) }
        #expect(holes.map(\.branch) == ["10.1", "10.2"])
        #expect(holes[0].first == QEMUVersion(10, 1, 0) && holes[0].last == QEMUVersion(10, 1, 4))
        #expect(holes[1].last == QEMUVersion(10, 2, 2))
        #expect(plan.releaseOrder.count == 4)
        #expect(plan.releaseOrder[1].hasPrefix("10.2.3"))
        #expect(plan.releaseOrder[3].hasPrefix("10.0.14"))
    }

    @Test func aSkippedSeriesIsAPermanentHoleAndAWarning() throws {
        let plan = try plan(branches: [MachineVersion(10, 0), MachineVersion(10, 2)])
        #expect(plan.holes.contains { $0.branch == "10.1" && $0.last == nil })
        #expect(plan.policy.contains { $0.rule == "unmaintained-series" && $0.verdict == .warn })
    }

    @Test func aFixRestoringTheSeriesFirstABIIsARegressionToRefuse() throws {
        var toy = ToyQEMU()
        let first = QEMUVersion(10, 0, 2)
        let latest = QEMUVersion(10, 0, 13)
        toy.arrays[first] = [MachineVersion(10, 0): [("virtio-net-pci", "x-foo", "on")]]
        toy.arrays[latest] = [MachineVersion(10, 0): [("virtio-net-pci", "x-foo", "off")]]
        let registries = [toy.registry(first, machines: [MachineVersion(10, 0)]), toy.registry(latest, machines: [MachineVersion(10, 0)])]
        let plan = try plan(branches: [MachineVersion(10, 0)], registries: registries)
        #expect(plan.verdict == .refuse)
        #expect(plan.policy.contains { $0.rule == "regression" && $0.verdict == .refuse && $0.message.contains("no new machine type") })
    }

    @Test func aFixMasterDoesNotPinNeedsNoMachine() throws {
        var registries = Self.registries
        var toy = ToyQEMU()
        toy.arrays[QEMUVersion(10, 2, 50)] = [MachineVersion(10, 2): [("e1000e", "x-bar", "off")]]
        registries.append(toy.registry(QEMUVersion(10, 2, 50), machines: [MachineVersion(10, 2)]))
        let unpinned = try plan(branches: [MachineVersion(10, 2)], registries: registries)
        #expect(unpinned.policy.contains { $0.rule == "abi-change" && $0.verdict == .refuse })
        toy.arrays[QEMUVersion(10, 2, 50)]![MachineVersion(10, 2)]!.append(("virtio-net-pci", "x-foo", "off"))
        registries[registries.count - 1] = toy.registry(QEMUVersion(10, 2, 50), machines: [MachineVersion(10, 2)])
        let pinned = try plan(branches: [MachineVersion(10, 2)], registries: registries)
        #expect(pinned.policy.contains { $0.rule == "abi-change" && $0.verdict == .ok })
    }

    @Test func anExistingBugfixMachineInTheStreamIsWarned() throws {
        var registries = Self.registries
        registries[0].machines.append(
            MachineDefinition(target: .x86_64, name: "pc-q35-10.0.5", family: .pcQ35, version: MachineVersion(10, 0, micro: 5)))
        let plan = try plan(branches: [MachineVersion(10, 0)], registries: registries)
        #expect(plan.policy.contains { $0.rule == "rate" && $0.verdict == .warn && $0.message.contains("10.0.5") })
    }

    @Test func aClashingNameIsRefused() throws {
        var registries = Self.registries
        registries[1].machines.append(
            MachineDefinition(target: .x86_64, name: "pc-q35-10.0.14", family: .pcQ35, version: MachineVersion(10, 0, micro: 14)))
        let plan = try plan(branches: [MachineVersion(10, 0)], registries: registries)
        #expect(plan.policy.contains { $0.rule == "micro-version" && $0.verdict == .refuse })
    }

    @Test(arguments: [
        ([MachineVersion(11, 0)], [MachineVersion: QEMUVersion](), "not older than master"),
        ([MachineVersion(10, 0, micro: 1)], [:], "a branch is X.Y"),
        ([MachineVersion(10, 0)], [MachineVersion(10, 0): QEMUVersion(10, 1, 2)], "not a release of the 10.0 series"),
        ([], [:], "no stable branch"),
    ])
    func badRequestsAreRejected(branches: [MachineVersion], stable: [MachineVersion: QEMUVersion], reason: String) {
        #expect {
            try plan(branches: branches, stable: stable)
        } throws: { error in
            (error as? GuestABIError)?.reason.contains(reason) == true
        }
    }
}
