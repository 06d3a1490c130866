import GuestABI
import Testing

@Suite struct LifecycleTests {
    let history = LifecycleHistory.qemu

    @Test(arguments: [
        ("7.2", "10.2.0", "13.2.0"), ("4.0", "9.1.0", "10.1.0"), ("4.0.1", "9.1.0", "10.1.0"),
        ("pc-q35-4.0.1", "9.1.0", "10.1.0"), ("2.12-sxxm", "9.1.0", "10.1.0"), ("8.0", "11.0.0", "14.0.0"),
        ("10.0", "13.0.0", "16.0.0"), ("5.0", "9.1.0", "11.0.0"), ("1.0", "9.1.0", "10.1.0"),
    ])
    func firstDeprecationAndDeletion(input: String, deprecated: String, deleted: String) throws {
        let summary = history.summary(of: try LifecycleSubject(parsing: input))
        #expect(summary.deprecatedIn == (try QEMUVersion(parsing: deprecated)))
        #expect(summary.deletedIn == (try QEMUVersion(parsing: deleted)))
    }

    @Test(arguments: [
        ("7.2", LifecycleStatus.deprecated), ("8.0", .supported), ("4.2", .deleted), ("5.0", .deprecated),
        ("10.2", .supported), ("11.0", .unreleased),
    ])
    func statusAt10_2AndAtItsDevelopmentSnapshot(version: String, status: LifecycleStatus) throws {
        let machine = try MachineVersion(parsing: version)
        #expect(history.status(of: machine, at: QEMUVersion(10, 2, 0)) == status)
        #expect(history.status(of: machine, at: QEMUVersion(10, 1, 50)) == status)
        #expect(history.status(of: machine, at: QEMUVersion(10, 1, 92)) == status)
    }

    @Test func deletionNeededTheEnvironmentVariableBefore10_1() {
        let v31 = MachineVersion(3, 1)
        #expect(history.status(of: v31, at: QEMUVersion(10, 0, 0)) == .deprecated)
        #expect(history.status(of: v31, at: QEMUVersion(10, 0, 0), environment: .deleteMachines) == .deleted)
        #expect(history.deletedIn(v31, environment: .deleteMachines) == QEMUVersion(9, 1, 0))
        #expect(history.status(of: v31, at: QEMUVersion(10, 1, 0)) == .deleted)
        #expect(history.status(of: MachineVersion(2, 4), at: QEMUVersion(10, 0, 2)) == .deprecated)
    }

    @Test func noAutomaticRuleBefore9_1() {
        #expect(history.status(of: MachineVersion(1, 0), at: QEMUVersion(9, 0, 0)) == .supported)
        #expect(history.status(of: MachineVersion(1, 0), at: QEMUVersion(9, 1, 0)) == .deprecated)
        #expect(history.rule(at: QEMUVersion(8, 2, 0)) == .none)
        // The 9.1 development snapshot already runs 9.1's rule.
        #expect(history.rule(at: QEMUVersion(9, 0, 50)) == .gatedDeletion)
    }

    /// QEMU's own expiry test from include/hw/boards.h (10.1+), written out branch by branch
    /// as the macros state it, as an oracle independent of ``LifecycleRule``.
    static func oracleExpired(cutoff: Int, major: Int, minor: Int, qemu: QEMUVersion) -> Bool {
        func current(_ qMajor: Int, _ qMinor: Int) -> Bool {
            (qMajor - major) > cutoff || ((qMajor - major) == cutoff && (qMinor - minor) >= 0)
        }
        if qemu.micro < 50 { return current(qemu.major, qemu.minor) }
        if qemu.minor < 2 {
            return (qemu.major - major) > cutoff || ((qemu.major - major) == cutoff && (qemu.minor + 1 - minor) >= 0)
        }
        return ((qemu.major + 1) - major) > cutoff || (((qemu.major + 1) - major) == cutoff && (0 - minor) >= 0)
    }

    static let grid: [QEMUVersion] = (9...15).flatMap { major in
        (0...2).flatMap { minor in
            [0, 1, 50, 90, 93].map { QEMUVersion(major, minor, $0) }
        }
    }.filter { $0 >= QEMUVersion(10, 1, 0) }

    @Test(arguments: grid)
    func enforcedRuleMatchesQEMUsMacrosAcrossTheGrid(qemu: QEMUVersion) {
        for major in 1...15 {
            for minor in 0...2 {
                for micro in [nil, 1] as [Int?] {
                    let version = MachineVersion(major, minor, micro: micro)
                    let deleted = Self.oracleExpired(cutoff: 6, major: major, minor: minor, qemu: qemu)
                    let deprecated = Self.oracleExpired(cutoff: 3, major: major, minor: minor, qemu: qemu)
                    let expected: LifecycleStatus =
                        version.base > qemu.effectiveRelease.machineVersion
                        ? .unreleased : deleted ? .deleted : deprecated ? .deprecated : .supported
                    #expect(history.status(of: version, at: qemu) == expected, "\(version) at \(qemu)")
                }
            }
        }
    }

    static let gatedGrid: [QEMUVersion] = [
        QEMUVersion(9, 1, 0), QEMUVersion(9, 1, 3), QEMUVersion(9, 2, 0), QEMUVersion(9, 2, 4), QEMUVersion(10, 0, 0),
        QEMUVersion(10, 0, 13),
    ]

    @Test(arguments: gatedGrid)
    func gatedEraDeprecatesButDeletesOnlyWithTheVariable(qemu: QEMUVersion) {
        for major in 1...10 {
            for minor in 0...2 {
                let version = MachineVersion(major, minor)
                let deprecated = Self.oracleExpired(cutoff: 3, major: major, minor: minor, qemu: qemu)
                let pastDeletion = Self.oracleExpired(cutoff: 6, major: major, minor: minor, qemu: qemu)
                let status = history.status(of: version, at: qemu)
                let withVariable = history.status(of: version, at: qemu, environment: .deleteMachines)
                if version.base > qemu.machineVersion {
                    #expect(status == .unreleased)
                } else {
                    #expect(status == (deprecated ? .deprecated : .supported), "\(version) at \(qemu)")
                    #expect(withVariable == (pastDeletion ? .deleted : status), "\(version) at \(qemu)")
                }
            }
        }
    }

    @Test func aChosenRuleAppliesEverywhere() {
        let strict = LifecycleHistory(single: LifecycleRule(deprecationAge: 1, deletionAge: 2))
        #expect(strict.deprecatedIn(MachineVersion(10, 0)) == QEMUVersion(11, 0, 0))
        #expect(strict.deletedIn(MachineVersion(10, 0)) == QEMUVersion(12, 0, 0))
        let never = LifecycleHistory(single: .none)
        #expect(never.deprecatedIn(MachineVersion(10, 0)) == nil)
    }
}

@Suite struct FamiliesOutsideTheRuleTests {
    @Test(arguments: ["xenfv-3.1", "xenfv-4.2", "pc-1.0"])
    func haveNoRuleDates(name: String) throws {
        let summary = LifecycleHistory.qemu.summary(of: try LifecycleSubject(parsing: name), at: QEMUVersion(10, 2, 0))
        #expect(summary.deprecatedIn == nil)
        #expect(summary.deletedIn == nil)
        #expect(summary.status == nil)
    }

    @Test func otherFamiliesFollowIt() {
        #expect(MachineFamily.allCases.filter { !$0.followsLifecycleRule } == [.pcLegacy, .xenfv])
    }
}
