/// Origin versions as integer ranks, so a cell compares integers instead of versions.
struct OriginRanks {
    /// The distinct versions, ascending.
    let versions: [MachineVersion]
    /// Each origin's rank in `versions`, or -1 when its name has no version.
    let ranks: [Int32]

    init(_ originVersions: [MachineVersion?]) {
        versions = Array(Set(originVersions.compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: versions.enumerated().map { ($0.element, Int32($0.offset)) })
        ranks = originVersions.map { $0.flatMap { index[$0] } ?? -1 }
    }

    /// The number of versions below `bound`: ranks under it are frozen.
    func rank(below bound: MachineVersion) -> Int32 {
        var low = 0
        var high = versions.count
        while low < high {
            let middle = (low + high) / 2
            if versions[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }
}
