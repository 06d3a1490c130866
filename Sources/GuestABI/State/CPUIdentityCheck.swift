/// A check a CPU folder's code makes on incoming state against the destination CPU's own class:
/// the CPU section's `post_load` returns an error when a migrated field the source's model
/// set (PowerPC: `env->spr[SPR_PVR]`, which a model's class `pvr` resets) does not match the
/// destination's model (`!pvr_match(cpu, env->spr[SPR_PVR])`, which calls the class's
/// `pvr_match` hook). Read from the sources with what the check needs to be evaluated for two
/// models: the functions it calls, the class fields they read for every model, and the
/// folder's integer constants (``CPUIdentityEvaluation``).
public struct CPUIdentityCheck: Hashable, Sendable, Codable {
    /// The section whose `post_load` checks (`vmstate_ppc_cpu`), and that function.
    public var section: String
    public var function: String
    /// The `return` of a negative value that refuses the stream.
    public var location: SourceLocation
    /// The conjunct that compares (`!pvr_match(cpu, env->spr[SPR_PVR])`).
    public var check: String
    /// The other conditions around the refusal, which depend on run-time state
    /// (`!(cpu->compat_pvr)`): listed in the verdict, not evaluated.
    public var runTimeConditions: [String]
    /// The `post_load`'s locals holding the CPU (`cpu` of `PowerPCCPU *cpu = opaque;`).
    public var cpuObjects: [String]
    /// The migrated field the check reads (`env->spr[SPR_PVR]`).
    public var field: String
    /// The class field the migrated field is reset from (`pvr` of
    /// `spr_register(env, SPR_PVR, …, pcc->pvr)`), and where; nil when the sources do not say.
    public var resetField: String?
    public var resetLocation: SourceLocation?
    /// The functions the check calls, directly, through a class hook, or from those.
    public var functions: [String: CPUCheckFunction]
    /// Every model's class fields that the functions read (`pvr`, `pvr_match`), as C text,
    /// its ancestors' class inits applied first.
    public var classes: [String: CPUClassFields]
    /// The folder's integer constants the functions and fields use.
    public var constants: [String: Int]

    /// Creates a check.
    public init(
        section: String, function: String, location: SourceLocation, check: String, runTimeConditions: [String],
        cpuObjects: [String], field: String, resetField: String?, resetLocation: SourceLocation?,
        functions: [String: CPUCheckFunction], classes: [String: CPUClassFields], constants: [String: Int]
    ) {
        self.section = section
        self.function = function
        self.location = location
        self.check = check
        self.runTimeConditions = runTimeConditions
        self.cpuObjects = cpuObjects
        self.field = field
        self.resetField = resetField
        self.resetLocation = resetLocation
        self.functions = functions
        self.classes = classes
        self.constants = constants
    }
}

/// One model's class fields (`pvr` = `CPU_POWERPC_POWER9_DD20`), where the model's type is declared.
public struct CPUClassFields: Hashable, Sendable, Codable {
    public var fields: [String: String]
    public var location: SourceLocation

    /// Creates the fields.
    public init(fields: [String: String], location: SourceLocation) {
        self.fields = fields
        self.location = location
    }
}

/// A C function small enough to evaluate: its declarations with initialisers and its `return`s
/// in source order, each with the conditions around it. A function with a loop, a `switch`, a
/// `goto` or an assignment after its declarations is `opaque` (its value unknown), saying why.
public struct CPUCheckFunction: Hashable, Sendable, Codable {
    /// A declaration (`uint32_t base = pvr & MASK;`) or a `return`.
    public struct Step: Hashable, Sendable, Codable {
        /// The declared name; nil for a `return`.
        public var declares: String?
        /// The initialiser or returned value (C text).
        public var value: String
        /// The conditions that hold there (conjuncts, C text).
        public var conditions: [String]

        /// Creates a step.
        public init(declares: String?, value: String, conditions: [String]) {
            self.declares = declares
            self.value = value
            self.conditions = conditions
        }
    }

    public var name: String
    public var parameters: [String]
    public var steps: [Step]
    /// Why it cannot be evaluated; nil when it can.
    public var opaque: String?
    public var location: SourceLocation

    /// Creates a function.
    public init(name: String, parameters: [String], steps: [Step], opaque: String?, location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.steps = steps
        self.opaque = opaque
        self.location = location
    }
}
