import Foundation
import GuestABI
import QMP
import Testing

/// `bugfix verify` on real binaries. The default suite runs it on the lab's unpatched 10.0.2
/// binary, which registers none of the planned machines: the plan does not hold, and the report
/// says where. With binaries built by `scripts/build-patched-qemu.sh` (GUESTABI_BUGFIX_PLAN: the
/// plan; GUESTABI_BUGFIX_BINARIES: `BRANCH=QEMU,…`; GUESTABI_BUGFIX_BASELINES likewise,
/// optional), every check must hold; `.ci/run` sets them with GUESTABI_REAL_BUILD=1.
@Suite(.serialized) struct BugfixVerifierTests {
    static let lab = LabBinary.binary(LabBinary.newer, .x86_64)
    static let environment = ProcessInfo.processInfo.environment

    @Test(.installed(lab)) func anUnpatchedBinaryFailsWithTheMachinesItLacks() async throws {
        let plan = try BugfixVerifyPlans.decode(BugfixVerifyPlans.aer)
        let verification = try await BugfixVerifier(plan: plan, binaries: [.init(branch: "10.0", path: Self.lab.path)]).run()
        #expect(!verification.holds)
        #expect(verification.binaries.map(\.qemuVersion) == [LabBinary.newer.reported])
        let registered = try #require(verification.checks.first { $0.kind == .registered })
        #expect(registered.status == .fail)
        #expect(registered.subject == "pc-q35-10.0.14")
        #expect(registered.evidence.contains { $0.hasPrefix("NOT registered by 10.0 (QEMU 10.0.2) although the plan defines it there") })
        // Nothing else can be checked on a machine no binary has; said so, not passed.
        for kind in [BugfixVerification.Kind.sameABI, .migrates] {
            #expect(verification.checks.filter { $0.kind == kind }.map(\.status) == [.skipped])
        }
        #expect(!verification.checks.contains { $0.status == .pass })
    }

    static func given(_ variable: String) -> [BugfixVerifier.Given] {
        (environment[variable] ?? "").split(separator: ",").compactMap { item -> BugfixVerifier.Given? in
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return BugfixVerifier.Given(branch: String(parts[0]), path: String(parts[1]))
        }
    }

    @Test(.enabled(
        if: environment["GUESTABI_BUGFIX_PLAN"] != nil && environment["GUESTABI_BUGFIX_BINARIES"] != nil,
        "set GUESTABI_BUGFIX_PLAN and GUESTABI_BUGFIX_BINARIES (BRANCH=QEMU,…) to binaries built by scripts/build-patched-qemu.sh"))
    func theBinariesBuiltFromThePlanKeepItsPromises() async throws {
        let path = try #require(Self.environment["GUESTABI_BUGFIX_PLAN"])
        let plan = try JSONDecoder().decode(BugfixPlan.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        let verification = try await BugfixVerifier(
            plan: plan, binaries: Self.given("GUESTABI_BUGFIX_BINARIES"), baselines: Self.given("GUESTABI_BUGFIX_BASELINES")
        ).run()
        let failed = verification.checks.filter { $0.status == BugfixVerification.Status.fail }
        #expect(failed.isEmpty, "\(failed)")
        #expect(verification.holds)
        // Every kind of check ran on something.
        for kind in [BugfixVerification.Kind.registered, .sameABI, .migrates, .baseRefuses, .namePrefix] {
            #expect(verification.checks.contains { $0.kind == kind && $0.status != BugfixVerification.Status.skipped }, "\(kind)")
        }
    }
}

/// The one bugfix machine shipped QEMU has (`pc-q35-4.0.1`, a class fact), verified on the lab's
/// 10.0.2 binary as if it were the plan's: registered, it migrates, its base refuses it, and
/// the prefix case is reported as that binary behaves (accepted: a warning, not a failure).
@Suite(.serialized) struct BugfixVerifierLabTests {
    static let plan = """
        {"fix": {"title": "q35: irqchip split off", "compat": [], "classFacts": [{"field": "default_kernel_irqchip_split", "old": "true", "new": "false"}]},
         "master": "4.1.0", "branches": {"4.0": "4.0.1"},
         "machines": [{"name": "pc-q35-4.0.1", "family": "pc-q35", "target": "x86_64", "branch": "4.0", "version": "4.0.1",
                       "base": "pc-q35-4.0", "before": "pc-q35-4.1", "definedIn": ["4.0", "master"], "abiFrom": "4.0.0",
                       "abi": {}, "classFacts": {"default_kernel_irqchip_split": "false"}}],
         "holes": [], "releaseOrder": ["4.1.0", "4.0.1"], "policy": []}
        """

    @Test(.installed(BugfixVerifierTests.lab)) func thePrefixCaseIsReportedAsTheBinaryBehaves() async throws {
        let plan = try BugfixVerifyPlans.decode(Self.plan)
        let verification = try await BugfixVerifier(
            plan: plan, binaries: [.init(branch: "master", path: BugfixVerifierTests.lab.path)]
        ).run()
        #expect(verification.holds)
        let statuses = Dictionary(verification.checks.map { ($0.kind, $0.status) }, uniquingKeysWith: { $1 })
        #expect(statuses == [.registered: .pass, .sameABI: .pass, .migrates: .pass, .baseRefuses: .pass, .namePrefix: .warn])
        let refused = try #require(verification.checks.first { $0.kind == .baseRefuses })
        #expect(refused.evidence.contains { $0.contains("Machine type received is 'pc-q35-4.0.1' and local is 'pc-q35-4.0'") })
        let prefix = try #require(verification.checks.first { $0.kind == .namePrefix })
        #expect(prefix.evidence.contains { $0.hasPrefix("accepted: master (QEMU 10.0.2) compares only a prefix") })
    }
}
