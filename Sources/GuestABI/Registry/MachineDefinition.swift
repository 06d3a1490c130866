/// One versioned machine type as a QEMU release defines it: identity, lifecycle flags and its
/// effective guest ABI (the ordered compat list and class facts its options chain applies).
public struct MachineDefinition: Hashable, Sendable, Codable, Comparable {
    /// The target whose binary registers it.
    public var target: Target
    /// The name QEMU registers (`pc-q35-10.0`).
    public var name: String
    /// The family.
    public var family: MachineFamily
    /// The version part of the name.
    public var version: MachineVersion
    /// The unversioned alias pointing at it (`q35`), if any.
    public var alias: String?
    /// True when it is the target's default machine.
    public var isDefault: Bool
    /// True when a binary of this release registers it (false when the lifecycle rule deletes
    /// it, though the code remains).
    public var registered: Bool
    /// True when a binary of this release flags it as deprecated.
    public var deprecated: Bool
    /// The machine's description (`-machine help`), when it could be read.
    public var summary: String?
    /// The build condition the definition sits under (`CONFIG_XEN`), if any.
    public var condition: String?
    /// Where the machine is defined.
    public var location: SourceLocation?
    /// Every compat entry in application order; for one `driver.property` the last one wins.
    public var compat: [CompatProperty]
    /// Class facts, each field once with its final value, in the order first set.
    public var classFacts: [ClassFact]
    /// What the class inits of the machine's parent types set before its own chain runs (the
    /// parents its family file declares, root first; nil when none was read): the value a field
    /// has for this machine when its chain leaves it alone. A newer release's pin of such a
    /// field is checked against it; it is not compared as ABI itself (a parent's class init
    /// applies to the whole family).
    public var inheritedFacts: [ClassFact]?

    /// Creates a definition.
    public init(
        target: Target, name: String, family: MachineFamily, version: MachineVersion, alias: String? = nil,
        isDefault: Bool = false, registered: Bool = true, deprecated: Bool = false, summary: String? = nil,
        condition: String? = nil, location: SourceLocation? = nil, compat: [CompatProperty] = [],
        classFacts: [ClassFact] = [], inheritedFacts: [ClassFact]? = nil
    ) {
        self.target = target
        self.name = name
        self.family = family
        self.version = version
        self.alias = alias
        self.isDefault = isDefault
        self.registered = registered
        self.deprecated = deprecated
        self.summary = summary
        self.condition = condition
        self.location = location
        self.compat = compat
        self.classFacts = classFacts
        self.inheritedFacts = inheritedFacts
    }

    /// The identity (target, name).
    public var id: MachineID { MachineID(target: target, name: name) }

    /// The effective value of each `driver.property` after every entry is applied in order.
    public var effectiveCompat: [String: String] {
        var values: [String: String] = [:]
        for entry in compat { values[entry.key] = entry.value }
        return values
    }

    /// The final value of each class field (each field is listed once already; the last wins
    /// should a list repeat one).
    public var effectiveClassFacts: [String: String] {
        var values: [String: String] = [:]
        for fact in classFacts { values[fact.field] = fact.value }
        return values
    }

    /// The machine without source locations: what stays equal between two releases whose line
    /// numbers moved.
    public var withoutSourceLocations: MachineDefinition {
        var copy = self
        copy.location = nil
        copy.compat = compat.map { entry in
            var entry = entry
            entry.source.location = nil
            return entry
        }
        copy.classFacts = classFacts.map { fact in
            var fact = fact
            fact.source.location = nil
            return fact
        }
        copy.inheritedFacts = inheritedFacts?.map { fact in
            var fact = fact
            fact.source.location = nil
            return fact
        }
        return copy
    }

    public static func < (lhs: MachineDefinition, rhs: MachineDefinition) -> Bool {
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.family != rhs.family { return lhs.family < rhs.family }
        if lhs.version != rhs.version { return lhs.version > rhs.version }
        return lhs.name < rhs.name
    }
}
