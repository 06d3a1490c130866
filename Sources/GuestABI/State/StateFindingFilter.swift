/// Selects findings for a target and devices: a target keeps its CPU's findings and drops other
/// targets' CPUs; devices keep only findings that reach one of them (plus the target's CPU).
public struct StateFindingFilter: Sendable {
    public var target: Target?
    public var devices: Set<String>

    public init(target: Target?, devices: Set<String>) {
        self.target = target
        self.devices = devices
    }

    public func apply(_ findings: [StateFinding]) -> [StateFinding] {
        findings.filter(keeps)
    }

    public func keeps(_ finding: StateFinding) -> Bool {
        let scope = target.map(StateScope.cpuScope(for:))
        return finding.reach.contains { reach in
            switch reach {
            case .cpu(let cpu): scope.map { $0 == cpu } ?? devices.isEmpty
            case .device(let type): devices.isEmpty || devices.contains(type)
            case .code, .unregistered: devices.isEmpty
            }
        }
    }
}
