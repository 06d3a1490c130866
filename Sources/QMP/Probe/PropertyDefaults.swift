/// Reads the property defaults of concrete QOM types over QMP sessions with QEMUs of one binary:
/// devices through `device-list-properties` (CPU models with `query-cpu-model-expansion`'s values
/// on top: the model's real ones), other objects through `qom-list-properties`. Commands go out
/// concurrently: QEMU answers them in order, so the round trips overlap; with several sessions
/// (one QEMU each) the drivers are shared out among them, so the QEMUs work in parallel.
struct PropertyDefaults {
    /// The sessions; each driver is read on one of them.
    let clients: [QMPClient]
    let parents: [String: String]
    let abstract: Set<String>
    /// The properties the caller needs of each driver. A CPU model whose expansion holds all of
    /// them is not asked `device-list-properties` as well: creating the CPU object a second time
    /// (the costliest command of a probe) would only add properties nothing reads, which have no
    /// default (`feature-words`, `filtered-features`, ...).
    var needed: [String: Set<String>] = [:]

    /// The outcome for one driver.
    enum Outcome: Sendable {
        case values([String: String?])
        case failed(String)
    }

    /// The defaults of each of `drivers`.
    func read(_ drivers: Set<String>) async -> [String: Outcome] {
        await withTaskGroup(of: (String, Outcome).self) { group in
            // In name order, dealt round: the CPU models (the costly ones) sit together in that
            // order, so every session gets its share of them.
            for (index, driver) in drivers.sorted().enumerated() {
                let client = clients[index % clients.count]
                group.addTask { (driver, await read(driver, using: client)) }
            }
            var outcomes: [String: Outcome] = [:]
            for await (driver, outcome) in group { outcomes[driver] = outcome }
            return outcomes
        }
    }

    private func read(_ driver: String, using client: QMPClient) async -> Outcome {
        // A CPU model's expansion gives its real values, but only for the properties the target
        // expands (x86: all; Arm: the features); the class defaults fill in the rest.
        var expanded: [String: String?] = [:]
        if QOMAncestry.descends(driver, from: "cpu", parents: parents), let model = cpuModel(of: driver),
            let values = try? await expandCPU(model, using: client)
        {
            expanded = values
            if let wanted = needed[driver], !wanted.isEmpty, wanted.allSatisfy({ values[$0] != nil }) {
                return .values(values)
            }
        }
        do {
            let command =
                QOMAncestry.descends(driver, from: "device", parents: parents)
                ? "device-list-properties" : "qom-list-properties"
            let reply = try await client.execute(command, arguments: ["typename": .string(driver)])
            return .values(Self.values(of: reply).merging(expanded) { _, model in model })
        } catch let error as QMPError {
            if !expanded.isEmpty { return .values(expanded) }
            return .failed(error.reason)
        } catch {
            return .failed("\(error)")
        }
    }

    /// Every property of a `device-list-properties` or `qom-list-properties` reply with its
    /// default as text; `nil` for a property without one (kept: the driver has it).
    static func values(of reply: JSONValue) -> [String: String?] {
        var values: [String: String?] = [:]
        for property in reply.arrayValue ?? [] {
            guard let name = property["name"]?.stringValue else { continue }
            // `.some`: assigning a nil `String?` to a `[String: String?]` subscript removes the key.
            values[name] = .some(property["default-value"].map(PropertyValue.text(of:)))
        }
        return values
    }

    /// `qemu64` for `qemu64-x86_64-cpu`: the type name without `-` and its nearest abstract
    /// ancestor's name (QEMU names CPU model types `MODEL-<TYPE_ARCH_CPU>`).
    func cpuModel(of driver: String) -> String? {
        for ancestor in QOMAncestry.lineage(of: driver, parents: parents).dropFirst() where abstract.contains(ancestor) {
            let suffix = "-" + ancestor
            guard driver.hasSuffix(suffix), driver.count > suffix.count else { return nil }
            return String(driver.dropLast(suffix.count))
        }
        return nil
    }

    private func expandCPU(_ model: String, using client: QMPClient) async throws -> [String: String?] {
        let reply = try await client.execute(
            "query-cpu-model-expansion", arguments: ["type": "full", "model": ["name": .string(model)]])
        guard let properties = reply["model"]?["props"]?.objectValue else { return [:] }
        return properties.mapValues { PropertyValue.text(of: $0) }
    }
}
