import Synchronization

/// Values computed once per key when first asked for, shared by every copy of the value type
/// that holds it (a producer or a diff is copied into each task of a matrix).
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let storage = Mutex<[Key: Value]>([:])

    /// The value for `key`, from `compute` the first time.
    func value(for key: Key, compute: () -> Value) -> Value {
        if let known = storage.withLock({ $0[key] }) { return known }
        let computed = compute()
        storage.withLock { $0[key] = computed }
        return computed
    }
}
