/// What a CPU folder's code says about which features each CPU model has and which functions
/// run for it (Arm: `target/arm`), read from the sources so a register table's gate can be
/// evaluated for one model (``CPUModelFeatures``).
///
/// - `models`: the `ARMCPUInfo` entries (`{ .name = "cortex-a15", .initfn = cortex_a15_initfn }`).
/// - `functions`: for every function of the folder that sets or clears a feature, defines a
///   register table, or calls one that does, its calls, `set_feature` and `unset_feature`
///   sites, each with the conditions around it.
public struct CPUModelCode: Hashable, Sendable, Codable {
    /// The models, in definition order.
    public var models: [CPUModelEntry]
    /// The functions, by name (static functions of the same name in two files are merged).
    public var functions: [String: CPUFunctionFacts]
    /// Functions passed to QOM property-adding calls (accessors run when a property is set,
    /// not when the model is built): left out of `functions` once the code is pruned.
    public var accessors: [String]

    /// Creates the code facts.
    public init(models: [CPUModelEntry] = [], functions: [String: CPUFunctionFacts] = [:], accessors: [String] = []) {
        self.models = models
        self.functions = functions
        self.accessors = accessors
    }

    /// True when nothing was read.
    public var isEmpty: Bool { models.isEmpty && functions.isEmpty }

    /// Both sets of facts together.
    public mutating func merge(_ other: CPUModelCode) {
        models += other.models
        accessors = Array(Set(accessors).union(other.accessors)).sorted()
        for (name, facts) in other.functions {
            if var existing = functions[name] {
                existing.calls += facts.calls
                existing.sets += facts.sets
                existing.unsets += facts.unsets
                functions[name] = existing
            } else {
                functions[name] = facts
            }
        }
    }
}

/// One CPU model as its folder registers it.
public struct CPUModelEntry: Hashable, Sendable, Codable {
    /// The model name `-cpu` takes (`cortex-a15`).
    public var name: String
    /// The functions the entry names (`.initfn`, `.class_init`): they run for this model only.
    public var functions: [String]
    /// Where the entry is written.
    public var location: SourceLocation

    /// Creates an entry.
    public init(name: String, functions: [String], location: SourceLocation) {
        self.name = name
        self.functions = functions
        self.location = location
    }
}

/// A name used under conditions: a callee, or a feature set or cleared.
public struct GuardedName: Hashable, Sendable, Codable {
    /// The callee or the feature (`ARM_FEATURE_LPAE`).
    public var name: String
    /// The conditions around the use, outermost first (canonical C text).
    public var conditions: [String]

    /// Creates a use.
    public init(name: String, conditions: [String]) {
        self.name = name
        self.conditions = conditions
    }
}

/// The calls and feature changes of one function.
public struct CPUFunctionFacts: Hashable, Sendable, Codable {
    /// Calls of other functions of the folder's code.
    public var calls: [GuardedName]
    /// `set_feature(…, NAME)` sites.
    public var sets: [GuardedName]
    /// `unset_feature(…, NAME)` sites.
    public var unsets: [GuardedName]

    /// Creates the facts.
    public init(calls: [GuardedName] = [], sets: [GuardedName] = [], unsets: [GuardedName] = []) {
        self.calls = calls
        self.sets = sets
        self.unsets = unsets
    }
}
