public import GuestABI

/// Renders an extracted registry.
public enum RegistryReport {
    /// One row per machine: target, name, status, alias, default flag and counts.
    public static func table(_ registry: ReleaseRegistry) -> String {
        var table = TextTable(
            header: ["TARGET", "MACHINE", "STATUS", "ALIAS", "DEFAULT", "COMPAT", "FACTS"],
            alignments: [.left, .left, .left, .left, .left, .right, .right])
        for machine in registry.machines {
            let status = !machine.registered ? "deleted" : machine.deprecated ? "deprecated" : "supported"
            table.append([
                machine.target.rawValue, machine.name, status + (machine.condition.map { " [\($0)]" } ?? ""),
                machine.alias ?? "-", machine.isDefault ? "yes" : "-", String(machine.compat.count),
                String(machine.classFacts.count),
            ])
        }
        var output = "QEMU \(registry.qemuVersion) (\(registry.origin ?? "?")): \(registry.machines.count) versioned machines"
        output += registry.complete ? "\n" : ", INCOMPLETE\n"
        output += table.render()
        for diagnostic in registry.diagnostics {
            output += "\(diagnostic)\n"
        }
        return output
    }
}
