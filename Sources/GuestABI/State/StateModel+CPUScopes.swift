extension StateModel {
    /// The `target/<arch>` folder of the CPU code that defines something at `location`, nil for
    /// code outside `target/` (devices, interrupt controllers, the migration core).
    public static func cpuScope(of location: SourceLocation) -> String? {
        StateScope.cpuScope(of: location.file)
    }

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
        result.sections = sections.filter { section in Self.cpuScope(of: section.location).map(scopes.contains) ?? true }
        result.registerTables = registerTables.filter { table in Self.cpuScope(of: table.location).map(scopes.contains) ?? true }
        return result
    }
}
