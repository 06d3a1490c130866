/// How a prediction compares with a live result.
public enum PredictionOutcome: Hashable, Sendable {
    /// Predicted and real outcome agree.
    case agreement
    /// Predicted to fail, but the migration completed.
    case falseAlarm
    /// Predicted to complete, but it failed or timed out. `inScope` is false when the cause is
    /// something the predicting tier does not look at; `reason` says what.
    case miss(inScope: Bool, reason: String)
    /// No prediction for this cell.
    case unpredicted
    /// The predicting tier said `unknown`: it declined to predict, saying why (neither an
    /// agreement nor an alarm).
    case undecided

    /// Compares `predicted` with the live `status`; the destination's `error` explains a miss.
    public init(predicted: Prediction?, status: LiveMigrationResult.Status, error: String?) {
        guard let predicted else {
            self = .unpredicted
            return
        }
        guard predicted.verdict != MigrationVerdict.Verdict.unknown.rawValue else {
            self = .undecided
            return
        }
        guard let predicts = predicted.predictsCompletion else {
            self = .unpredicted
            return
        }
        let completed = status == .completed
        switch (predicts, completed) {
        case (true, true), (false, false): self = .agreement
        case (false, true): self = .falseAlarm
        case (true, false):
            let cause = DestinationFailureCause(status: status, error: error)
            self = .miss(inScope: cause.isMachineTypeABI, reason: cause.description)
        }
    }

    /// The outcome's name in reports: `agreement`, `false-alarm`, `miss`, `unpredicted`, `undecided`.
    public var name: String {
        switch self {
        case .agreement: "agreement"
        case .falseAlarm: "false-alarm"
        case .miss: "miss"
        case .unpredicted: "unpredicted"
        case .undecided: "undecided"
        }
    }
}

/// What made a destination refuse a migration, read from its error text, and whether that is
/// part of the machine type's ABI (which the static tier judges) or not.
public struct DestinationFailureCause: Hashable, Sendable, CustomStringConvertible {
    /// The kinds of cause.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The destination refused the machine type's name.
        case machineTypeName
        /// The source refused to start: a device of the VM cannot migrate at all.
        case migrationBlocker
        /// The CPU's migration state (registers, cpreg lists, SLB) did not load.
        case cpuState
        /// A RAM block (ROM, firmware) is missing or has another size.
        case ramLayout
        /// A device's migration state did not load (section, field, version, config space).
        case deviceState
        /// No outcome before the deadline.
        case timeout
        /// Nothing the harness recognises.
        case unexplained
    }

    /// The kind.
    public var kind: Kind

    /// Reads `error`; a timeout is a timeout whatever was said.
    public init(status: LiveMigrationResult.Status, error: String?) {
        guard status != .timeout else {
            kind = .timeout
            return
        }
        let text = error ?? ""
        func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        if has("non-migratable device") {
            kind = .migrationBlocker
        } else if has("Machine type received is") {
            kind = .machineTypeName
        } else if has("device 'cpu'", "cpu/", "cpreg", "of device 'cpu") {
            kind = .cpuState
        } else if has("ramblock", "RAM block", "Length mismatch") {
            kind = .ramLayout
        } else if has(
            "Unknown savevm section", "Missing section footer", "Bad config data", "Features 0x", "error while loading state",
            "Failed to load", "version_id", "load of migration failed")
        {
            kind = .deviceState
        } else {
            kind = .unexplained
        }
    }

    /// Whether the cause lies inside the machine type's ABI (compat properties, class facts,
    /// the machine name), the scope of the static tier. Causes the harness cannot explain count
    /// as inside: a miss is never excused without a reason.
    public var isMachineTypeABI: Bool {
        switch kind {
        case .machineTypeName, .timeout, .unexplained: true
        case .migrationBlocker, .cpuState, .ramLayout, .deviceState: false
        }
    }

    /// Whether the cause lies in the migrated CPU or device state, which the migration-state
    /// reasons read from sources judge.
    public var isMigrationState: Bool { kind == .cpuState || kind == .deviceState }

    public var description: String {
        switch kind {
        case .machineTypeName: "machine type name refused by the destination"
        case .migrationBlocker: "a device that blocks migration (not a machine-type question)"
        case .cpuState: "CPU state not covered by machine-type ABI"
        case .ramLayout: "RAM block layout (ROM/firmware sizes) not covered by machine-type ABI"
        case .deviceState: "device migration state not covered by machine-type ABI"
        case .timeout: "no outcome before the deadline"
        case .unexplained: "failure the harness cannot attribute"
        }
    }
}
