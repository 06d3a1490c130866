import Synchronization

/// Hands out the indices `0..<count` one at a time to the tasks that share it, so that each
/// task takes the next item as soon as it is free and no task is left with the last large
/// files while the others idle.
final class WorkQueue: Sendable {
    private let next = Atomic<Int>(0)
    /// How many items there are.
    let count: Int

    /// A queue of the items `0..<count`.
    init(count: Int) {
        self.count = count
    }

    /// The next item no task has taken, or nil when all have been.
    func take() -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }
}
