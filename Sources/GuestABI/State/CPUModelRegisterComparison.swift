/// The migrated Arm register keys of one CPU model on both sides, compared: the model's
/// features and the functions that run for it (``CPUModelFeatures``) decide which of the CPU
/// folder's register tables it defines, and which of their entries it migrates.
///
/// A key is *sent* by a side's model when some table holding it is defined by a function that
/// runs for the model, under a gate and entry conditions that hold: `yes`, `no` or `unknown`
/// (a gate on `cpu_isar_feature(…)`, a machine property). QEMU's rule (`target/arm/machine.c`
/// `cpu_post_load`): a key the source sends that the destination does not migrate fails the
/// load; one only the destination migrates keeps its reset value. So a direction breaks when
/// the source surely sends a key the destination surely does not; it is `unknown` when either
/// side is unknown (unless both are unknown under the same gate text, which decides alike).
/// Keys of registers defined in loops (breakpoints, PMU counters) are not read on either side.
///
/// Tables outside the CPU folder (a SoC's or an interrupt controller's registers) are left to
/// ``RegisterKeyComparison``: they reach what their defining code reaches.
public struct CPUModelRegisterComparison: Sendable {
    /// The findings for the model, grouped by the table that sends the keys.
    public let findings: [StateFinding]

    /// Compares what `modelA` migrates in `a` with what `modelB` migrates in `b` (A the
    /// source), for the CPU folder `scope`; nil when either side's code does not register its
    /// model (then only the model-independent comparison can speak).
    public init?(a: StateModel, modelA: String, b: StateModel, modelB: String, scope: String) {
        guard let left = CPUModelKeys(of: a, model: modelA, scope: scope), let right = CPUModelKeys(of: b, model: modelB, scope: scope)
        else { return nil }
        self.init(left, right)
    }

    /// Compares the keys two sides' models migrate (A the source), each evaluated once
    /// (``CPUModelKeys``): a matrix evaluates each release's default models once for all pairs.
    public init(_ a: CPUModelKeys, _ b: CPUModelKeys) {
        let (sentA, sentB, modelA, modelB, scope) = (a.side, b.side, a.model, b.model, a.scope)
        let same = modelA == modelB ? modelA : nil
        let label = { (side: String, model: String) in same == nil ? "\(side)'s \(model)" : side }
        var groups: [String: (table: CPRegTable, forward: [String], backward: [String], outcomes: (StateOutcome, StateOutcome), from: SourceLocation?, to: SourceLocation?)] = [:]
        for key in Set(sentA.keys.keys).union(sentB.keys.keys).sorted() {
            let left = sentA.lookup(key)
            let right = sentB.lookup(key)
            let forward = Self.outcome(sender: left, receiver: right)
            let backward = Self.outcome(sender: right, receiver: left)
            guard forward != .fine || backward != .fine else { continue }
            guard let table = left.table ?? right.table, let entry = left.key ?? right.key else { continue }
            var group = groups[table.identifier] ?? (table, [], [], (.fine, .fine), left.table?.location, right.table?.location)
            let line = "\(entry) (\(entry.location)): \(label("source", modelA)) \(left.describe), \(label("destination", modelB)) \(right.describe)"
            if forward != .fine { group.forward.append(line) }
            if backward != .fine, forward == .fine { group.backward.append(line) }
            group.outcomes = (Self.worst(group.outcomes.0, forward), Self.worst(group.outcomes.1, backward))
            if group.from == nil { group.from = left.table?.location }
            if group.to == nil { group.to = right.table?.location }
            groups[table.identifier] = group
        }
        let who = same.map { "the CPU model \($0)" } ?? "the CPU models \(modelA) (source) and \(modelB) (destination)"
        findings = groups.values.sorted { ($0.table.location, $0.table.identifier) < ($1.table.location, $1.table.identifier) }.map { group in
            var why: [String] = []
            switch group.outcomes.0 {
            case .breaks:
                why.append(
                    "forward: the source sends a key the destination does not migrate for \(who), so the load fails"
                        + " (cpreg_vmstate_array_len when the source's list is the longer, else the CPU's post_load)")
            case .unknown: why.append("forward: whether both sides migrate the key for \(who) depends on what the sources do not decide")
            default: break
            }
            switch group.outcomes.1 {
            case .breaks:
                why.append(
                    "backward: the destination's side sends a key the source's side does not migrate for \(who), so the load fails"
                        + " (cpreg_vmstate_array_len when its list is the longer, else the CPU's post_load)")
            case .unknown: why.append("backward: whether both sides migrate the key for \(who) depends on what the sources do not decide")
            default: break
            }
            return StateFinding(
                kind: .registerKeys, subject: group.table.identifier, identifier: group.table.identifier,
                details: group.forward + group.backward, forward: group.outcomes.0, backward: group.outcomes.1,
                why: why.joined(separator: "; "), reach: [.cpu(scope: scope)], from: group.from, to: group.to)
        }
    }

    /// One side's keys, and the patterns of registers its code computes in loops.
    struct Side: Sendable {
        var keys: [String: Sending]
        var patterns: [Sending]

        /// How the side treats `key`: a key no table surely migrates may still be one a loop
        /// defines (`RES_0_C0_C%d_X` with `.crm = i`): a pattern covering it makes it unknown.
        func lookup(_ key: String) -> Sending {
            let found = keys[key] ?? Sending(truth: .no)
            guard found.truth == .no, let pattern = patterns.first(where: { $0.key?.covers(key) == true }) else { return found }
            return pattern
        }
    }

    /// How a side treats one key: whether its model migrates it, from which table, and why.
    struct Sending: Sendable {
        var truth: GateTruth
        var table: CPRegTable?
        var key: CPRegKey?
        var gate: [String] = []

        var describe: String {
            guard let table else { return "defines it in no table" }
            let when = gate.isEmpty ? "" : " when \(GateExpression.conjunction(gate))"
            switch truth {
            case .yes: return "migrates it (\(table.identifier), \(table.location))"
            case .no: return "does not migrate it (\(table.identifier), \(table.location): only\(when))"
            case .unknown: return "may migrate it (\(table.identifier), \(table.location): \(when.isEmpty ? "undecided" : "only" + when))"
            }
        }
    }

    /// The keys of the CPU folder's tables as the model treats them: the strongest table for
    /// each (yes over unknown over no).
    static func sent(_ model: StateModel, scope: String, features: CPUModelFeatures) -> Side {
        var result: [String: Sending] = [:]
        var cache = GateCache()
        var patterns: [(key: CPRegKey, sending: Sending)] = []
        for table in model.registerTables {
            guard let function = table.definedIn, StateScope.cpuScope(of: table.location.file) == scope else { continue }
            let runs = features.runs(function)
            let tableTruth = runs == .no ? .no : runs && cache.evaluate(table.gate, features.features)
            for key in table.keys where key.isPattern {
                let truth = tableTruth == .no ? .no : tableTruth && cache.evaluate(key.conditions, features.features)
                if truth != .no { patterns.append((key, Sending(truth: .unknown, table: table, key: key, gate: ["a computed register (\(key.key))"]))) }
            }
            for key in table.keys where !key.isPattern {
                let truth = tableTruth == .no ? .no : tableTruth && cache.evaluate(key.conditions, features.features)
                let gate = (runs == .yes ? [] : ["\(function)() runs"]) + table.gate + key.conditions
                let current = result[key.key]?.truth
                if current == nil || Self.rank(truth) > Self.rank(current!) {
                    result[key.key] = Sending(truth: truth, table: table, key: key, gate: gate)
                }
            }
        }
        return Side(keys: result, patterns: patterns.map(\.sending))
    }

    private static func rank(_ truth: GateTruth) -> Int {
        switch truth {
        case .no: 0
        case .unknown: 1
        case .yes: 2
        }
    }

    /// What the receiver does with a key the sender may send.
    static func outcome(sender: Sending, receiver: Sending) -> StateOutcome {
        switch (sender.truth, receiver.truth) {
        case (.no, _), (_, .yes): return .fine
        case (.yes, .no): return .breaks
        case (.unknown, .unknown) where sender.gate == receiver.gate: return .fine
        default: return .unknown
        }
    }

    private static func worst(_ a: StateOutcome, _ b: StateOutcome) -> StateOutcome {
        let order: [StateOutcome] = [.fine, .conditional, .unknown, .breaks]
        return order.firstIndex(of: a)! >= order.firstIndex(of: b)! ? a : b
    }
}

/// The register keys one CPU model migrates in one tree's CPU folder, evaluated once: its
/// features (``CPUModelFeatures``), then each key's table gate and entry conditions.
public struct CPUModelKeys: Sendable {
    /// The model (`cortex-a15`) and the CPU folder (`target/arm`).
    public let model: String
    public let scope: String
    let side: CPUModelRegisterComparison.Side

    /// The keys `model` migrates in `tree`'s `scope`; nil when the folder's code does not
    /// register the model (or registers it twice under `#if`).
    public init?(of tree: StateModel, model: String, scope: String) {
        guard let code = tree.cpuModelCode[scope], let features = CPUModelFeatures(model: model, code: code) else { return nil }
        self.model = model
        self.scope = scope
        side = CPUModelRegisterComparison.sent(tree, scope: scope, features: features)
    }

    /// Whether the model migrates each register key of the folder's tables (keys of tables it
    /// never defines are `no`).
    public var migrated: [String: GateTruth] {
        Dictionary(uniqueKeysWithValues: side.keys.keys.map { ($0, side.lookup($0).truth) })
    }
}
