extension StateModel {
    /// The model as a VM whose CPU is one of `scopes` (`target/i386`) sees it: the sections and
    /// register tables of those CPUs' folders and everything outside `target/`; other targets'
    /// CPU code is left out, since no section of one target's CPU is sent by another's. The
    /// registrations are all kept (they name sections; a left-out section is simply absent on
    /// both sides of a diff).
    ///
    /// A check decodes and compares only this part of each release's model; its findings for
    /// the given CPUs, and for any device, are those of the whole model.
    public func restricted(toCPUScopes scopes: Set<String>) -> StateModel {
        var result = self
        result.sections = sections.filter { section in StateScope.cpuScope(of: section.location.file).map(scopes.contains) ?? true }
        result.registerTables = registerTables.filter { table in StateScope.cpuScope(of: table.location.file).map(scopes.contains) ?? true }
        result.cpuModelCode = cpuModelCode.filter { scopes.contains($0.key) }
        result.cpuIdentity = cpuIdentity.filter { scopes.contains($0.key) }
        return result
    }
}
