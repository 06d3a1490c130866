/// What a user asked the lifecycle about: a machine type name or a bare machine version.
public struct LifecycleSubject: Hashable, Sendable {
    /// The text as given.
    public var input: String
    /// The machine, when a name was given.
    public var machine: MachineTypeName?
    /// The machine version whose age the rule measures.
    public var version: MachineVersion

    /// The accepted forms, for error messages.
    public static let acceptedForms =
        "a machine version (7.2, 4.0.1) or a versioned machine name (\(MachineTypeName.acceptedForms))"

    /// Parses `7.2`, `4.0.1`, `pc-q35-7.2`, `virt-10.0`, `pseries-2.12-sxxm`.
    public init(parsing input: String) throws(GuestABIError) {
        self.input = input
        guard let first = input.utf8.first else {
            throw GuestABIError(.invalidMachineName, input: input, reason: "empty argument", hint: "expected \(Self.acceptedForms)")
        }
        if first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") {
            do {
                version = try MachineVersion(parsing: input)
            } catch {
                throw GuestABIError(error.code, input: input, reason: error.reason, hint: "expected \(Self.acceptedForms)")
            }
            machine = nil
        } else {
            let name = try MachineTypeName(parsing: input)
            machine = name
            version = name.version
        }
    }
}

/// The lifecycle of one machine or version: when QEMU deprecates it, when it stops registering
/// it, and optionally its status in one chosen build.
public struct LifecycleSummary: Hashable, Sendable, Codable {
    /// The text the user gave.
    public var input: String
    /// The machine version the verdict is about.
    public var version: MachineVersion
    /// The first release that deprecates it.
    public var deprecatedIn: QEMUVersion?
    /// The first release that no longer registers it.
    public var deletedIn: QEMUVersion?
    /// The status in the chosen build, when one was chosen.
    public var status: LifecycleStatus?

    /// Creates a summary.
    public init(
        input: String, version: MachineVersion, deprecatedIn: QEMUVersion?, deletedIn: QEMUVersion?,
        status: LifecycleStatus?
    ) {
        self.input = input
        self.version = version
        self.deprecatedIn = deprecatedIn
        self.deletedIn = deletedIn
        self.status = status
    }
}

extension LifecycleHistory {
    /// The lifecycle of `subject`, with its status at `qemu` when given.
    public func summary(
        of subject: LifecycleSubject, at qemu: QEMUVersion? = nil, environment: LifecycleEnvironment = .standard
    ) -> LifecycleSummary {
        // xenfv and pc-1.x are outside the automatic rule: no dates, and no status the rule
        // could give (a registry of the release says whether it is still there).
        if let family = subject.machine?.family, !family.followsLifecycleRule {
            return LifecycleSummary(input: subject.input, version: subject.version, deprecatedIn: nil, deletedIn: nil, status: nil)
        }
        return LifecycleSummary(
            input: subject.input, version: subject.version,
            deprecatedIn: deprecatedIn(subject.version, environment: environment),
            deletedIn: deletedIn(subject.version, environment: environment),
            status: qemu.map { status(of: subject.version, at: $0, environment: environment) })
    }

    /// The first release that deprecates `machine` under the rule, nil for a family outside it.
    public func deprecatedIn(_ machine: MachineDefinition) -> QEMUVersion? {
        machine.family.followsLifecycleRule ? deprecatedIn(machine.version) : nil
    }

    /// The first release that stops registering `machine`, nil for a family outside the rule.
    public func deletedIn(_ machine: MachineDefinition) -> QEMUVersion? {
        machine.family.followsLifecycleRule ? deletedIn(machine.version) : nil
    }
}
