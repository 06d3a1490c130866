import GuestABI

/// Reads the lifecycle rule a tree states in its `include/hw/boards.h`: the ages in
/// `MACHINE_VER_DEPRECATION_MAJOR` / `MACHINE_VER_DELETION_MAJOR`, whether `MACHINE_VER_DELETION`
/// waits for an environment variable (`getenv("QEMU_DELETE_MACHINES")`), and whether the expiry
/// test has the branches for development snapshots. A header without them means no automatic
/// rule (QEMU before 9.1).
enum TreeLifecycleRule {
    static func rule(from table: MacroTable) -> LifecycleRule {
        func age(_ name: String) -> Int? {
            table[name].flatMap { Int($0.body.normalizedText.filter { $0 != "(" && $0 != ")" }) }
        }
        let deprecation = age("MACHINE_VER_DEPRECATION_MAJOR")
        let deletion = age("MACHINE_VER_DELETION_MAJOR")
        guard deprecation != nil || deletion != nil else { return .none }
        var gate = LifecycleRule.DeletionGate.enforced
        if let body = table["MACHINE_VER_DELETION"]?.body,
            let getenv = body.firstIndex(where: { $0.isIdentifier && $0.text == "getenv" }),
            let name = body[getenv...].first(where: { $0.kind == .string })?.stringValue
        {
            gate = .environmentVariable(name)
        }
        return LifecycleRule(
            deprecationAge: deprecation, deletionAge: deletion, deletionGate: gate,
            judgesPreReleasesAsNextRelease: table["_MACHINE_VER_IS_NEXT_MINOR_EXPIRED"] != nil)
    }
}
