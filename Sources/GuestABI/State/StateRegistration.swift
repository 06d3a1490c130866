/// A place that puts a description into the migration stream.
public struct StateRegistration: Hashable, Sendable, Codable {
    /// How the description is registered.
    public enum Mechanism: String, Hashable, Sendable, Codable {
        /// `dc->vmsd = &x` (or `.vmsd = &x` in a class initializer): one section per device.
        case deviceClass = "dc->vmsd"
        /// `.legacy_vmsd = &x` / `cc->vmsd`: the CPU's section.
        case cpuClass = "cpu-class"
        /// `vmstate_register*()`, `vmstate_replace_hack_for_ppc()`.
        case vmstateRegister = "vmstate_register"
        /// `register_savevm_live()`: a live section with its own handlers (RAM, block, …).
        case savevmLive = "register_savevm_live"
    }

    /// The description's C identifier (for `register_savevm_live`, the section name).
    public var section: String
    /// How.
    public var mechanism: Mechanism
    /// The function that registers it (a class_init for `dc->vmsd`), nil at file scope.
    public var function: String?
    /// The QOM type whose class_init registers it, when known.
    public var qomType: String?
    /// Where.
    public var location: SourceLocation

    /// Creates a registration.
    public init(section: String, mechanism: Mechanism, function: String?, qomType: String?, location: SourceLocation) {
        self.section = section
        self.mechanism = mechanism
        self.function = function
        self.qomType = qomType
        self.location = location
    }
}

/// One migrated Arm coprocessor/system register key: an encoding the CPU's `cpreg` list
/// carries, as `ENCODE_CP_REG` / `ENCODE_AA64_CP_REG` would build it.
public struct CPRegKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// `aa64 op0=3 op1=0 crn=1 crm=0 op2=0` or `aa32 cp15 op1=0 crn=1 crm=0 op2=0`.
    public var key: String
    /// The register's `.name`.
    public var name: String
    /// Where the entry is written.
    public var location: SourceLocation
    /// Conditions beyond the table's gate under which the entry is migrated, when code changes
    /// its `.type` before defining the table (`vapa_cp_reginfo[0].type = ARM_CP_ALIAS` when
    /// `arm_feature(env, ARM_FEATURE_LPAE)` gives `!(arm_feature(env, ARM_FEATURE_LPAE))`).
    public var conditions: [String]

    /// Creates a key.
    public init(key: String, name: String, location: SourceLocation, conditions: [String] = []) {
        self.key = key
        self.name = name
        self.location = location
        self.conditions = conditions
    }

    /// True when a coordinate is computed by the code (`crm=*`): the key stands for the
    /// registers a loop may define, never compared as one register.
    public var isPattern: Bool { key.utf8.contains(UInt8(ascii: "*")) }

    /// Whether this pattern (``isPattern``) covers the concrete key `other`: equal bytes, a `*`
    /// standing for one number.
    public func covers(_ other: String) -> Bool {
        var pattern = key.utf8.makeIterator()
        var value = other.utf8.makeIterator()
        var next = value.next()
        while let byte = pattern.next() {
            if byte == UInt8(ascii: "*") {
                guard let digit = next, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return false }
                while let digit = next, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") { next = value.next() }
                continue
            }
            guard byte == next else { return false }
            next = value.next()
        }
        return next == nil
    }

    public var description: String { "\(name) (\(key))" + (conditions.isEmpty ? "" : " when \(GateExpression.conjunction(conditions))") }

    public static func < (lhs: CPRegKey, rhs: CPRegKey) -> Bool { (lhs.key, lhs.name) < (rhs.key, rhs.name) }
}

/// An `ARMCPRegInfo` table and the feature gate under which the CPU defines it.
public struct CPRegTable: Hashable, Sendable, Codable {
    /// The table's C identifier.
    public var identifier: String
    /// The function that calls `define_arm_cp_regs*` on it, and the conditions around that call
    /// (canonical C text, outermost first); empty when defined unconditionally.
    public var definedIn: String?
    /// The conditions, outermost first.
    public var gate: [String]
    /// Keys the table puts in the migrated list (alias, no-raw and special entries excluded).
    public var keys: [CPRegKey]
    /// Entries left out of migration, by name, with why.
    public var excluded: [String]
    /// Where the table is defined.
    public var location: SourceLocation

    /// Creates a table.
    public init(
        identifier: String, definedIn: String?, gate: [String], keys: [CPRegKey], excluded: [String], location: SourceLocation
    ) {
        self.identifier = identifier
        self.definedIn = definedIn
        self.gate = gate
        self.keys = keys
        self.excluded = excluded
        self.location = location
    }

    /// `in define_debug_regs if arm_feature(env, ARM_FEATURE_V7)`-style text.
    public var gateDescription: String {
        var text = definedIn.map { "defined by \($0)()" } ?? "never passed to define_arm_cp_regs"
        if !gate.isEmpty { text += " when " + GateExpression.conjunction(gate) }
        return text
    }
}
