public import GuestABI

extension ReleaseRegistry {
    /// The origin prefix of a registry made from a probe file.
    public static let probedOrigin = "probed binary"

    /// A release registry from what a binary reported: the tier above the sources. Its machines
    /// are the versioned ones the binary registers, with the compat lists it reports and no
    /// class facts (a binary does not report them); its QOM hierarchy is the binary's.
    ///
    /// - Throws: ``QMPError`` with ``QMPError/Code/protocolError`` when the probe has no compat
    ///   lists (QEMU before 9.1) or no known target: such a probe cannot stand in for sources.
    public init(probe: ProbeReport, path: String) throws(QMPError) {
        guard probe.compatPropsAvailable else {
            throw QMPError(
                .protocolError, subject: path,
                reason: "QEMU \(probe.qemuVersion) does not report compat properties (query-machines has "
                    + "compat-props from \(MachineProbe.firstVersionWithCompatProps)), so its machine-type ABI is unknown",
                hint: "use the sources tier for this release (its version, a tree or a registry file)")
        }
        guard let target = probe.target else {
            throw QMPError(
                .protocolError, subject: path, reason: "cannot tell the binary's target from '\(probe.binary)'",
                hint: "probe a qemu-system-<target> binary")
        }
        var machines: [MachineDefinition] = []
        for machine in probe.machines {
            guard let name = try? MachineTypeName(parsing: machine.name, target: target) else { continue }
            machines.append(
                MachineDefinition(
                    target: target, name: machine.name, family: name.family, version: name.version, alias: machine.alias,
                    isDefault: machine.isDefault, registered: true, deprecated: machine.deprecated,
                    compat: machine.compat ?? []))
        }
        self.init(
            qemuVersion: probe.qemuVersion, origin: "\(Self.probedOrigin) \(probe.binary)",
            lifecycleRule: LifecycleHistory.qemu.rule(at: probe.qemuVersion), machines: machines, diagnostics: [],
            complete: true, qomParents: probe.types)
    }

    /// True when this registry was made from a probe file.
    public var isProbed: Bool { origin?.hasPrefix(Self.probedOrigin) == true }
}
