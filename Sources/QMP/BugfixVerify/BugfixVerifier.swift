public import GuestABI

/// `guestabi bugfix verify`: checks what a bugfix plan promised against the binaries a
/// maintainer built from the patched branches (and, optionally, unpatched ones): registration,
/// unchanged base machines, one effective ABI, and real live migrations — between branches on
/// each bugfix machine, to the base machine (refused), and from the base machine to the bugfix
/// one (reported as it really behaves).
public struct BugfixVerifier: Sendable {
    /// A binary given on the command line.
    public struct Given: Sendable, Hashable {
        public var branch: String
        public var path: String

        /// Pairs a branch and a binary.
        public init(branch: String, path: String) {
            self.branch = branch
            self.path = path
        }
    }

    public var plan: BugfixPlan
    /// The patched binaries (`--binary`), one per branch.
    public var binaries: [Given]
    /// Unpatched binaries (`--baseline`), one per branch.
    public var baselines: [Given]
    /// How each live migration runs.
    public var options: LiveMigrationOptions

    /// Describes a verification.
    public init(plan: BugfixPlan, binaries: [Given], baselines: [Given] = [], options: LiveMigrationOptions = .init()) {
        self.plan = plan
        self.binaries = binaries
        self.baselines = baselines
        self.options = options
    }

    /// Runs every check. Throws ``QMPError`` when a binary cannot be probed (bad input);
    /// a migration that goes wrong is a check's evidence, never an error.
    public func run(progress: @Sendable (BugfixVerification.Check) -> Void = { _ in }) async throws -> BugfixVerification {
        var patched: [BugfixStaticChecks.Probed] = []
        for given in binaries {
            patched.append(.init(branch: given.branch, report: try await Self.probe(given.path), baseline: false))
        }
        try await Self.readMissingDefaults(&patched, machines: Set(plan.machines.map(\.name)))
        var unpatched: [BugfixStaticChecks.Probed] = []
        for given in baselines {
            unpatched.append(.init(branch: given.branch, report: try await Self.probe(given.path), baseline: true))
        }
        var checks: [BugfixVerification.Check] = []
        func add(_ new: [BugfixVerification.Check]) {
            for check in new { progress(check) }
            checks += new
        }
        add(BugfixStaticChecks.registration(plan: plan, patched: patched))
        add(BugfixStaticChecks.baseUnchanged(plan: plan, patched: patched, baselines: unpatched))
        add(BugfixStaticChecks.sameABI(plan: plan, patched: patched))
        var seen: Set<String> = []
        for machine in plan.machines where seen.insert(machine.name).inserted {
            let holders = patched.filter { $0.report.machine(named: machine.name) != nil }
            guard !holders.isEmpty else {
                add([.init(kind: .migrates, status: .skipped, subject: machine.name, evidence: ["no binary registers it"])])
                continue
            }
            let devices = Self.devices(for: plan.fix, in: holders.map(\.report))
            let note =
                !devices.isEmpty ? "devices: " + devices.joined(separator: ", ")
                : plan.fix.compat.isEmpty ? "no device: the fix changes no device property"
                : "no device: none of the fix's drivers (\(plan.fix.compat.map(\.driver).joined(separator: ", "))) can be created in every binary"
            // Between every pair of branches both ways; a machine only one binary has migrates to itself.
            let pairs = holders.count == 1 ? [(holders[0], holders[0])] : holders.flatMap { a in holders.filter { $0.branch != a.branch }.map { (a, $0) } }
            for (from, to) in pairs {
                let result = await LiveMigration.run(
                    VerifyCell(machine: machine.name, devices: devices), from: from.report.binary, to: to.report.binary, options: options)
                let holds = result.status == .completed
                add([
                    .init(
                        kind: .migrates, status: holds ? .pass : .fail,
                        subject: "\(machine.name) \(from.branch) → \(to.branch)",
                        evidence: [Self.outcome(result, from: from, to: to), note])
                ])
            }
            // The base machine must refuse it, in every binary that has the base.
            let bases = patched.filter { $0.report.machine(named: machine.base) != nil }
            for from in holders {
                for to in bases {
                    let result = await LiveMigration.run(
                        VerifyCell(machine: machine.name, toMachine: machine.base, devices: devices), from: from.report.binary,
                        to: to.report.binary, options: options)
                    let (status, evidence) = Self.baseRefusal(
                        status: result.status, error: result.error, bugfix: machine.name, base: machine.base, destination: to.label)
                    add([
                        .init(
                            kind: .baseRefuses, status: status, subject: "\(machine.name) → \(machine.base) \(from.branch) → \(to.branch)",
                            evidence: [evidence])
                    ])
                }
            }
            // The prefix case: a VM on the base, a destination started with the bugfix machine.
            for from in bases {
                for to in holders {
                    let result = await LiveMigration.run(
                        VerifyCell(machine: machine.base, toMachine: machine.name, devices: devices), from: from.report.binary,
                        to: to.report.binary, options: options)
                    let accepted = result.status == .completed
                    let changes = (plan.fix.compat.map { "\($0.key) \($0.old) → \($0.new)" } + plan.fix.classFacts.map { "\($0.field) \($0.old) → \($0.new)" })
                        .joined(separator: ", ")
                    add([
                        .init(
                            kind: .namePrefix, status: accepted ? .warn : .pass,
                            subject: "\(machine.base) → \(machine.name) \(from.branch) → \(to.branch)",
                            evidence: [
                                accepted
                                    ? "accepted: \(to.label) compares only a prefix of the received machine name; the VM silently took on the fix (\(changes)). Never start a destination with \(machine.name) for a VM on \(machine.base)"
                                    : "refused: " + (result.error ?? result.status.rawValue)
                            ])
                    ])
                }
            }
        }
        let described =
            patched.map { BugfixVerification.Binary(branch: $0.branch, path: $0.report.binary, qemuVersion: $0.report.qemuVersion, baseline: false) }
            + unpatched.map { BugfixVerification.Binary(branch: $0.branch, path: $0.report.binary, qemuVersion: $0.report.qemuVersion, baseline: true) }
        return BugfixVerification(fix: plan.fix.title, binaries: described, checks: checks)
    }

    /// The drivers of the fix's compat changes that every binary can create (concrete types).
    static func devices(for fix: BugfixFix, in reports: [ProbeReport]) -> [String] {
        var devices: [String] = []
        for driver in fix.compat.map(\.driver) where !devices.contains(driver) {
            let creatable = reports.allSatisfy { report in
                report.types[driver] != nil && !report.abstractTypes.contains(driver)
                    && QOMAncestry.descends(driver, from: "device", parents: report.types)
            }
            if creatable { devices.append(driver) }
        }
        return devices
    }

    /// A line for one migration's outcome.
    /// What a migration from the bugfix machine to a destination started with its base shows:
    /// only a refusal of the machine type's name ("Machine type received is … and local is …")
    /// passes; a destination that failed for another reason (did not start, timed out, a
    /// device's state) shows nothing about the machine type, so the check fails and says why.
    static func baseRefusal(
        status: LiveMigrationResult.Status, error: String?, bugfix: String, base: String, destination: String
    ) -> (BugfixVerification.Status, String) {
        if status == .completed {
            return (.fail, "ACCEPTED: a VM on \(bugfix) now runs on \(base) of \(destination), which lacks the fix")
        }
        let cause = DestinationFailureCause(status: status, error: error)
        if cause.kind == .machineTypeName { return (.pass, "refused: " + (error ?? status.rawValue)) }
        return (.fail, "not shown: the migration failed for another reason (\(cause)), not on the machine type: " + (error ?? status.rawValue))
    }

    static func outcome(_ result: LiveMigrationResult, from: BugfixStaticChecks.Probed, to: BugfixStaticChecks.Probed) -> String {
        let time = result.qemuMilliseconds.map { ", QEMU's total time \($0) ms" } ?? ""
        switch result.status {
        case .completed: return "completed from \(from.label) to \(to.label)\(time)"
        case .failed, .timeout: return "\(result.status.rawValue.uppercased()) from \(from.label) to \(to.label): \(result.error ?? "no error text")"
        }
    }

    /// Probes a binary (no built-in device walk).
    static func probe(_ path: String) async throws -> ProbeReport {
        try await BinaryProbe(binary: path, builtinDevices: false).run()
    }

    /// Each binary's effective table holds only the properties its own compat lists touch: for
    /// the drivers another binary's table of a planned machine names and this one has not read,
    /// asks this binary for their defaults (one more `-machine none` QEMU), so that every row
    /// compares.
    static func readMissingDefaults(_ probed: inout [BugfixStaticChecks.Probed], machines: Set<String>) async throws {
        let wanted = Set(
            probed.flatMap { item in
                item.report.machines.filter { machines.contains($0.name) }.flatMap { $0.effective ?? [] }.map(\.driver)
            })
        for index in probed.indices {
            let report = probed[index].report
            let missing = wanted.filter {
                report.defaults[$0] == nil && report.defaultsUnavailable[$0] == nil && report.types[$0] != nil
                    && !report.abstractTypes.contains($0)
            }
            guard !missing.isEmpty else { continue }
            let outcomes = try await QEMUProcess(binary: report.binary, startupTimeout: .seconds(60)).run { session in
                await PropertyDefaults(clients: [session.client], parents: report.types, abstract: Set(report.abstractTypes)).read(missing)
            }
            for (driver, outcome) in outcomes {
                switch outcome {
                case .values(let values): probed[index].report.defaults[driver] = values
                case .failed(let reason): probed[index].report.defaultsUnavailable[driver] = reason
                }
            }
        }
    }
}
