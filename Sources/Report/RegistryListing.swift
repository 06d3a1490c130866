public import GuestABI

/// One release the registry holds, as `guestabi registry list` shows it.
public struct RegistryListing: Hashable, Sendable, Codable {
    /// The release.
    public var qemuVersion: QEMUVersion
    /// Where its data came from (`qemu-10.2.2`).
    public var origin: String?
    /// `embedded` or `--registry`.
    public var source: String
    /// Registered versioned machines per target.
    public var machines: [String: Int]
    /// Versioned machines defined but no longer registered.
    public var deleted: Int
    /// Whether the extraction was complete.
    public var complete: Bool
    /// The lifecycle rule the release states, in words.
    public var lifecycle: String

    /// The listing of `registry`.
    public init(_ registry: ReleaseRegistry, source: String) {
        qemuVersion = registry.qemuVersion
        origin = registry.origin
        self.source = source
        var machines: [String: Int] = [:]
        for machine in registry.machines where machine.registered {
            machines[machine.target.rawValue, default: 0] += 1
        }
        self.machines = machines
        deleted = registry.machines.filter { !$0.registered }.count
        complete = registry.complete
        let rule = registry.lifecycleRule
        if let deprecation = rule.deprecationAge, let deletion = rule.deletionAge {
            lifecycle = "deprecate at \(deprecation)y, delete at \(deletion)y (\(rule.deletionGate))"
        } else {
            lifecycle = "none"
        }
    }
}

extension RegistryReport {
    /// One row per release: version, source, registered machines per target, completeness.
    public static func listing(_ entries: [RegistryListing]) -> String {
        var table = TextTable(
            header: ["RELEASE", "SOURCE", "MACHINES"] + Target.allCases.map { $0.rawValue.uppercased() } + ["DELETED", "COMPLETE", "LIFECYCLE"],
            alignments: [.left, .left, .right] + Target.allCases.map { _ in .right } + [.right, .left, .left])
        for entry in entries {
            table.append(
                [entry.qemuVersion.description, entry.source, String(entry.machines.values.reduce(0, +))]
                    + Target.allCases.map { String(entry.machines[$0.rawValue] ?? 0) }
                    + [String(entry.deleted), entry.complete ? "yes" : "NO", entry.lifecycle])
        }
        return table.render()
    }
}
