import Foundation
import Testing

/// The seed thread's own case (LP 2131822): 10.1 made `x86_64-cpu.x-arch-cap-always-on` default
/// to `false` and pinned `true` for older machines (`pc_compat_10_0`); 10.0.13 has no such
/// property. The plan, and `lint --branches` of a stable-10.0 backport.
@Suite(.serialized) struct SeedCaseTests {
    static let corpus = FrozenCompatTreeTests.corpus
    static let fix = #"{"title": "i386: arch-capabilities only where the host has them", "compat": [{"driver": "x86_64-cpu", "property": "x-arch-cap-always-on", "old": "true", "new": "false"}]}"#

    /// Bugfix machines for 10.0 only, of the pc families only (the tree pins the driver in
    /// `pc_compat_*` alone): 10.2's machines already have `false`, their default. For 10.0,
    /// which lacks the property, the guidance on the default the backport must give it.
    @Test func thePlanHasTenZeroBugfixMachinesOnlyWithTheBackportDefault() throws {
        let workspace = try BugfixAcceptanceTests.Workspace()
        defer { workspace.remove() }
        let fix = try workspace.file("fix.json", Self.fix)
        let result = try CLIRunner.run(["bugfix", "plan", "--fix", fix, "--master", "11.0", "--branches", "10.0,10.2", "--format", "json"])
        let plan = try JSONObject(result.stdout)
        #expect(plan["machines"]?.array.compactMap { $0["name"]?.string }.sorted() == ["pc-i440fx-10.0.14", "pc-q35-10.0.14"], "\(result.stderr)")
        let policy = plan["policy"]?.array ?? []
        let backport = try #require(policy.first { $0["rule"]?.string == "backport-default" })
        #expect(backport["verdict"]?.string == "warn")
        let advice = backport["message"]?.string ?? ""
        #expect(advice.contains("10.0.13") && advice.contains("x86_64-cpu.x-arch-cap-always-on") && advice.contains("old value `true` as its default"))
        let skipped = policy.filter { $0["rule"]?.string == "fix-values" }.compactMap { $0["message"]?.string }
        #expect(skipped.contains { $0.contains("no bugfix machine for pc-q35-10.2") && $0.contains("target/i386/cpu.c:") })
        #expect(skipped.contains { $0.contains("no bugfix machine for pc-i440fx-10.2") })
    }

    /// A 10.0.13 copy with the property backported: with default `false` every existing pc
    /// machine's effective value flips against 10.2.2's pin, and lint fails naming the
    /// default's line; with default `true` (the old behaviour) it passes.
    @Test(arguments: [false, true])
    func lintOfTheBackportChecksTheDefaultAgainstTheNewerBranch(keepsOldBehaviour: Bool) throws {
        let anchor = "    DEFINE_PROP_BOOL(\"x-vendor-cpuid-only\", X86CPU, vendor_cpuid_only, true),\n"
        let backport = anchor + "    DEFINE_PROP_BOOL(\"x-arch-cap-always-on\", X86CPU,\n                     arch_cap_always_on, \(keepsOldBehaviour)),\n"
        let tree = try FrozenCompatTreeTests.patchedCopy(of: "10.0.13", edits: ["target/i386/cpu.c": [(anchor, backport)]])
        defer { try? FileManager.default.removeItem(at: tree) }
        let result = try CLIRunner.run([
            "lint", tree.path, "--base", "\(Self.corpus)/10.0.13", "--branches", "10.2=10.2.2", "--format", "json",
        ])
        let findings = try JSONObject(result.stdout).array
        let mismatch = findings.filter { $0["ruleID"]?.string == "GA011" }
        if keepsOldBehaviour {
            #expect(mismatch.isEmpty, "\(result.stdout)")
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        } else {
            #expect(result.status == 1)
            let finding = try #require(mismatch.first)
            #expect(finding["location"]?["file"]?.string == "target/i386/cpu.c")
            let message = finding["message"]?.string ?? ""
            #expect(message.contains("pc-q35-10.0") || message.contains("more differ"))
            #expect(message.contains("x-arch-cap-always-on") && message.contains("its default is false"))
        }
    }
}
