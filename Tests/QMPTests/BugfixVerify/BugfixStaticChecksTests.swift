import GuestABI
import QMP
import Testing

/// The probe-only checks of `bugfix verify` on made-up probes: values compared across binaries
/// whose effective tables hold different rows, QEMU's boolean spellings, a missing machine.
@Suite struct BugfixStaticChecksTests {
    static func report(version: QEMUVersion, machines: [ProbeReport.Machine], defaults: [String: [String: String?]]) -> ProbeReport {
        ProbeReport(
            binary: "/x/qemu-system-x86_64", qemuVersion: version, package: "", compatPropsAvailable: true, machines: machines,
            types: ["virtio-net-pci": "virtio-pci", "virtio-pci": "pci-device", "pci-device": "device"], abstractTypes: ["virtio-pci", "pci-device", "device"],
            defaults: defaults, defaultsUnavailable: [:])
    }

    static func machine(_ name: String, compat: [(String, String, String)], effective: [(String, String, String, EffectiveProperty.Origin)]) -> ProbeReport.Machine {
        ProbeReport.Machine(
            name: name, alias: nil, isDefault: false, deprecated: false,
            compat: compat.map { CompatProperty(driver: $0.0, property: $0.1, value: $0.2, source: Provenance(origin: "query-machines")) },
            effective: effective.map { EffectiveProperty(driver: $0.0, property: $0.1, value: $0.2, origin: $0.3) })
    }

    /// The 10.0 binary's table has one row, the 10.2 one two: the extra row is compared with the
    /// 10.0 binary's default; `on` and `true` are the same value.
    static func probes(newerValue: String) throws -> [BugfixStaticChecks.Probed] {
        let older = report(
            version: QEMUVersion(10, 0, 13),
            machines: [
                machine("pc-q35-10.0", compat: [("virtio-net-pci", "aer", "off")], effective: [("virtio-net-pci", "aer", "off", .compat)]),
                machine("pc-q35-10.0.14", compat: [], effective: [("virtio-net-pci", "aer", "true", .default)]),
            ],
            defaults: ["virtio-net-pci": ["aer": "true", "x-new": "false"]])
        let newer = report(
            version: QEMUVersion(10, 2, 2),
            machines: [
                machine(
                    "pc-q35-10.0", compat: [("virtio-net-pci", "aer", "off"), ("virtio-net-pci", "x-new", "off")],
                    effective: [("virtio-net-pci", "aer", "off", .compat), ("virtio-net-pci", "x-new", "off", .compat)]),
                machine(
                    "pc-q35-10.0.14", compat: [("virtio-net-pci", "x-new", newerValue)],
                    effective: [("virtio-net-pci", "aer", "on", .default), ("virtio-net-pci", "x-new", newerValue, .compat)]),
            ],
            defaults: ["virtio-net-pci": ["aer": "on", "x-new": "true"]])
        return [.init(branch: "10.0", report: older), .init(branch: "10.2", report: newer)]
    }

    static var plan: BugfixPlan {
        get throws {
            var plan = try BugfixVerifyPlans.decode(BugfixVerifyPlans.aer)
            plan.machines[0].definedIn = ["10.0", "10.2", "master"]
            return plan
        }
    }

    @Test func equalEffectiveValuesHoldAcrossDifferentRowsAndSpellings() throws {
        let checks = BugfixStaticChecks.sameABI(plan: try Self.plan, patched: try Self.probes(newerValue: "off"))
        #expect(checks.count == 1)
        #expect(checks[0].status == .pass, "\(checks[0].evidence)")
        #expect(checks[0].evidence.contains { $0.contains("2 properties equal") })
    }

    /// A default that differs between the binaries for the base machine as much as for the
    /// bugfix machine (10.1 gave old CPU models their own cache information) is an upstream
    /// change, not the plan's: a warning naming it, not a failure.
    @Test func aDifferenceTheBaseSharesWarnsAndOneOfItsOwnFails() throws {
        func probes(bugfixLevelInNewer: String) throws -> [BugfixStaticChecks.Probed] {
            var probes = try Self.probes(newerValue: "off")
            for (index, level) in [(0, "1"), (1, bugfixLevelInNewer)] {
                probes[index].report.defaults["widget-x86_64-cpu"] = ["level": index == 0 ? "1" : "2"]
                let machine = try #require(probes[index].report.machines.firstIndex { $0.name == "pc-q35-10.0.14" })
                probes[index].report.machines[machine].effective?.append(EffectiveProperty(driver: "widget-x86_64-cpu", property: "level", value: level, origin: index == 0 ? .default : .compat))
            }
            return probes
        }
        // The bugfix machine has each binary's default, like its base: warn.
        let alike = BugfixStaticChecks.sameABI(plan: try Self.plan, patched: try probes(bugfixLevelInNewer: "2"))
        #expect(alike.first?.status == .warn, "\(alike.first?.evidence ?? [])")
        #expect(alike.first?.evidence.contains { $0.contains("differ alike for the base pc-q35-10.0") && $0.contains("widget-x86_64-cpu.level") } == true)
        // The bugfix machine pins the newer binary's value away from the base's: fail.
        let own = BugfixStaticChecks.sameABI(plan: try Self.plan, patched: try probes(bugfixLevelInNewer: "3"))
        #expect(own.first?.status == .fail)
        #expect(own.first?.evidence.contains { $0.hasPrefix("DIFFERS: widget-x86_64-cpu.level") } == true)
    }

    @Test(arguments: ["on", "true"]) func aPropertyPinnedDifferentlyFails(value: String) throws {
        let checks = BugfixStaticChecks.sameABI(plan: try Self.plan, patched: try Self.probes(newerValue: value))
        #expect(checks[0].status == .fail)
        #expect(checks[0].evidence.contains { $0.hasPrefix("DIFFERS: virtio-net-pci.x-new") })
    }

    @Test func aMachineMissingWhereThePlanDefinesItFails() throws {
        var probes = try Self.probes(newerValue: "off")
        probes[1].report.machines.removeAll { $0.name == "pc-q35-10.0.14" }
        let checks = BugfixStaticChecks.registration(plan: try Self.plan, patched: probes)
        #expect(checks.map(\.status) == [.fail])
        #expect(checks[0].evidence.contains { $0.hasPrefix("NOT registered by 10.2 (QEMU 10.2.2)") })
        #expect(checks[0].evidence.contains { $0 == "no binary given for master: not checked there" })
    }

    @Test func aBaselineMachineWithAnotherValueFails() throws {
        let probes = try Self.probes(newerValue: "off")
        var baseline = probes[0]
        baseline.baseline = true
        baseline.report.machines.removeAll { $0.name == "pc-q35-10.0.14" }
        #expect(BugfixStaticChecks.baseUnchanged(plan: try Self.plan, patched: probes, baselines: [baseline]).map(\.status) == [.pass])
        baseline.report.machines[0].effective?[0].value = "on"
        let changed = BugfixStaticChecks.baseUnchanged(plan: try Self.plan, patched: probes, baselines: [baseline])
        #expect(changed.map(\.status) == [.fail])
        #expect(changed[0].evidence.contains { $0 == "changed: pc-q35-10.0: virtio-net-pci.aer on → off" })
    }
}
