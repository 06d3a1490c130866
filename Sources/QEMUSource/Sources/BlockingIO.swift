import Dispatch

/// Runs blocking file-system work on Dispatch's global queue, so file reads never hold on to the threads
/// of Swift's cooperative pool.
enum BlockingIO {
    /// The result of `work`, run on a Dispatch worker thread.
    static func run<Value: Sendable>(
        _ work: @escaping @Sendable () throws(QEMUSourceError) -> Value
    ) async throws(QEMUSourceError) -> Value {
        let result: Result<Value, QEMUSourceError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result(catching: work))
            }
        }
        return try result.get()
    }

    /// Calls `body` for every index in `0..<count`, spread over the cores, and waits for all of them.
    ///
    /// Blocking: call it from inside ``run(_:)``.
    static func concurrentlyPerform(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        if count == 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }
}
