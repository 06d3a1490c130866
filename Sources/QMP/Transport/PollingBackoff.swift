/// The waits between attempts at non-blocking I/O: short at first so a quick reply costs
/// almost nothing, longer while a peer stays silent, never past a deadline.
///
/// Waiting is `Task.sleep`, so it occupies no thread and ends promptly on cancellation.
struct PollingBackoff {
    /// The first wait after a success.
    static let initialDelay: Duration = .microseconds(250)
    /// The longest single wait.
    static let maximumDelay: Duration = .milliseconds(20)

    private var delay = initialDelay

    /// Starts again from the shortest wait, after an attempt made progress.
    mutating func reset() {
        delay = Self.initialDelay
    }

    /// Sleeps for the next wait, cut short at `deadline`; returns false, without sleeping, when
    /// the deadline has already passed. Throws `CancellationError` when the task is cancelled.
    mutating func wait(until deadline: ContinuousClock.Instant) async throws -> Bool {
        let now = ContinuousClock.now
        guard now < deadline else { return false }
        let sleep = min(delay, now.duration(to: deadline))
        delay = min(delay * 2, Self.maximumDelay)
        try await Task.sleep(for: sleep)
        return true
    }
}
