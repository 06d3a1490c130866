import Testing

/// The state verdicts of issue 11 between 7.2.0 and 10.0.2, against what the lab's binaries did
/// (Benchmarks/data/lab-verify-sweep.json: aarch64 and ppc64 fail both ways, s390x, m68k and
/// x86_64 complete both ways, -nodefaults).
@Suite struct StateVerdictAcceptanceTests {
    func check(_ arguments: [String]) throws -> JSONObject {
        let result = try CLIRunner.run(["check"] + arguments + ["--format", "json"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return try JSONObject(result.stdout)
    }

    func stateReasons(_ json: JSONObject) -> [JSONObject] {
        (json["reasons"]?.array ?? []).filter { $0["kind"]?.string == "migration-state" }
    }

    /// virt's default CPU model is cortex-a15 in both trees (a TCG build's). 10.0.2 → 7.2: the
    /// lab fails on `cpreg_vmstate_array_len` (a longer register list): 10.0.2's cortex-a15
    /// migrates debug registers 7.2.0 defines for no CPU. 7.2 → 10.0.2 fails in the CPU's
    /// post_load ("Operation not permitted"): 7.2.0's cortex-a15 migrates the 32-bit PAR, which
    /// 10.0.2 retypes to an alias for LPAE CPUs (cortex-a15 has LPAE through V7VE). Never blamed
    /// on a table a virt CPU does not define (the PXA SoC's).
    @Test func aarch64Virt7_2() throws {
        let backward = try check(["--from", "10.0.2", "--to", "7.2.0", "--machine", "virt-7.2", "--target", "aarch64"])
        #expect(backward["verdict"]?.string == "incompatible")
        #expect(stateReasons(backward).contains { $0["effect"]?.string == "breaks-migration" && ($0["message"]?.string ?? "").contains("cpreg_vmstate_array_len") })
        let forward = try check(["--from", "7.2.0", "--to", "10.0.2", "--machine", "virt-7.2", "--target", "aarch64"])
        #expect(forward["verdict"]?.string == "incompatible")
        let breaking = stateReasons(forward).filter { $0["effect"]?.string == "breaks-migration" }.compactMap { $0["message"]?.string }
        #expect(breaking.count == 1, "\(breaking)")
        #expect(breaking.allSatisfy { $0.contains("PAR (aa32 cp15 op1=0 crn=7 crm=4 op2=0)") && $0.contains("cortex-a15") && $0.contains("ARM_FEATURE_LPAE") })
        for json in [forward, backward] {
            #expect(stateReasons(json).allSatisfy { !($0["message"]?.string ?? "").contains("pxa") })
        }
    }

    /// 10.0.2 ↔ 10.0.13: every machine type is identical, yet the backported debug-register fix
    /// changes cortex-a15's migrated keys both ways, named with file:line.
    @Test(arguments: [("10.0.2", "10.0.13"), ("10.0.13", "10.0.2")])
    func aarch64Virt10_0AcrossTheStableSeries(from: String, to: String) throws {
        let json = try check(["--from", from, "--to", to, "--machine", "virt-10.0", "--target", "aarch64"])
        #expect(json["verdict"]?.string == "incompatible")
        let breaking = stateReasons(json).filter { $0["effect"]?.string == "breaks-migration" }.compactMap { $0["message"]?.string }
        #expect(breaking.count == 1, "\(breaking)")
        #expect(breaking.first?.contains("DBGDTR_EL0 (aa32 cp14 op1=3 crn=0 crm=5 op2=0) (target/arm/debug_helper.c:990)") == true)
        #expect(breaking.first?.contains("DBGDTRTX (aa32 cp14 op1=0 crn=0 crm=5 op2=0) (target/arm/debug_helper.c:994)") == true)
    }

    /// 7.2 → 10.0.2: the lab's destination fails in the CPU's post_load ("error while loading
    /// state for instance 0x0 of device 'cpu'", -EINVAL): 10.0.2 gives pseries-7.2 the
    /// power9_v2.2 model where 7.2.0 gave power9_v2.0, and 10.0.2's POWER9 match hook refuses a
    /// DD2.0 PVR for a DD2.2 class. The reason names the values, the check and its run-time
    /// condition; backward, 7.2.0's hook accepts the DD2.2 PVR, so no such reason.
    @Test func ppc64Pseries7_2Forward() throws {
        let json = try check(["--from", "7.2.0", "--to", "10.0.2", "--machine", "pseries-7.2"])
        #expect(json["verdict"]?.string == "incompatible")
        let messages = stateReasons(json).filter { $0["effect"]?.string == "breaks-migration" }.compactMap { $0["message"]?.string }
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first.map {
            $0.hasPrefix("cpu-identity power9_v2.0 → power9_v2.2 (vmstate_ppc_cpu) breaks") && $0.contains("env->spr[SPR_PVR] = 0x4e1200")
                && $0.contains("!pvr_match(cpu, env->spr[SPR_PVR])") && $0.contains("target/ppc/machine.c:213") && $0.contains("!(cpu->compat_pvr)")
        } == true, "\(messages)")
        let backward = try check(["--from", "10.0.2", "--to", "7.2.0", "--machine", "pseries-7.2"])
        #expect(stateReasons(backward).allSatisfy { !($0["message"]?.string ?? "").hasPrefix("cpu-identity") })
    }

    /// 10.0.2 → 7.2: the lab's destination says "cpu/slb: incoming version_id 2 is too new for
    /// local version_id 1"; the reason says the same.
    @Test func ppc64Pseries7_2Backward() throws {
        let json = try check(["--from", "10.0.2", "--to", "7.2.0", "--machine", "pseries-7.2"])
        #expect(json["verdict"]?.string == "incompatible")
        let messages = stateReasons(json).filter { $0["effect"]?.string == "breaks-migration" }.compactMap { $0["message"]?.string }
        #expect(messages.contains { $0.contains("cpu/slb") && $0.contains("incoming version_id 2 is too new for local version_id 1") }, "\(messages)")
        // sizeof(target_ulong) resolved for ppc64: the unused buffer that replaced
        // env.reserve_addr is not a layout break of vmstate_ppc_cpu.
        #expect(!messages.contains { $0.hasPrefix("layout cpu ") }, "\(messages)")
    }

    @Test(arguments: [
        ("pc-q35-7.2", "x86_64"), ("pc-i440fx-7.2", "x86_64"), ("s390-ccw-virtio-7.2", "s390x"),
    ])
    func targetsThatMigrateGetNoBreakingStateReason(machine: String, target: String) throws {
        for (from, to) in [("7.2.0", "10.0.2"), ("10.0.2", "7.2.0")] {
            let json = try check(["--from", from, "--to", to, "--machine", machine, "--target", target])
            #expect(stateReasons(json).allSatisfy { $0["effect"]?.string != "breaks-migration" }, "\(from) → \(to) \(machine)")
            #expect(json["verdict"]?.string != "incompatible", "\(from) → \(to) \(machine)")
        }
    }
}

/// `diff` keeps machine statuses to the machine-type ABI and puts the state findings apart;
/// `matrix` judges the same findings by the same rule as `check`.
@Suite struct StateInDiffAndMatrixTests {
    @Test func diffJSONHasTheStateFindingsInAKeyOfTheirOwn() throws {
        let result = try CLIRunner.run(["diff", "10.0.2", "10.0.13", "--target", "aarch64", "--format", "json"])
        #expect(result.status == 0, "machine types are identical: \(result.stderr)")
        let json = try JSONObject(result.stdout)
        #expect(json["machines"]?.array.allSatisfy { $0["status"]?.string == "identical" } == true)
        let findings = json["migrationState"]?["findings"]?.array ?? []
        #expect(findings.contains { $0["kind"]?.string == "register-keys" && ($0["details"]?.array ?? []).contains { ($0.string ?? "").contains("DBGDTR") } })
    }

    @Test func matrixCellsCarryTheStateReasonsCheckGives() throws {
        let result = try CLIRunner.run(["matrix", "--release", "10.0.2", "--release", "10.0.13", "--target", "aarch64", "--format", "csv"])
        #expect(result.status == 1)
        let rows = result.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(",incompatible,migration-state,") }, "\(rows.prefix(3))")
        let ppc = try CLIRunner.run(["matrix", "--release", "10.0.2", "--release", "10.0.13", "--target", "ppc64", "--format", "csv"])
        #expect(ppc.status == 0, "\(ppc.stdout.prefix(400))")
    }
}
