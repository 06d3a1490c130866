public import GuestABI

/// What `guestabi probe` learns from one QEMU binary: its machines with their compat lists,
/// built-in devices and effective ABI, the QOM type hierarchy and the property defaults those
/// compat lists touch. Written and read as the probe file (`--probe FILE`).
public struct ProbeReport: Hashable, Sendable, Codable {
    /// The binary that was probed.
    public var binary: String
    /// Its QEMU version, from the QMP greeting.
    public var qemuVersion: QEMUVersion
    /// The distribution's build identifier, or empty.
    public var package: String
    /// The target, from the binary's name (`qemu-system-x86_64`) or its machine names.
    public var target: Target?
    /// True when the binary reported each machine's compat properties (QEMU 9.1 and later).
    public var compatPropsAvailable: Bool
    /// Every machine type, sorted by name (``ProbedMachine/isOrderedBefore(_:_:)``).
    public var machines: [Machine]
    /// The QOM type hierarchy: each type name mapped to its parent's name.
    public var types: [String: String]
    /// The QOM types that are abstract (no instance can be created).
    public var abstractTypes: [String]
    /// For each concrete driver any compat entry reaches: its property defaults, as text
    /// (``PropertyValue/text(of:)``); `nil` for a property without a default.
    public var defaults: [String: [String: String?]]
    /// Why some drivers' defaults are missing (the QMP error per driver).
    public var defaultsUnavailable: [String: String]

    /// One machine type.
    public struct Machine: Hashable, Sendable, Codable {
        /// The machine type name.
        public var name: String
        /// Its alias (`q35`), if any.
        public var alias: String?
        /// True for the target's default machine.
        public var isDefault: Bool
        /// True when the binary flags it as deprecated.
        public var deprecated: Bool
        /// Its compat entries in application order, in the extractor's form (`source` is
        /// `query-machines`); `nil` when the binary cannot report them (before QEMU 9.1).
        public var compat: [CompatProperty]?
        /// The QOM types of the devices the machine creates by itself (started paused with
        /// `-nodefaults`), sorted; `nil` when they were not probed or the machine did not start.
        public var builtinDevices: [String]?
        /// Why ``builtinDevices`` is missing, when it was asked for.
        public var builtinDevicesError: String?
        /// For every (driver, property) any compat entry of the binary touches: the value this
        /// machine gives it; `nil` when ``compat`` is unknown.
        public var effective: [EffectiveProperty]?
        /// Why ``effective`` is missing.
        public var effectiveUnknown: String?

        /// Creates a machine entry.
        public init(
            name: String, alias: String?, isDefault: Bool, deprecated: Bool, compat: [CompatProperty]?,
            builtinDevices: [String]? = nil, builtinDevicesError: String? = nil, effective: [EffectiveProperty]? = nil,
            effectiveUnknown: String? = nil
        ) {
            self.name = name
            self.alias = alias
            self.isDefault = isDefault
            self.deprecated = deprecated
            self.compat = compat
            self.builtinDevices = builtinDevices
            self.builtinDevicesError = builtinDevicesError
            self.effective = effective
            self.effectiveUnknown = effectiveUnknown
        }
    }

    /// Creates a report.
    public init(
        binary: String, qemuVersion: QEMUVersion, package: String, compatPropsAvailable: Bool, machines: [Machine],
        types: [String: String], abstractTypes: [String], defaults: [String: [String: String?]],
        defaultsUnavailable: [String: String]
    ) {
        self.binary = binary
        self.qemuVersion = qemuVersion
        self.package = package
        self.target = Self.target(binary: binary, machines: machines.map(\.name))
        self.compatPropsAvailable = compatPropsAvailable
        self.machines = machines
        self.types = types
        self.abstractTypes = abstractTypes
        self.defaults = defaults
        self.defaultsUnavailable = defaultsUnavailable
    }

    /// The target a binary serves: by its file name, else the one its versioned machine names
    /// all parse for.
    static func target(binary: String, machines: [String]) -> Target? {
        let name = binary.split(separator: "/").last.map(String.init) ?? binary
        if let target = Target.allCases.first(where: { $0.binaryName == name }) { return target }
        var found: Set<Target> = []
        for machine in machines {
            guard let candidates = try? MachineTypeName.candidates(parsing: machine) else { continue }
            if candidates.count == 1, let only = candidates.first { found.insert(only.target) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The machine called `name`, or whose alias is `name`.
    public func machine(named name: String) -> Machine? {
        machines.first { $0.name == name } ?? machines.first { $0.alias == name }
    }
}

/// One cell of a machine's effective ABI: the value a property of a driver has on that machine.
public struct EffectiveProperty: Hashable, Sendable, Codable {
    /// Where the value comes from.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// A compat entry of the machine (on the driver or a parent type).
        case compat
        /// The driver's default (`device-list-properties`, `query-cpu-model-expansion` or
        /// `qom-list-properties`).
        case `default`
        /// The driver has the property but no default value.
        case noDefault
        /// The driver does not have the property (an optional entry, or a mistake).
        case unknownProperty
        /// The binary does not have the driver (not compiled in, or a misspelled entry).
        case unknownDriver
        /// The binary has the driver but could not report its defaults.
        case unavailable
    }

    /// The concrete QOM type.
    public var driver: String
    /// The property.
    public var property: String
    /// The value as text; `nil` unless ``origin`` is ``Origin/compat`` or ``Origin/default``.
    public var value: String?
    /// Where ``value`` comes from.
    public var origin: Origin

    /// Creates a cell.
    public init(driver: String, property: String, value: String?, origin: Origin) {
        self.driver = driver
        self.property = property
        self.value = value
        self.origin = origin
    }
}

/// How property values are written as text in a probe file.
public enum PropertyValue {
    /// A QMP value as text: strings as they are, booleans `true`/`false`, numbers in decimal,
    /// anything else as JSON.
    public static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .uint(let number): String(number)
        case .double(let number): String(number)
        default: String(decoding: value.jsonBytes, as: UTF8.self)
        }
    }
}
