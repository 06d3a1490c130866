/// What a migration does in one direction because of a state difference.
public enum StateOutcome: String, Hashable, Sendable, Codable {
    /// The destination refuses the stream.
    case breaks
    /// It breaks only when a run-time condition holds (a subsection's `.needed`, a field's
    /// test predicate): not decidable from the sources.
    case conditional
    /// The destination accepts the stream.
    case fine
    /// The sources do not say (a custom `VMStateInfo` whose bytes only its code knows).
    case unknown
}

/// The direction(s) a finding breaks, A → B being forward.
public enum StateDirection: String, Hashable, Sendable, Codable {
    case forward, backward, both
    /// Breaks in some direction only under a run-time condition.
    case conditional
    /// Neither direction breaks; the finding says why.
    case wireNeutral = "wire-neutral"
    /// The sources cannot say; the finding says why.
    case unknown
}

/// What a state finding reaches in a VM.
public enum StateReach: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The CPU of a target (`target/arm`): every machine of that target.
    case cpu(scope: String)
    /// A device type (and its QOM subtypes).
    case device(type: String)
    /// Registered by code rather than a device class: `function` in `file`.
    case code(function: String, file: String)
    /// Nothing registers it.
    case unregistered

    public var description: String {
        switch self {
        case .cpu(let scope): "CPU of \(scope) (every machine of that target)"
        case .device(let type): "device \(type)"
        case .code(let function, let file): "\(function)() in \(file)"
        case .unregistered: "nothing (never registered)"
        }
    }
}

/// One difference in migrated state between two trees.
public struct StateFinding: Hashable, Sendable, Codable {
    /// What differs.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case sectionAdded = "section-added"
        case sectionRemoved = "section-removed"
        case version
        case layout
        case subsectionAdded = "subsection-added"
        case subsectionRemoved = "subsection-removed"
        case registrationAdded = "registration-added"
        case registrationRemoved = "registration-removed"
        case unregistered
        case registerKeys = "register-keys"
        /// The destination's CPU refuses the source's CPU model (``CPUIdentityComparison``).
        case cpuIdentity = "cpu-identity"
    }

    public var kind: Kind
    /// The wire name of the section (`cpu`, `cpu/slb`), or the register table.
    public var subject: String
    /// The C identifier on either side (`vmstate_arm_cpu`).
    public var identifier: String
    /// What changed, one line per element.
    public var details: [String]
    /// A → B.
    public var forward: StateOutcome
    /// B → A.
    public var backward: StateOutcome
    /// Why each direction does what it does (QEMU's rule that decides it).
    public var why: String
    /// What it reaches.
    public var reach: [StateReach]
    /// Where, in A and in B.
    public var from: SourceLocation?
    public var to: SourceLocation?

    /// Creates a finding.
    public init(
        kind: Kind, subject: String, identifier: String, details: [String], forward: StateOutcome, backward: StateOutcome,
        why: String, reach: [StateReach], from: SourceLocation?, to: SourceLocation?
    ) {
        self.kind = kind
        self.subject = subject
        self.identifier = identifier
        self.details = details
        self.forward = forward
        self.backward = backward
        self.why = why
        self.reach = reach
        self.from = from
        self.to = to
    }

    /// The direction(s) it breaks.
    public var direction: StateDirection {
        switch (forward, backward) {
        case (.breaks, .breaks): .both
        case (.breaks, _): .forward
        case (_, .breaks): .backward
        case (.fine, .fine): .wireNeutral
        case (.unknown, _), (_, .unknown): .unknown
        default: .conditional
        }
    }

    /// Whether it reaches the CPU of `scope`-mapped target, or one of `devices`.
    public func reaches(cpuScopes: Set<String>, devices: Set<String>) -> Bool {
        reach.contains { reach in
            switch reach {
            case .cpu(let scope): cpuScopes.contains(scope)
            case .device(let type): devices.contains(type)
            case .code, .unregistered: false
            }
        }
    }
}
