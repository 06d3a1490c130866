import Synchronization

/// The per-model register findings of one producer, computed once per (source model,
/// destination model, CPU folder): a matrix asks for the same pair for every machine of a target.
final class CPUModelFindingCache: Sendable {
    private struct Key: Hashable {
        var modelA: String
        var modelB: String
        var scope: String
    }

    private let storage = Mutex<[Key: [StateFinding]?]>([:])

    /// The findings for the key, from `compute` the first time (nil: the models are not known).
    func findings(modelA: String, modelB: String, scope: String, compute: () -> [StateFinding]?) -> [StateFinding]? {
        let key = Key(modelA: modelA, modelB: modelB, scope: scope)
        if let known = storage.withLock({ $0[key] }) { return known }
        let computed = compute()
        storage.withLock { $0[key] = computed }
        return computed
    }
}
