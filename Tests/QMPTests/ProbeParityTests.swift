import Foundation
import GuestABI
import QMP
import Testing

/// `guestabi probe` against QEMU's own `scripts/compare-machine-types.py` on the lab binaries:
/// the same value in every cell of the machine × driver.property table where the script has
/// one. The default suite compares x86_64; GUESTABI_FULL_SWEEP=1 compares every target.
@Suite(.serialized) struct ProbeParityTests {
    static let script = "compare-machine-types.py"
    /// The script's words for a cell without a value.
    static let markers: Set<String> = [
        "Unavailable driver", "No default value", "Unknown property", "Unavailable method", "Wrong x86_64-cpu name",
    ]
    static let fullSweep = ProcessInfo.processInfo.environment["GUESTABI_FULL_SWEEP"] == "1"
    static let binaries = LabBinary.installed.filter { fullSweep || $0.target == .x86_64 }

    @Test(.enabled(if: PeerScript.isAvailable(script, needs: "pandas"), "no pandas: run scripts/setup-python.sh"),
        arguments: binaries)
    func everyCellTheScriptFillsHasTheSameValue(binary: LabBinary) async throws {
        let peer = try PeerScript.script(
            Self.script,
            ["--qemu-binary", binary.path, "--qemu-args", "-machine none -accel tcg", "--all", "--format", "csv", "--raw"])
        let report = try await BinaryProbe(binary: binary.path, builtinDevices: false).run()
        guard report.compatPropsAvailable else {
            // Before 9.1 the script cannot run at all; the probe says what it cannot know.
            #expect(peer.status != 0 && peer.error.contains("compat-props"))
            #expect(report.machines.allSatisfy { $0.effective == nil && $0.effectiveUnknown?.contains("9.1") == true })
            #expect(report.machines.contains { $0.name.hasSuffix(binary.latestMachineSuffix) })
            return
        }
        #expect(peer.status == 0, "\(peer.error)")
        let rows = CSV.parse(peer.output)
        let header = try #require(rows.first)
        let machines = header.dropFirst(3).map { $0.split(separator: "\n").last.map(String.init) ?? $0 }
        var cells: [String: [String: EffectiveProperty]] = [:]
        for machine in report.machines {
            cells[machine.name] = Dictionary(
                (machine.effective ?? []).map { ("\($0.driver).\($0.property)", $0) }, uniquingKeysWith: { $1 })
        }
        #expect(Set(machines) == Set(cells.keys))
        var compared = 0
        var mismatches: [String] = []
        for row in rows.dropFirst() where row.count == header.count {
            let key = "\(row[1]).\(row[2])"
            for (machine, value) in zip(machines, row.dropFirst(3)) where !Self.markers.contains(value) {
                compared += 1
                let ours = cells[machine]?[key]
                if Self.pythonText(ours) != value { mismatches.append("\(machine) \(key): script \(value), probe \(String(describing: ours))") }
            }
        }
        #expect(compared > 1000)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(compared): \(mismatches.prefix(5))")
        // Every row of the script is a row of ours and the other way round.
        let theirs = Set(rows.dropFirst().filter { $0.count == header.count }.map { "\($0[1]).\($0[2])" })
        #expect(theirs == Set(cells.values.first?.keys.map { $0 } ?? []))
    }

    /// Our cell as the script prints it: defaults through Python's `str()` (booleans `True` /
    /// `False`), compat values as QEMU reports them.
    static func pythonText(_ cell: EffectiveProperty?) -> String? {
        guard let cell, let value = cell.value else { return nil }
        guard cell.origin == .default else { return value }
        switch value {
        case "true": return "True"
        case "false": return "False"
        default: return value
        }
    }
}
