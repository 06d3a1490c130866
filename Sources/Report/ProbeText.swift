public import QMP

/// The text form of `guestabi probe`: the binary, then one line per machine.
///
///     QEMU 10.0.2 (Debian 1:10.0.2+ds-2+deb13u1~bpo12+1): /opt/qemu-lab/10.0.2/qemu-system-x86_64
///     MACHINE      ALIAS  DEFAULT  DEPRECATED  COMPAT  OVERRIDES  BUILT-IN DEVICES
///     pc-q35-10.0  q35             no          0       0          12
public enum ProbeText {
    /// Renders `report`.
    public static func text(_ report: ProbeReport) -> String {
        var output = "QEMU \(report.qemuVersion)"
        if !report.package.isEmpty { output += " (\(report.package))" }
        output += ": \(report.binary)\n"
        if report.compatPropsAvailable {
            let rows = report.machines.first { $0.effective != nil }?.effective?.count ?? 0
            output += "compat properties: reported by the binary; effective ABI over \(rows) driver.property pairs\n"
        } else {
            output +=
                "compat properties: NOT reported (query-machines has compat-props from QEMU 9.1); the effective ABI of "
                + "each machine is unknown from the binary alone\n"
        }
        output += "QOM types: \(report.types.count + 2), drivers with defaults read: \(report.defaults.count)\n\n"
        var table = TextTable(
            header: ["MACHINE", "ALIAS", "DEFAULT", "DEPRECATED", "COMPAT", "OVERRIDES", "BUILT-IN DEVICES"],
            alignments: [.left, .left, .left, .left, .right, .right, .left])
        for machine in report.machines {
            let overrides = machine.effective.map { cells in String(cells.filter { $0.origin == .compat }.count) }
            let devices: String =
                if let list = machine.builtinDevices { "\(list.count): " + list.joined(separator: " ") } else if let error =
                    machine.builtinDevicesError
                { "did not start: " + firstLine(error) } else { "-" }
            table.append([
                machine.name, machine.alias ?? "", machine.isDefault ? "yes" : "", machine.deprecated ? "yes" : "no",
                machine.compat.map { String($0.count) } ?? "?", overrides ?? "?", devices,
            ])
        }
        output += table.render()
        return output
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
        return line.count > 160 ? String(line.prefix(160)) + "…" : line
    }
}
