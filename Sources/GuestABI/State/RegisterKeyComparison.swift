/// The migrated Arm register keys of two models, per feature gate: the tables one function
/// defines under the same conditions (`define_debug_regs` when `cpu_isar_feature(…)`) make one
/// group, so a table renamed or split under the same gate is not a finding, and a key that
/// moved to another gate is told apart from one no CPU migrates any more.
///
/// QEMU's rules (`target/arm/machine.c`): a key the source sends that the destination does not
/// define fails the CPU's `post_load`; a source list longer than the destination's fails
/// `cpreg_vmstate_array_len`. A key only the destination has keeps its reset value (not a
/// failure). Which gates a CPU model meets is not evaluated: a key missing on the other side
/// altogether breaks for the CPU models that meet its gate; a key the other side migrates under
/// another gate is `unknown` (it depends on the model's features).
///
/// A table defined outside `target/<arch>/` (a SoC's coprocessor registers, an interrupt
/// controller's CPU interface) reaches what its defining code reaches, not every machine of the
/// target.
struct RegisterKeyComparison {
    let a: StateModel
    let b: StateModel

    /// The tables one function defines under one condition, and the keys they migrate.
    struct GateGroup {
        var tables: [CPRegTable] = []
        var keys: [String: CPRegKey] = [:]
    }

    func findings() -> [StateFinding] {
        let groupsA = Self.groups(a)
        let groupsB = Self.groups(b)
        let allA = a.migratedRegisterKeys
        let allB = b.migratedRegisterKeys
        let tablesA = Self.firstTables(a)
        let tablesB = Self.firstTables(b)
        guard !(allA.isEmpty && allB.isEmpty) else { return [] }
        let countLine = "migrated register list over all tables: \(allA.count) → \(allB.count) keys (cpreg_vmstate_array_len; a CPU model sends the keys of the gates it meets)"
        var findings: [StateFinding] = []
        for gate in Set(groupsA.keys).union(groupsB.keys).sorted() {
            let left = groupsA[gate] ?? GateGroup()
            let right = groupsB[gate] ?? GateGroup()
            let removed = left.keys.filter { right.keys[$0.key] == nil }.values.sorted()
            let added = right.keys.filter { left.keys[$0.key] == nil }.values.sorted()
            guard !(removed.isEmpty && added.isEmpty) else { continue }
            let removedEverywhere = removed.filter { allB[$0.key] == nil }
            let addedEverywhere = added.filter { allA[$0.key] == nil }
            let table = right.tables.first ?? left.tables.first!
            var details = removed.map { "- \($0) (\($0.location))" + (allB[$0.key] == nil ? "" : Self.elsewhere($0.key, tablesB)) }
            details += added.map { "+ \($0) (\($0.location))" + (allA[$0.key] == nil ? "" : Self.elsewhere($0.key, tablesA)) }
            details.append(countLine)
            let (forward, forwardWhy) = Self.outcome(
                "forward", keys: removed.count, definedNowhere: removedEverywhere.count, failure: ", so its post_load fails")
            let (backward, backwardWhy) = Self.outcome(
                "backward", keys: added.count, definedNowhere: addedEverywhere.count,
                failure: " (and a longer list, which fails cpreg_vmstate_array_len), so the load fails")
            var why = [forwardWhy, backwardWhy].compactMap { $0 }
            why.append("for CPU models that meet the gate: \(table.gateDescription)")
            let names = (right.tables + left.tables).map(\.identifier)
            let subject = names.enumerated().filter { names.firstIndex(of: $0.element) == $0.offset }.map(\.element).joined(separator: ", ")
            findings.append(
                StateFinding(
                    kind: .registerKeys, subject: subject, identifier: table.identifier, details: details,
                    forward: forward, backward: backward, why: why.joined(separator: "; "), reach: [Self.reach(of: table)],
                    from: left.tables.first?.location, to: right.tables.first?.location))
        }
        return findings
    }

    /// One direction's outcome for `keys` the source sends and the destination lacks in this gate:
    /// it breaks when some are defined for no CPU on the destination, is unknown when they are
    /// only under another gate there, and is fine when there are none.
    private static func outcome(_ direction: String, keys: Int, definedNowhere: Int, failure: String) -> (StateOutcome, String?) {
        if definedNowhere > 0 {
            return (.breaks, "\(direction): a source CPU that meets the gate sends \(definedNowhere) key(s) the destination defines for no CPU\(failure)")
        }
        if keys > 0 {
            return (.unknown, "\(direction): the destination migrates the \(keys) key(s) only under another gate; whether a CPU model meets it is not evaluated")
        }
        return (.fine, nil)
    }

    /// ` (migrated there under …)` for a key the other side holds in another gate.
    private static func elsewhere(_ key: String, _ tables: [String: CPRegTable]) -> String {
        guard let table = tables[key] else { return "" }
        return "; the other tree migrates it in \(table.identifier), \(table.gateDescription)"
    }

    /// The first defined table holding each key of `model`.
    private static func firstTables(_ model: StateModel) -> [String: CPRegTable] {
        var result: [String: CPRegTable] = [:]
        for table in model.registerTables where table.definedIn != nil {
            for key in table.keys where result[key.key] == nil { result[key.key] = table }
        }
        return result
    }

    /// The defined tables of `model`, grouped by defining function and gate.
    static func groups(_ model: StateModel) -> [String: GateGroup] {
        var result: [String: GateGroup] = [:]
        for table in model.registerTables {
            guard let function = table.definedIn else { continue }
            let gate = "\(StateScope.scope(of: table.location.file)) \(function) if \(table.gate.joined(separator: " && "))"
            result[gate, default: GateGroup()].tables.append(table)
            for key in table.keys where !key.isPattern {
                // An entry whose type the code changes is migrated under its own conditions too.
                let keyGate = key.conditions.isEmpty ? gate : gate + " && " + key.conditions.joined(separator: " && ")
                if keyGate != gate, result[keyGate]?.tables.contains(table) != true { result[keyGate, default: GateGroup()].tables.append(table) }
                if result[keyGate]?.keys[key.key] == nil { result[keyGate]?.keys[key.key] = key }
            }
        }
        return result
    }

    /// A CPU's when the table is CPU code (`target/<arch>/`), else the code that defines it.
    static func reach(of table: CPRegTable) -> StateReach {
        if let scope = StateScope.cpuScope(of: table.location.file) { return .cpu(scope: scope) }
        return .code(function: table.definedIn ?? "file scope", file: table.location.file)
    }
}
