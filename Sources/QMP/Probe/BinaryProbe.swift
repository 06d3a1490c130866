public import GuestABI
import Foundation
import SystemPackage
import Subprocess

/// Probes one QEMU binary for `guestabi probe`: one QEMU with `-machine none` answers the
/// version, machines, compat lists and QOM types, and shares the property-default reads with
/// up to ``jobs`` − 1 more (started while it answers); then one paused QEMU per machine (at most
/// ``jobs`` at a time) gives each machine's built-in devices.
public struct BinaryProbe: Sendable {
    /// The binary.
    public var binary: String
    /// Walk each machine's built-in devices (the slow part: one QEMU per machine).
    public var builtinDevices: Bool
    /// Only these machines (names or aliases) get their built-in devices walked and are listed;
    /// empty for all.
    public var machines: [String]
    /// How many QEMUs run at once for the property defaults (at most four) and the built-in
    /// device walks.
    public var jobs: Int
    /// Where to write the binary's `-dump-vmstate` output, if anywhere.
    public var vmstateDirectory: String?
    /// Timeouts for each QEMU.
    public var startupTimeout: Duration
    public var commandTimeout: Duration

    /// Describes a probe.
    public init(
        binary: String, builtinDevices: Bool = true, machines: [String] = [], jobs: Int? = nil,
        vmstateDirectory: String? = nil, startupTimeout: Duration = .seconds(60), commandTimeout: Duration = .seconds(60)
    ) {
        self.binary = binary
        self.builtinDevices = builtinDevices
        self.machines = machines
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.vmstateDirectory = vmstateDirectory
        self.startupTimeout = startupTimeout
        self.commandTimeout = commandTimeout
    }

    /// The file `-dump-vmstate` writes inside ``vmstateDirectory``: `qemu-system-x86_64-10.0.2.json`.
    public static func vmstateFileName(binary: String, version: QEMUVersion) -> String {
        "\(FilePath(binary).lastComponent?.string ?? "qemu")-\(version).json"
    }

    /// How long the probe's phases took.
    public struct Timings: Sendable, Hashable {
        /// The `-machine none` QEMU: version, machines, types, defaults, effective ABI.
        public var table: Duration = .zero
        /// The built-in device walks (one QEMU per machine, ``jobs`` at a time).
        public var builtinDevices: Duration = .zero
        /// How many machines were walked.
        public var machinesWalked = 0
        /// The concurrency used.
        public var jobs = 1
    }

    /// Runs the probe.
    public func run() async throws -> ProbeReport {
        try await runTimed().report
    }

    /// Runs the probe and says how long each phase took.
    public func runTimed() async throws -> (report: ProbeReport, timings: Timings) {
        let clock = ContinuousClock()
        var timings = Timings(jobs: jobs)
        let started = clock.now
        var report = try await QEMUProcess(
            binary: binary, startupTimeout: startupTimeout, commandTimeout: commandTimeout
        ).run { session in
            // The first questions go to this QEMU while the helpers start.
            let client = session.client
            let first = Task { try await firstAnswers(using: client) }
            defer { first.cancel() }
            // A binary without compat lists (before 9.1) has no defaults to read: no helpers.
            let helpers = MachineProbe.supportsCompatProps(client.greeting.version) ? helperCount : 0
            return try await withHelperSessions(count: helpers, [client]) { clients in
                try await table(first: try await first.value, clients: clients)
            }
        }
        timings.table = clock.now - started
        if !machines.isEmpty {
            let wanted = Set(machines)
            let unknown = wanted.filter { name in !report.machines.contains { $0.name == name || $0.alias == name } }
            if let name = unknown.sorted().first {
                throw QMPError(
                    .commandFailed, subject: binary, reason: "no machine type '\(name)'",
                    hint: "'\(binary) -machine help' lists the machine types of this binary")
            }
            report.machines.removeAll { !wanted.contains($0.name) && !wanted.contains($0.alias ?? "") }
        }
        let version = report.qemuVersion
        async let dumped: Void = dumpVMState(version: version)
        if builtinDevices {
            let walkStarted = clock.now
            defer {
                timings.builtinDevices = clock.now - walkStarted
                timings.machinesWalked = report.machines.count
            }
            let walked = await walkBuiltinDevices(report.machines.map(\.name), parents: report.types)
            for index in report.machines.indices {
                switch walked[report.machines[index].name] {
                case .success(let devices)?: report.machines[index].builtinDevices = devices
                case .failure(let error)?: report.machines[index].builtinDevicesError = "\(error)"
                case nil: break
                }
            }
        }
        try await dumped
        return (report, timings)
    }

    // MARK: - Steps

    /// How many more `-machine none` QEMUs share the property-default reads with the first
    /// (``jobs`` QEMUs in all, at most four: the reads are a few hundred commands).
    public var helperCount: Int { min(jobs, 4) - 1 }

    /// Starts `count` more `-machine none` QEMUs, one after the other, and runs `body` with
    /// every session's client (`clients` first); they all stop when `body` returns. A helper
    /// that fails to start is left out: the others share its reads (the first QEMU already
    /// answered, so the binary works; a helper lost to a busy machine only costs time).
    private func withHelperSessions<Result: Sendable>(
        count: Int, _ clients: [QMPClient], body: ([QMPClient]) async throws -> Result
    ) async throws -> Result {
        guard count > 0 else { return try await body(clients) }
        var started = false
        do {
            return try await QEMUProcess(
                binary: binary, startupTimeout: startupTimeout, commandTimeout: commandTimeout
            ).run { session in
                started = true
                return try await withHelperSessions(count: count - 1, clients + [session.client], body: body)
            }
        } catch where !started && !(error is CancellationError) {
            return try await withHelperSessions(count: count - 1, clients, body: body)
        }
    }

    /// What the first QEMU answers before the defaults are read: its greeting, machines and
    /// QOM types, and the concrete types each compat driver reaches.
    struct FirstAnswers: Sendable {
        var greeting: QMPGreeting
        var machines: [ProbedMachine]
        var types: QOMTypeList
        var implementations: [String: [String]]
    }

    private func firstAnswers(using client: QMPClient) async throws -> FirstAnswers {
        let greeting = client.greeting
        let compatProps = MachineProbe.supportsCompatProps(greeting.version)
        async let probedMachines = MachineProbe.queryMachines(using: client, compatProps: compatProps)
        async let typeList = client.execute("qom-list-types", arguments: ["abstract": true])
        let (machines, typeReply) = try await (probedMachines, typeList)
        let types = QOMTypeList(typeReply)
        let compatDrivers = Set(machines.flatMap { $0.compatProps ?? [] }.map(\.driver)).intersection(types.known)
        // A class's implementations are its concrete subtypes, which the type list already
        // gives; only an interface's implementers need QEMU (`qom-list-types implements=`).
        let interfaces = compatDrivers.filter { QOMAncestry.descends($0, from: Self.interfaceType, parents: types.parents) }
        var implementations = try await Self.implementations(of: interfaces, using: client)
        for (driver, subtypes) in types.concreteSubtypes(of: compatDrivers.subtracting(interfaces)) {
            implementations[driver] = subtypes
        }
        return FirstAnswers(greeting: greeting, machines: machines, types: types, implementations: implementations)
    }

    /// QEMU's root of interface types (`TYPE_INTERFACE`).
    static let interfaceType = "interface"

    /// Everything the `-machine none` QEMUs answer.
    private func table(first: FirstAnswers, clients: [QMPClient]) async throws -> ProbeReport {
        let greeting = first.greeting
        let machines = first.machines
        let (known, parents, abstract) = (first.types.known, first.types.parents, first.types.abstract)
        let available = machines.allSatisfy { $0.compatProps != nil }
        let implementations = first.implementations
        func reached(_ driver: String) -> [String] {
            known.contains(driver) ? implementations[driver] ?? [] : [driver]
        }
        var rows: Set<EffectiveKey> = []
        for machine in machines {
            for entry in machine.compatProps ?? [] {
                for driver in reached(entry.driver) { rows.insert(EffectiveKey(driver: driver, property: entry.property)) }
            }
        }
        let concrete = Set(rows.map(\.driver)).intersection(known)
        var needed: [String: Set<String>] = [:]
        for row in rows { needed[row.driver, default: []].insert(row.property) }
        let outcomes = await PropertyDefaults(clients: clients, parents: parents, abstract: abstract, needed: needed)
            .read(concrete)
        var defaults: [String: [String: String?]] = [:]
        var unavailable: [String: String] = [:]
        for (driver, outcome) in outcomes {
            switch outcome {
            case .values(let values): defaults[driver] = values
            case .failed(let reason): unavailable[driver] = reason
            }
        }
        // The default cells are the same for every machine: made once; each machine's row then
        // differs only where its compat entries override a value (found by row index).
        let sortedRows = rows.sorted()
        let defaultCells = sortedRows.map { Self.defaultCell($0, known: known, defaults: defaults, unavailable: unavailable) }
        let rowIndex = Dictionary(uniqueKeysWithValues: sortedRows.enumerated().map { ($1, $0) })
        var reachedCache: [String: [String]] = [:]
        for driver in Set(machines.flatMap { $0.compatProps ?? [] }.map(\.driver)) { reachedCache[driver] = reached(driver) }
        let entries = machines.map { machine in
            let compat = machine.compatProps.map { list in
                list.map {
                    CompatProperty(
                        driver: $0.driver, property: $0.property, value: $0.value,
                        source: Provenance(origin: "query-machines"))
                }
            }
            var entry = ProbeReport.Machine(
                name: machine.name, alias: machine.alias, isDefault: machine.isDefault, deprecated: machine.deprecated,
                compat: compat)
            if let list = machine.compatProps {
                var cells = defaultCells
                for item in list {
                    for driver in reachedCache[item.driver] ?? [] {
                        guard let index = rowIndex[EffectiveKey(driver: driver, property: item.property)] else { continue }
                        // In application order: a later entry wins.
                        cells[index] = EffectiveProperty(
                            driver: driver, property: item.property, value: item.value, origin: .compat)
                    }
                }
                entry.effective = cells
            } else {
                entry.effectiveUnknown =
                    "QEMU \(greeting.version) cannot report compat properties (query-machines has compat-props from "
                    + "\(MachineProbe.firstVersionWithCompatProps)): which properties this machine overrides, and to "
                    + "what, is not known from the binary; use the sources tier (check/diff --from \(greeting.version.major).\(greeting.version.minor)...)"
            }
            return entry
        }
        return ProbeReport(
            binary: binary, qemuVersion: greeting.version, package: greeting.package, compatPropsAvailable: available,
            machines: entries, types: parents, abstractTypes: abstract.sorted(), defaults: defaults,
            defaultsUnavailable: unavailable)
    }

    static func defaultCell(
        _ key: EffectiveKey, known: Set<String>, defaults: [String: [String: String?]], unavailable: [String: String]
    ) -> EffectiveProperty {
        guard known.contains(key.driver) else {
            return EffectiveProperty(driver: key.driver, property: key.property, value: nil, origin: .unknownDriver)
        }
        guard let values = defaults[key.driver] else {
            return EffectiveProperty(driver: key.driver, property: key.property, value: nil, origin: .unavailable)
        }
        guard let value = values[key.property] else {
            return EffectiveProperty(driver: key.driver, property: key.property, value: nil, origin: .unknownProperty)
        }
        guard let value else {
            return EffectiveProperty(driver: key.driver, property: key.property, value: nil, origin: .noDefault)
        }
        return EffectiveProperty(driver: key.driver, property: key.property, value: value, origin: .default)
    }

    /// The concrete types each driver reaches (`qom-list-types implements=`, which follows
    /// interfaces too), asked concurrently.
    static func implementations(of drivers: Set<String>, using client: QMPClient) async throws -> [String: [String]] {
        try await withThrowingTaskGroup(of: (String, [String]).self) { group in
            for driver in drivers {
                group.addTask {
                    let reply = try await client.execute("qom-list-types", arguments: ["implements": .string(driver)])
                    return (driver, (reply.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
                }
            }
            var result: [String: [String]] = [:]
            for try await (driver, names) in group { result[driver] = names }
            return result
        }
    }

    /// One QEMU per machine, at most ``jobs`` at once.
    private func walkBuiltinDevices(_ names: [String], parents: [String: String]) async -> [String: Result<[String], any Error>] {
        await withTaskGroup(of: (String, Result<[String], any Error>).self) { group in
            var pending = names[...]
            var results: [String: Result<[String], any Error>] = [:]
            func start(_ name: String) {
                group.addTask {
                    do {
                        let process = QEMUProcess(
                            binary: binary, arguments: MachineProbe.builtinDeviceArguments(machine: name),
                            startupTimeout: startupTimeout, commandTimeout: commandTimeout)
                        let devices = try await process.run { session in
                            try await MachineProbe.builtinDevices(using: session.client, qomParents: parents)
                        }
                        return (name, .success(devices))
                    } catch {
                        return (name, .failure(error))
                    }
                }
            }
            for _ in 0..<jobs { if let name = pending.popFirst() { start(name) } }
            for await (name, result) in group {
                results[name] = result
                if let next = pending.popFirst() { start(next) }
            }
            return results
        }
    }

    /// Writes `-dump-vmstate` output into ``vmstateDirectory``.
    private func dumpVMState(version: QEMUVersion) async throws {
        guard let directory = vmstateDirectory else { return }
        let path = directory + "/" + Self.vmstateFileName(binary: binary, version: version)
        try await VMStateDump.write(binary: binary, to: path)
    }
}

/// One row of the effective-ABI table.
struct EffectiveKey: Hashable, Sendable, Comparable {
    var driver: String
    var property: String

    static func < (lhs: EffectiveKey, rhs: EffectiveKey) -> Bool {
        (lhs.driver, lhs.property) < (rhs.driver, rhs.property)
    }
}

/// What `qom-list-types abstract=true` answers: every type, each one's parent, the abstract ones.
struct QOMTypeList: Sendable {
    var known: Set<String> = []
    var parents: [String: String] = [:]
    var abstract: Set<String> = []

    /// The list of `reply`; entries without a name are skipped.
    init(_ reply: JSONValue) {
        for entry in reply.arrayValue ?? [] {
            guard let name = entry["name"]?.stringValue else { continue }
            known.insert(name)
            if let parent = entry["parent"]?.stringValue { parents[name] = parent }
            if entry["abstract"]?.boolValue == true { abstract.insert(name) }
        }
    }

    /// The concrete types that are each of `drivers` or descend from it: what
    /// `qom-list-types implements=DRIVER` answers for a class (checked against QEMU on every
    /// driver a compat entry names, on all five lab targets).
    func concreteSubtypes(of drivers: Set<String>) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for driver in drivers { result[driver] = [] }
        for type in known.sorted() where !abstract.contains(type) {
            for ancestor in QOMAncestry.lineage(of: type, parents: parents) where drivers.contains(ancestor) {
                result[ancestor, default: []].append(type)
            }
        }
        return result
    }
}
