import Foundation
import QMP

/// What a real binary says about the defaults of the concrete devices some drivers reach:
/// `qom-list-types implements=` for each driver (as the probe does), then
/// `device-list-properties` for each concrete device, class defaults only (no CPU model
/// expansion: the static model has no per-model values to compare them with).
///
/// A device the binary lists but cannot create (a type of a module the package does not ship)
/// makes QEMU abort; the reads then go on in a new QEMU and the device is noted as
/// ``uncreatable``.
struct BinaryDeviceDefaults: Sendable {
    /// Every type the binary knows, with its parent.
    var parents: [String: String] = [:]
    /// Each device's properties and their defaults (`nil`: reported without one), as
    /// ``PropertyValue/text(of:)`` writes them.
    var defaults: [String: [String: String?]] = [:]
    /// Devices QEMU refused or died on, with what happened.
    var uncreatable: [String: String] = [:]

    /// Collects the reads across QEMUs: what one read before it died stays read.
    private actor Collected {
        var defaults: [String: [String: String?]] = [:]
        var uncreatable: [String: String] = [:]
        func read(_ driver: String, _ values: [String: String?]) { defaults[driver] = values }
        func refuse(_ driver: String, _ reason: String) { uncreatable[driver] = reason }
        func isDone(_ driver: String) -> Bool { defaults[driver] != nil || uncreatable[driver] != nil }
    }

    /// Reads the devices `drivers` reach in `binary`.
    static func read(binary: String, drivers: Set<String>) async throws -> BinaryDeviceDefaults {
        var result = BinaryDeviceDefaults()
        let (parents, abstract, concrete) = try await QEMUProcess(binary: binary).run { session in
            let client = session.client
            let types = try await client.execute("qom-list-types", arguments: ["abstract": true])
            var parents: [String: String] = [:]
            var abstract: Set<String> = []
            for entry in types.arrayValue ?? [] {
                guard let name = entry["name"]?.stringValue else { continue }
                if let parent = entry["parent"]?.stringValue { parents[name] = parent }
                if entry["abstract"]?.boolValue == true { abstract.insert(name) }
            }
            var concrete: Set<String> = []
            for driver in drivers where parents[driver] != nil {
                let reply = try await client.execute("qom-list-types", arguments: ["implements": .string(driver)])
                concrete.formUnion((reply.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
            }
            return (parents, abstract, concrete)
        }
        result.parents = parents
        let devices = concrete.filter { !abstract.contains($0) && QOMAncestry.descends($0, from: "device", parents: parents) }.sorted()
        let collected = Collected()
        var pending = devices
        while !pending.isEmpty {
            // Dealt round to `sessions` QEMUs at once: the replies' parsing is most of the time.
            let shares = (0..<sessions).map { share in pending.enumerated().filter { $0.offset % sessions == share }.map(\.element) }
            await withTaskGroup(of: Void.self) { group in
                for share in shares where !share.isEmpty {
                    group.addTask { await readAll(share, binary: binary, into: collected) }
                }
            }
            var remaining: [String] = []
            for driver in pending where !(await collected.isDone(driver)) { remaining.append(driver) }
            pending = remaining
        }
        result.defaults = await collected.defaults
        result.uncreatable = await collected.uncreatable
        return result
    }

    /// How many QEMUs read the devices at once.
    static let sessions = 2

    /// Reads `drivers` in one QEMU; if it dies, notes the device it died on.
    private static func readAll(_ drivers: [String], binary: String, into collected: Collected) async {
        do {
            try await QEMUProcess(binary: binary).run { session in
                for driver in drivers {
                    do {
                        let reply = try await session.client.execute("device-list-properties", arguments: ["typename": .string(driver)])
                        var values: [String: String?] = [:]
                        for property in reply.arrayValue ?? [] {
                            guard let name = property["name"]?.stringValue else { continue }
                            values[name] = .some(property["default-value"].map(PropertyValue.text(of:)))
                        }
                        await collected.read(driver, values)
                    } catch let error as QMPError where error.code == .commandFailed {
                        await collected.refuse(driver, error.reason)
                    }
                }
            }
        } catch {
            // QEMU died on the first device not read: note it; the rest are read again.
            for driver in drivers where !(await collected.isDone(driver)) {
                await collected.refuse(driver, "QEMU stopped while creating it: \(error)")
                return
            }
        }
    }
}
