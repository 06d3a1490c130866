/// The migration state a QEMU tree describes, read from its sources: every
/// `VMStateDescription`, how each is registered, and the Arm CPU register tables.
public struct StateModel: Hashable, Sendable, Codable {
    /// The tree's QEMU version (`10.0.2`).
    public var qemuVersion: String
    /// Where it was read from.
    public var origin: String
    /// Every description, by definition order of file then line.
    public var sections: [StateSection]
    /// Every registration.
    public var registrations: [StateRegistration]
    /// Arm register tables (empty for trees without `target/arm`).
    public var registerTables: [CPRegTable]
    /// The QOM types each `target/<arch>` folder defines as CPUs (`target/arm` → `arm-cpu`, …):
    /// its CPU sections reach every machine of that target.
    public var cpuScopes: [String: String]
    /// What each CPU folder's code says about its models' features (`target/arm`), by folder.
    public var cpuModelCode: [String: CPUModelCode]
    /// The check each CPU folder's `post_load` makes of the source's model, by folder (``CPUIdentityCheck``).
    public var cpuIdentity: [String: CPUIdentityCheck]
    /// Problems met while reading.
    public var diagnostics: [SourceDiagnostic]

    /// Creates a model.
    public init(
        qemuVersion: String, origin: String, sections: [StateSection], registrations: [StateRegistration],
        registerTables: [CPRegTable], cpuScopes: [String: String] = [:], cpuModelCode: [String: CPUModelCode] = [:],
        cpuIdentity: [String: CPUIdentityCheck] = [:], diagnostics: [SourceDiagnostic] = []
    ) {
        self.qemuVersion = qemuVersion
        self.origin = origin
        self.sections = sections
        self.registrations = registrations
        self.registerTables = registerTables
        self.cpuScopes = cpuScopes
        self.cpuModelCode = cpuModelCode
        self.cpuIdentity = cpuIdentity
        self.diagnostics = diagnostics
    }

    /// Sections by C identifier (the first of each, should two `#if` branches define one twice).
    public var sectionsByIdentifier: [String: StateSection] {
        var result: [String: StateSection] = [:]
        for section in sections where result[section.identifier] == nil { result[section.identifier] = section }
        return result
    }

    /// The migrated register keys of every table the CPU defines, by key.
    public var migratedRegisterKeys: [String: CPRegKey] {
        var result: [String: CPRegKey] = [:]
        for table in registerTables where table.definedIn != nil {
            for key in table.keys where result[key.key] == nil && !key.isPattern { result[key.key] = key }
        }
        return result
    }

    /// The part of the model a verdict needs without `--device`: the sections CPUs reach
    /// (``StateReachability``), their registrations, and the register tables. Small enough to
    /// ship per release.
    public var cpuSubset: StateModel {
        let reachability = StateReachability(self)
        let kept = Set(sections.map(\.identifier).filter { identifier in
            reachability.reach(of: identifier).contains { if case .cpu = $0 { true } else { false } }
        })
        var subset = self
        subset.sections = sections.filter { kept.contains($0.identifier) }
        subset.registrations = registrations.filter { kept.contains($0.section) }
        subset.diagnostics = []
        return subset
    }
}
