public import GuestABI

/// Asks real QEMU binaries which machine types they have, each probe in its own short-lived
/// process (``QEMUProcess``), so probes may run concurrently.
public enum MachineProbe {
    /// The first release whose `query-machines` takes `compat-props` (QEMU 9.1).
    public static let firstVersionWithCompatProps = QEMUVersion(9, 1, 0)

    /// True when a binary of `version` should accept `compat-props`. A development snapshot or
    /// release candidate counts as the release it leads to; if an early 9.1 snapshot still
    /// rejects the argument, ``queryMachines(using:compatProps:)`` retries without it.
    public static func supportsCompatProps(_ version: QEMUVersion) -> Bool {
        version.effectiveRelease >= firstVersionWithCompatProps
    }

    /// The QEMU version of `binary`, from its QMP greeting (the same `VersionInfo` that
    /// `query-version` returns).
    public static func version(binary: String) async throws -> QEMUVersion {
        try await QEMUProcess(binary: binary).run { session in session.client.greeting.version }
    }

    /// The machine types of `binary`; with `compatProps`, each one's compat properties too when
    /// the binary can report them (QEMU 9.1 and later; `nil` lists before).
    public static func queryMachines(binary: String, compatProps: Bool) async throws -> [ProbedMachine] {
        try await probe(binary: binary, compatProps: compatProps).machines
    }

    /// The version and machine types of `binary`, from one run of it.
    public static func probe(binary: String, compatProps: Bool) async throws -> ProbedBinary {
        try await QEMUProcess(binary: binary).run { session in
            let greeting = session.client.greeting
            return ProbedBinary(
                binary: binary, version: greeting.version, package: greeting.package,
                machines: try await queryMachines(using: session.client, compatProps: compatProps))
        }
    }

    /// Runs `query-machines` on an open session; the machines come sorted by name
    /// (``ProbedMachine/isOrderedBefore(_:_:)``). `compat-props` is sent only when the greeting's
    /// version supports it, and dropped again if QEMU rejects it as an unexpected parameter.
    public static func queryMachines(using client: QMPClient, compatProps: Bool) async throws -> [ProbedMachine] {
        let command = "query-machines"
        guard compatProps, supportsCompatProps(client.greeting.version) else {
            return try parseMachines(try await client.execute(command), compatProps: false, peer: client.peer)
        }
        do {
            let reply = try await client.execute(command, arguments: ["compat-props": true])
            return try parseMachines(reply, compatProps: true, peer: client.peer)
        } catch let error as QMPError where error.errorClass == "GenericError" && error.reason.contains("compat-props")
        {
            return try parseMachines(try await client.execute(command), compatProps: false, peer: client.peer)
        }
    }

    /// Reads a `query-machines` reply, an array of `MachineInfo` objects, sorted by name
    /// (``ProbedMachine/isOrderedBefore(_:_:)``).
    static func parseMachines(_ reply: JSONValue, compatProps: Bool, peer: String) throws(QMPError) -> [ProbedMachine] {
        func malformed(_ reason: String) -> QMPError {
            QMPError(
                .protocolError, subject: "\(peer): QMP command 'query-machines'", reason: reason,
                hint: "this does not look like QEMU's MachineInfo; report the binary's version and the reply")
        }
        guard let entries = reply.arrayValue else { throw malformed("the reply is a \(reply.kindName), not an array") }
        var machines: [ProbedMachine] = []
        machines.reserveCapacity(entries.count)
        for entry in entries {
            guard let name = entry["name"]?.stringValue else { throw malformed("a machine without a name: \(entry)") }
            var properties: [ProbedCompatProperty]?
            if compatProps {
                let list = entry["compat-props"]?.arrayValue ?? []
                properties = []
                properties?.reserveCapacity(list.count)
                for item in list {
                    guard let driver = item["qom-type"]?.stringValue, let property = item["property"]?.stringValue,
                        let value = item["value"]?.stringValue
                    else { throw malformed("\(name): a compat property without qom-type, property or value: \(item)") }
                    properties?.append(ProbedCompatProperty(driver: driver, property: property, value: value))
                }
            }
            machines.append(
                ProbedMachine(
                    name: name, alias: entry["alias"]?.stringValue, isDefault: entry["is-default"]?.boolValue ?? false,
                    deprecated: entry["deprecated"]?.boolValue ?? false, compatProps: properties))
        }
        return machines.sorted { ProbedMachine.isOrderedBefore($0.name, $1.name) }
    }
}
