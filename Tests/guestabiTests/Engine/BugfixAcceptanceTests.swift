import Foundation
import Testing

/// `bugfix plan` → `bugfix generate` → `git apply` → `extract`/`diff`/`check`/`lint` on copies of
/// the real 10.0.13 and 10.2.2 trees: the acceptance the bugfix issue asks for, for pc-q35,
/// pc-i440fx, aarch64 virt, s390x ccw and ppc64 pseries.
@Suite(.serialized) struct BugfixAcceptanceTests {
    static let corpus = TestEnvironment.corpus
    static let families = ["pc-q35", "pc-i440fx", "arm-virt", "s390-ccw-virtio", "pseries"]

    struct Workspace {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-bugfix-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        func file(_ name: String, _ text: String) throws -> String {
            let url = root.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }

        /// A copy of a corpus tree with the plan's patch for `branch` applied.
        func patchedTree(_ release: String, branch: String, plan: String) throws -> (tree: String, patch: String) {
            let tree = root.appendingPathComponent("\(release)-\(branch)").path
            try FileManager.default.copyItem(atPath: "\(BugfixAcceptanceTests.corpus)/\(release)", toPath: tree)
            let patch = root.appendingPathComponent("\(branch).patch").path
            let generated = try CLIRunner.run(["bugfix", "generate", "--plan", plan, "--tree", tree, "--branch", branch, "-o", patch])
            #expect(generated.status == 0, "\(generated.stderr)")
            #expect(try git(["apply", "--check", patch], in: tree).status == 0)
            #expect(try git(["apply", patch], in: tree).status == 0)
            return (tree, try String(contentsOfFile: patch, encoding: .utf8))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func git(_ arguments: [String], in directory: String) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Extracts `tree` once into a registry file next to it.
    static func registry(of tree: String) throws -> String {
        let result = try CLIRunner.run(["extract", tree, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let path = tree + ".json"
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Each machine's effective compat values and class facts in a registry file.
    static func machines(of registry: String) throws -> [String: (compat: [String: (String, String)], facts: [String: (String, String)], alias: String?, isDefault: Bool, registered: Bool)] {
        let result = CLIRunner.Result(status: 0, stdout: try String(contentsOfFile: registry, encoding: .utf8), stderr: "")
        var machines: [String: (compat: [String: (String, String)], facts: [String: (String, String)], alias: String?, isDefault: Bool, registered: Bool)] = [:]
        for machine in try JSONObject(result.stdout)["machines"]?.array ?? [] {
            var compat: [String: (String, String)] = [:]
            for entry in machine["compat"]?.array ?? [] {
                compat["\(entry["driver"]!.string!).\(entry["property"]!.string!)"] = (entry["value"]!.string!, entry["source"]!.string!)
            }
            var facts: [String: (String, String)] = [:]
            for fact in machine["classFacts"]?.array ?? [] { facts[fact["field"]!.string!] = (fact["value"]!.string!, fact["source"]!.string!) }
            let key = "\(machine["target"]!.string!)/\(machine["name"]!.string!)"
            machines[key] = (compat, facts, machine["alias"]?.string, (machine["isDefault"]?.value as? Bool) ?? false, (machine["registered"]?.value as? Bool) ?? false)
        }
        return machines
    }

    @Test func plansGeneratesAndVerifiesOnTheRealTrees() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fix = try workspace.file(
            "fix.json",
            #"{"title": "virtio-net: announce the fixed offload", "compat": [{"driver": "virtio-net-pci", "property": "x-guestabi-fix", "old": "off", "new": "on"}], "classFacts": [{"field": "default_kernel_irqchip_split", "old": "true", "new": "false"}]}"#)
        let planned = try CLIRunner.run(
            ["bugfix", "plan", "--fix", fix, "--master", "11.0", "--branches", "10.0,10.1,10.2", "--stable-release", "10.0=10.0.13",
             "--stable-release", "10.1=10.1.4", "--format", "json"] + Self.families.flatMap { ["--family", $0] })
        #expect(planned.status == 0, "\(planned.stderr)")
        let planPath = try workspace.file("plan.json", planned.stdout)
        let plan = try JSONObject(planned.stdout)
        let planMachines = plan["machines"]?.array ?? []
        #expect(planMachines.count == 15)
        let names: Set<String> = Set(planMachines.compactMap { $0["name"]?.string })
        #expect(names.isSuperset(of: ["pc-q35-10.0.14", "pc-i440fx-10.1.5", "virt-10.2.3", "s390-ccw-virtio-10.0.14", "pseries-10.2.3"]))

        let trees = [("10.0.13", "10.0"), ("10.2.2", "master"), ("10.2.2", "10.2")]
        var patched: [String: String] = [:]
        var registries: [String: String] = [:]
        for (release, branch) in trees {
            let (tree, patch) = try workspace.patchedTree(release, branch: branch, plan: planPath)
            patched[branch] = tree
            registries[branch] = try Self.registry(of: tree)
            #expect(patch.contains("_BUGFIX"))
            let extracted = try Self.machines(of: registries[branch]!)
            let originalListing = try JSONObject(try CLIRunner.run(["diff", release, release, "--format", "json"]).stdout)
            let original = originalListing["machines"]?.array ?? []
            let expected = planMachines.filter { ($0["definedIn"]?.array ?? []).contains { $0.string == branch } }
            for machine in expected {
                let name = machine["name"]!.string!
                let key = "\(machine["target"]!.string!)/\(name)"
                let actual = try #require(extracted[key], "\(branch): \(name) not extracted")
                #expect(actual.registered)
                let abi = (machine["abi"]?.value as? [String: String]) ?? [:]
                let facts = (machine["classFacts"]?.value as? [String: String]) ?? [:]
                let base = MachineBase(name: name)
                if machine["abiFrom"]?.string == release {
                    // Defined where its base ABI was read: exactly the planned ABI.
                    #expect(actual.compat.mapValues(\.0) == abi, "\(branch): \(name)")
                    #expect(actual.facts.mapValues(\.0) == facts, "\(branch): \(name)")
                } else {
                    // In a newer tree: the planned values, plus pins of defaults changed after its X.Y.
                    for (subject, value) in abi { #expect(actual.compat[subject]?.0 == value, "\(branch): \(name) \(subject)") }
                    for (subject, setting) in actual.compat where abi[subject] != setting.0 {
                        #expect(base.isPinAfterBase(origin: setting.1), "\(branch): \(name) \(subject) from \(setting.1)")
                    }
                }
                #expect(actual.compat["virtio-net-pci.x-guestabi-fix"]?.0 == "on")
                #expect(actual.facts["default_kernel_irqchip_split"]?.0 == "false")
            }
            // Every pre-existing machine keeps its ABI: diff reports only the added machines.
            let diff = try JSONObject(try CLIRunner.run(["diff", release, registries[branch]!, "--format", "json"]).stdout)
            let statuses = (diff["machines"]?.array ?? []).map { ($0["name"]?.string ?? "", $0["status"]?.string ?? "") }
            #expect(statuses.filter { $0.1 == "added" }.count == expected.count)
            #expect(statuses.allSatisfy { $0.1 == "identical" || $0.1 == "added" }, "\(statuses.filter { $0.1 != "identical" && $0.1 != "added" })")
            #expect(original.count + expected.count == extracted.values.filter(\.registered).count)
        }

        // In its own branch the bugfix machine becomes the latest: alias and default move.
        let branch10 = try Self.machines(of: registries["10.0"]!)
        #expect(branch10["x86_64/pc-q35-10.0.14"]?.alias == "q35")
        #expect(branch10["x86_64/pc-q35-10.0"]?.alias == nil)
        #expect(branch10["x86_64/pc-i440fx-10.0.14"]?.isDefault == true)
        #expect(branch10["x86_64/pc-i440fx-10.0"]?.isDefault == false)
        let master = try Self.machines(of: registries["master"]!)
        #expect(master["x86_64/pc-q35-10.2"]?.alias == "q35")

        // The branches agree on every bugfix machine they share: no machine-type ABI reason has
        // an effect, and the migration state (the target's CPU, read from the trees, the same
        // for every machine of the target) gives exactly the findings the base machine gets.
        func expectSameABI(_ name: String, target: String, from: String, to: String) throws {
            let base = String(name[..<name.lastIndex(of: ".")!])
            let bugfix = try JSONObject(try CLIRunner.run(["check", "--from", from, "--to", to, "--machine", name, "--target", target, "--format", "json"]).stdout)
            let baseCheck = try JSONObject(try CLIRunner.run(["check", "--from", from, "--to", to, "--machine", base, "--target", target, "--format", "json"]).stdout)
            let reasons = { (check: JSONObject) in
                (check["reasons"]?.array ?? []).map { ($0["kind"]?.string ?? "", $0["effect"]?.string ?? "", $0["message"]?.string ?? "") }
            }
            let abi = reasons(bugfix).filter { $0.0 != "migration-state" }
            #expect(abi.allSatisfy { $0.1 == "none" }, "\(name) \(from) → \(to): \(abi.filter { $0.1 != "none" })")
            let state = { (check: JSONObject) in reasons(check).filter { $0.0 == "migration-state" }.map { "\($0.1) \($0.2)" } }
            #expect(state(bugfix) == state(baseCheck), "\(name) vs \(base) \(from) → \(to)")
            if state(bugfix).isEmpty { #expect(bugfix["verdict"]?.string == "compatible", "\(name) \(from) → \(to)") }
        }
        for name in ["pc-q35-10.0.14", "pc-i440fx-10.0.14", "virt-10.0.14", "s390-ccw-virtio-10.0.14", "pseries-10.0.14"] {
            let target = name.hasPrefix("virt") ? "aarch64" : name.hasPrefix("s390") ? "s390x" : name.hasPrefix("pseries") ? "ppc64" : "x86_64"
            for destination in ["master", "10.2"] {
                try expectSameABI(name, target: target, from: registries["10.0"]!, to: registries[destination]!)
            }
        }
        for name in ["pc-q35-10.2.3", "virt-10.2.3"] {
            let target = name.hasPrefix("virt") ? "aarch64" : "x86_64"
            try expectSameABI(name, target: target, from: registries["10.2"]!, to: registries["master"]!)
        }

        // lint: master carrying the machines, with a check that compares only a prefix of the
        // machine name, fails the gate on each bugfix machine that extends its base's name...
        let prefixOnly = try CLIRunner.run(
            ["lint", patched["master"]!, "--branches", "10.0=\(patched["10.0"]!),10.2=\(patched["10.2"]!)", "--format", "json"])
        #expect(prefixOnly.status == 1, "\(prefixOnly.stdout)")
        let hazards = try JSONObject(prefixOnly.stdout).array.filter { $0["ruleID"]?.string == "GA009" }
        // One per base name a bugfix machine extends: 5 families × 3 branches.
        #expect(hazards.count == 15, "\(hazards.compactMap { $0["message"]?.string })")
        #expect(hazards.allSatisfy { $0["location"]?["file"]?.string == "migration/savevm.c" })
        #expect(hazards.contains { $0["message"]?.string?.contains("a VM on pc-q35-10.0 (x86_64) is accepted by a destination started with pc-q35-10.0.14") == true })
        // ...and passes against the 10.0 branch once the name-check fix is applied too.
        let companion = workspace.root.appendingPathComponent("master-with-name-check.patch").path
        let generated = try CLIRunner.run(
            ["bugfix", "generate", "--plan", planPath, "--tree", "\(Self.corpus)/10.2.2", "--branch", "master", "--with-name-check-fix", "-o", companion])
        #expect(generated.status == 0, "\(generated.stderr)")
        let nameCheckPatch = workspace.root.appendingPathComponent("master-with-name-check.name-check.patch").path
        #expect(try Self.git(["apply", nameCheckPatch], in: patched["master"]!).status == 0)
        let clean = try CLIRunner.run(["lint", patched["master"]!, "--branches", "10.0=\(patched["10.0"]!),10.2=\(patched["10.2"]!)"])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(!clean.stdout.contains("GA009"))
        let lacking = try CLIRunner.run(["lint", "\(Self.corpus)/10.2.2", "--branches", "10.0=\(patched["10.0"]!)", "--format", "json"])
        #expect(lacking.status == 1)
        let rules = try JSONObject(lacking.stdout).array.compactMap { $0["ruleID"]?.string }
        #expect(rules.filter { $0 == "GA005" }.count == 5)
    }

    @Test(arguments: [
        (#"{"title": "x", "compat": [], "tag": "sxxm"}"#, "unknown key"),
        (#"{"title": "x"}"#, "changes nothing"),
        (#"{"title": "x", "compat": [{"driver": "d", "property": "p", "old": "on", "new": "on"}]}"#, "old and new are both"),
        ("{not json", "not valid JSON"),
    ])
    func badFixesExitTwo(json: String, message: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fix = try workspace.file("fix.json", json)
        let result = try CLIRunner.run(["bugfix", "plan", "--fix", fix, "--master", "11.0", "--branches", "10.0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(fix))
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func generateRefusesAPlanThePolicyRefusesUnlessForced() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Master 10.2.2 pins none of the fix's old values for older machines: the fix changes
        // no guest ABI there, so the policy refuses a bugfix machine (abi-change).
        let fix = try workspace.file("fix.json", #"{"title": "x", "compat": [{"driver": "virtio-net-pci", "property": "aer", "old": "off", "new": "on"}]}"#)
        let plan = try CLIRunner.run(["bugfix", "plan", "--fix", fix, "--master", "10.2", "--branches", "10.0", "--family", "pc-q35", "--format", "json"])
        #expect(plan.status == 1)
        #expect(try JSONObject(plan.stdout)["verdict"]?.string == "refuse")
        let path = try workspace.file("plan.json", plan.stdout)
        let refused = try CLIRunner.run(["bugfix", "generate", "--plan", path, "--tree", "\(Self.corpus)/10.0.13", "--branch", "10.0"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("abi-change"))
        #expect(refused.stdout.isEmpty)
        let forced = try CLIRunner.run(["bugfix", "generate", "--plan", path, "--tree", "\(Self.corpus)/10.0.13", "--branch", "10.0", "--force"])
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("DEFINE_Q35_MACHINE_BUGFIX_AS_LATEST(10, 0, 14)"))
    }

    /// A base that already has the fixed value gets no bugfix machine; when every base has it,
    /// the plan is refused (nothing to plan).
    @Test func aBaseThatAlreadyHasTheFixGetsNoBugfixMachine() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // pc-q35-10.2 already has default_kernel_irqchip_split = false.
        let fix = try workspace.file("fix.json", #"{"title": "x", "classFacts": [{"field": "default_kernel_irqchip_split", "old": "true", "new": "false"}]}"#)
        let plan = try CLIRunner.run(["bugfix", "plan", "--fix", fix, "--master", "11.0", "--branches", "10.2", "--family", "pc-q35", "--format", "json"])
        #expect(plan.status == 1)
        let json = try JSONObject(plan.stdout)
        #expect(json["verdict"]?.string == "refuse")
        #expect(json["machines"]?.array.isEmpty == true)
        let messages = json["policy"]?.array.filter { $0["rule"]?.string == "fix-values" }.compactMap { $0["message"]?.string } ?? []
        #expect(messages.contains { $0.contains("no bugfix machine for pc-q35-10.2") })
        #expect(messages.contains { $0.contains("every base machine already has the fixed values") })
    }

    @Test func generateRefusesABranchThePlanDoesNotCover() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fix = try workspace.file("fix.json", #"{"title": "x", "compat": [{"driver": "virtio-net-pci", "property": "x-a", "old": "off", "new": "on"}]}"#)
        let plan = try CLIRunner.run(["bugfix", "plan", "--fix", fix, "--master", "11.0", "--branches", "10.2", "--family", "pc-q35", "--format", "json"])
        let path = try workspace.file("plan.json", plan.stdout)
        let result = try CLIRunner.run(["bugfix", "generate", "--plan", path, "--tree", "\(Self.corpus)/10.0.13", "--branch", "10.0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("adds no machine to this branch"))
    }
}

/// The bugfix version of a machine name, to tell pins from other entries.
private struct MachineBase {
    let major: Int
    let minor: Int

    init(name: String) {
        let version = name.split(separator: "-").last!.split(separator: ".").compactMap { Int($0) }
        major = version[0]
        minor = version[1]
    }

    /// True when `origin` (`hw_compat_10_1`, `pc_q35_machine_10_0_14_options`) is named for
    /// this machine's X.Y or later.
    func isPinAfterBase(origin: String) -> Bool {
        let numbers = origin.split(separator: "_").compactMap { Int($0) }
        guard numbers.count >= 2 else { return false }
        return (numbers[0], numbers[1]) >= (major, minor)
    }
}
