/// What one real live migration did, judged by the destination.
public struct LiveMigrationResult: Hashable, Sendable, Codable {
    /// How the migration ended.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// The destination completed the incoming migration, left `inmigrate`, is alive and
        /// logged no load error (and, with a booted guest, the guest kept running).
        case completed
        /// Anything else that ended before the deadline: the destination rejected the stream,
        /// died, or a side could not start.
        case failed
        /// No outcome before the deadline.
        case timeout
    }

    /// The source's machine type.
    public var machine: String
    /// The destination's machine type when it differs (`--to-machine`).
    public var toMachine: String?
    /// The devices both sides had.
    public var devices: [String]
    /// Devices only the source had (negative controls).
    public var sourceOnlyDevices: [String]
    /// The outcome.
    public var status: Status
    /// The harness's wall time for the whole cell: both start-ups, the migration, the judging
    /// and the teardown, in seconds.
    public var seconds: Double
    /// The time until both QEMUs answered on QMP (process start-up), in seconds.
    public var startupSeconds: Double?
    /// QEMU's own `total-time` of the migration (the source's `query-migrate`), in milliseconds.
    public var qemuMilliseconds: Int?
    /// Why it failed, in the destination's words when it said something (its standard error,
    /// then its `query-migrate` error), else what the harness saw.
    public var error: String?
    /// The destination's migration status (`query-migrate`) at the end, when it answered.
    public var destinationStatus: String?
    /// The destination's run state (`query-status`) at the end, when it answered.
    public var destinationRunState: String?
    /// The source's migration status at the end.
    public var sourceStatus: String?
    /// Facts worth a line: a port retried, the heartbeat counters of a booted guest.
    public var notes: [String]
    /// What the static tier said about the same cell, and how that compares.
    public var predicted: Prediction?
    /// What the probed tier (probe files of the binaries, `verify --probe`) said about the same
    /// cell, when it was asked.
    public var probed: Prediction?

    /// Creates a result for `cell`.
    public init(
        cell: VerifyCell, status: Status, seconds: Double, startupSeconds: Double? = nil, qemuMilliseconds: Int? = nil,
        error: String? = nil, destinationStatus: String? = nil, destinationRunState: String? = nil,
        sourceStatus: String? = nil, notes: [String] = [], predicted: Prediction? = nil, probed: Prediction? = nil
    ) {
        machine = cell.machine
        toMachine = cell.toMachine
        devices = cell.devices
        sourceOnlyDevices = cell.sourceOnlyDevices
        self.status = status
        self.seconds = seconds
        self.startupSeconds = startupSeconds
        self.qemuMilliseconds = qemuMilliseconds
        self.error = error
        self.destinationStatus = destinationStatus
        self.destinationRunState = destinationRunState
        self.sourceStatus = sourceStatus
        self.notes = notes
        self.predicted = predicted
        self.probed = probed
    }

    /// The cell this result is for.
    public var cell: VerifyCell {
        VerifyCell(machine: machine, toMachine: toMachine, devices: devices, sourceOnlyDevices: sourceOnlyDevices)
    }

    /// How the prediction compares with what happened.
    public var outcome: PredictionOutcome {
        PredictionOutcome(predicted: predicted, status: status, error: error)
    }

    /// How the probed tier's prediction compares with what happened (``PredictionOutcome/unpredicted``
    /// when the probed tier was not asked).
    public var probedOutcome: PredictionOutcome {
        PredictionOutcome(predicted: probed, status: status, error: error)
    }
}
