/// The migrated Arm register keys of two models, per table: a key the source sends that the
/// destination does not define fails the CPU's `post_load`; a source list longer than the
/// destination's fails `cpreg_vmstate_array_len`. A key only the destination has keeps its
/// reset value (not a failure).
struct RegisterKeyComparison {
    let a: StateModel
    let b: StateModel

    func findings() -> [StateFinding] {
        let keysA = a.migratedRegisterKeys
        let keysB = b.migratedRegisterKeys
        guard !(keysA.isEmpty && keysB.isEmpty) else { return [] }
        // Group by the table that holds the key in B (added) or A (removed).
        var tables: [String: (a: CPRegTable?, b: CPRegTable?, added: [CPRegKey], removed: [CPRegKey])] = [:]
        let tableOfA = Self.owners(a)
        let tableOfB = Self.owners(b)
        for (key, register) in keysB where keysA[key] == nil {
            let table = tableOfB[key]
            let name = table?.identifier ?? "?"
            tables[name, default: (nil, nil, [], [])].b = table
            tables[name]?.added.append(register)
        }
        for (key, register) in keysA where keysB[key] == nil {
            let table = tableOfA[key]
            let name = table?.identifier ?? "?"
            tables[name, default: (nil, nil, [], [])].a = table
            tables[name]?.removed.append(register)
        }
        let scopes = Set(a.registerTables.map { StateScope.scope(of: $0.location.file) })
            .union(b.registerTables.map { StateScope.scope(of: $0.location.file) })
        let reach = scopes.filter { $0.hasPrefix("target/") }.sorted().map { StateReach.cpu(scope: $0) }
        let countLine = "migrated register list: \(keysA.count) → \(keysB.count) keys (cpreg_vmstate_array_len)"
        return tables.sorted { $0.key < $1.key }.map { name, change in
            let table = change.b ?? change.a
            var details = change.removed.sorted().map { "- \($0) (\($0.location))" }
            details += change.added.sorted().map { "+ \($0) (\($0.location))" }
            details.append(countLine)
            var why: [String] = []
            if !change.removed.isEmpty {
                why.append("forward: the older CPU sends \(change.removed.count) key(s) the newer one does not define, so its post_load fails")
            }
            if !change.added.isEmpty {
                why.append("backward: the newer CPU sends \(change.added.count) key(s) the older one does not define"
                    + (keysB.count > keysA.count ? " and a longer list, which fails cpreg_vmstate_array_len" : ", so its post_load fails"))
            }
            if let table { why.append("for CPU models that define the table: \(table.gateDescription)") }
            return StateFinding(
                kind: .registerKeys, subject: name, identifier: name, details: details,
                forward: change.removed.isEmpty ? .fine : .breaks, backward: change.added.isEmpty ? .fine : .breaks,
                why: why.joined(separator: "; "), reach: reach, from: change.a?.location, to: change.b?.location)
        }
    }

    /// The defined table that holds each key.
    private static func owners(_ model: StateModel) -> [String: CPRegTable] {
        var result: [String: CPRegTable] = [:]
        for table in model.registerTables where table.definedIn != nil {
            for key in table.keys where result[key.key] == nil { result[key.key] = table }
        }
        return result
    }
}
