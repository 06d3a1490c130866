/// The features one CPU model has and the functions that run for it, evaluated from its
/// folder's ``CPUModelCode`` the way QEMU builds a CPU:
/// 1. the model's own functions (`.initfn`, `.class_init`) run, and every function they call
///    (under the conditions of the call); a function no other function of the folder calls and
///    no model names (`arm_cpu_realizefn`, reached through a class pointer) runs for every model;
///    one that some other model names does not run for this one;
/// 2. the `set_feature` sites of the functions that run raise features to a fixed point (the
///    implications `V7VE → LPAE, V7`, `V7 → VAPA` …);
/// 3. the `unset_feature` sites then clear them: surely when their conditions hold, to
///    `unknown` when they depend on what the sources do not decide (`!cpu->has_el3` is a
///    property a machine sets); implications raise again the features no unset touched.
///
/// Conditions are ``GateExpression``s: what is not a feature test is `unknown`, so a table gated
/// on `cpu_isar_feature(…)` is `unknown` for every model rather than guessed.
public struct CPUModelFeatures: Sendable {
    /// The model (`cortex-a15`).
    public let model: String
    /// Each feature's value; a feature not listed is `no`.
    public private(set) var features: [String: GateTruth] = [:]
    /// Whether each function of the code runs for the model.
    public private(set) var runs: [String: GateTruth] = [:]

    /// Evaluates `model` in `code`; nil when the code registers no model of that name, or
    /// registers it twice with different functions (`#if` branches the reader cannot choose).
    public init?(model: String, code: CPUModelCode) {
        let entries = code.models.filter { $0.name == model }
        guard let entry = entries.first, entries.allSatisfy({ $0.functions == entry.functions }) else { return nil }
        self.model = model
        let own = Set(entry.functions)
        let named = Set(code.models.flatMap(\.functions))
        var callers: [String: [(caller: String, conditions: [String])]] = [:]
        for (caller, facts) in code.functions {
            for call in facts.calls { callers[call.name, default: []].append((caller, call.conditions)) }
        }
        var cache = GateCache()
        // Features an unset may have cleared: later sets leave them as the unset left them.
        var cleared: Set<String> = []

        func reachability(_ features: [String: GateTruth]) -> [String: GateTruth] {
            var memo: [String: GateTruth] = [:]
            var visiting: Set<String> = []
            func reach(_ function: String) -> GateTruth {
                if let known = memo[function] { return known }
                if own.contains(function) { return .yes }
                var result: GateTruth = !named.contains(function) && (callers[function] ?? []).isEmpty ? .yes : .no
                visiting.insert(function)
                for site in callers[function] ?? [] where !visiting.contains(site.caller) && result != .yes {
                    result = result || (reach(site.caller) && cache.evaluate(site.conditions, features))
                }
                visiting.remove(function)
                memo[function] = result
                return result
            }
            var result: [String: GateTruth] = [:]
            for function in code.functions.keys { result[function] = reach(function) }
            for function in callers.keys where result[function] == nil { result[function] = reach(function) }
            return result
        }

        func raise(_ features: inout [String: GateTruth], _ runs: inout [String: GateTruth]) {
            for _ in 0..<16 {
                runs = reachability(features)
                var next = features
                for (function, facts) in code.functions {
                    let running = runs[function] ?? .no
                    guard running != .no else { continue }
                    for site in facts.sets where !cleared.contains(site.name) {
                        // After the unsets, a set does not undo one (QEMU clears last what a
                        // machine's properties turn off); it only raises what no unset touched.
                        next[site.name] = (next[site.name] ?? .no) || (running && cache.evaluate(site.conditions, features))
                    }
                }
                if next == features { return }
                features = next
            }
        }

        var features: [String: GateTruth] = [:]
        var runs: [String: GateTruth] = [:]
        raise(&features, &runs)
        for (function, facts) in code.functions {
            let running = runs[function] ?? .no
            guard running != .no else { continue }
            for site in facts.unsets {
                let clears = running && cache.evaluate(site.conditions, features)
                features[site.name] = (features[site.name] ?? .no) && !clears
                if clears != .no { cleared.insert(site.name) }
            }
        }
        raise(&features, &runs)
        self.features = features.filter { $0.value != .no }
        self.runs = runs
    }

    /// The value of `conditions` (conjuncts) for this model.
    public func evaluate(_ conditions: [String]) -> GateTruth {
        var cache = GateCache()
        return cache.evaluate(conditions, features)
    }

    /// Whether `function` runs for this model: `no` for a function the code does not hold.
    public func runs(_ function: String) -> GateTruth { runs[function] ?? .no }
}

/// Parsed conditions, each text parsed once.
struct GateCache {
    private var parsed: [String: GateExpression] = [:]

    /// The conjunction of `conditions` under `features`.
    mutating func evaluate(_ conditions: [String], _ features: [String: GateTruth]) -> GateTruth {
        var result = GateTruth.yes
        for condition in conditions {
            let expression: GateExpression
            if let known = parsed[condition] {
                expression = known
            } else {
                expression = GateExpression(parsing: condition)
                parsed[condition] = expression
            }
            result = result && expression.evaluate { features[$0] ?? .no }
            if result == .no { return .no }
        }
        return result
    }
}
