import GuestABI

/// The parameters of a synthetic release history: how many releases, how many machine
/// families, how large the compat arrays are, and how often each kind of break is planted.
///
/// Releases follow QEMU's calendar: three feature releases a year (`1.0.0`, `1.1.0`, `1.2.0`,
/// `2.0.0`, …), with a stable update `X.Y.1` in place of every ``stableEvery``-th release.
/// Every feature release adds one machine version to each family; every stable update adds a
/// bugfix machine `X.Y.1` to each family (like `pc-q35-4.0.1`). The lifecycle is QEMU's
/// enforced rule: deprecated after 3 years (9 feature releases), not registered after 6 (18).
struct SyntheticShape: Sendable, Codable {
    /// Releases in total, feature releases and stable updates.
    var releases: Int
    /// Machine families (each one machine version per feature release).
    var families = 2
    /// Every this many releases, one is a stable update of the feature release before it.
    var stableEvery = 10
    /// Entries in each shared `hw_compat_X_Y` array.
    var sharedEntries = 3...8
    /// Entries in each family's own `<family>_compat_X_Y` array.
    var familyEntries = 0...3
    /// Class fields the family-wide options function sets from the first release (of 16; the
    /// others appear later, their old value pinned in the options function of the release before).
    var baseFacts = 8
    /// Each field's default changes after a feature release with odds 1 in this (the old value
    /// then goes into that release's options function, as QEMU does).
    var factChangeOdds = 12
    /// Compat entries every machine of a family gets (`<family>_compat_defaults`).
    var defaultEntries = 3
    /// In every this many feature releases, an entry is added to an array frozen 3 releases
    /// earlier (a `frozen-compat` break from then on).
    var frozenEditEvery = 25
    /// In every this many feature releases, the new family array pins a subject to a value the
    /// family defaults never had (a `mispinned` break).
    var mispinEvery = 40
    /// Every this many stable updates, one backports an entry into a frozen array that the next
    /// feature release does not have (a `stable-drift` break, and `frozen-compat` onwards).
    var driftEvery = 2
    /// Releases during which a machine past its deletion age is still defined, unregistered.
    var keepDeletedReleases = 3
    /// Seed of the content generator; each array's content depends only on it and its version.
    var seed: UInt64 = 0x5EED_0F_AB1

    /// One release of the history.
    struct Release: Sendable {
        /// The version (`X.Y.0`, or `X.Y.1` for a stable update).
        var version: QEMUVersion
        /// The index of its feature release (`X.Y.0`): 0, 1, 2, …
        var feature: Int
        /// The stable update's ordinal (1 for the first stable update of the history), or 0.
        var stableOrdinal: Int
        /// True for a stable update.
        var isStable: Bool { stableOrdinal > 0 }
    }

    /// Every release, oldest first.
    var history: [Release] {
        var result: [Release] = []
        var feature = -1
        var stables = 0
        for index in 0..<releases {
            if index % stableEvery == stableEvery - 1, feature >= 0 {
                stables += 1
                result.append(Release(version: Self.release(feature, micro: 1), feature: feature, stableOrdinal: stables))
            } else {
                feature += 1
                result.append(Release(version: Self.release(feature), feature: feature, stableOrdinal: 0))
            }
        }
        return result
    }

    /// The machine version of feature release `index` (`1.0`, `1.1`, `1.2`, `2.0`, …).
    static func machineVersion(_ index: Int, micro: Int? = nil) -> MachineVersion {
        MachineVersion(1 + index / (QEMUVersion.lastMinorOfYear + 1), index % (QEMUVersion.lastMinorOfYear + 1), micro: micro)
    }

    /// The QEMU version of feature release `index`, or of its stable update `micro`.
    static func release(_ index: Int, micro: Int = 0) -> QEMUVersion {
        let version = machineVersion(index)
        return QEMUVersion(version.major, version.minor, micro)
    }

    /// The families used, in a fixed order that spreads them over targets.
    var familyList: [MachineFamily] {
        let order: [MachineFamily] = [.pcQ35, .armVirt, .pseries, .s390Ccw, .pcI440fx, .m68kVirt, .xenfv, .pcLegacy]
        return Array(order.prefix(families))
    }

    /// The parameters, one per line, for the benchmark's output.
    var summary: [String] {
        let history = self.history
        let features = history.filter { !$0.isStable }.count
        return [
            "releases \(releases): \(features) feature releases (\(history.first.map { "\($0.version)" } ?? "-") … \(history.last.map { "\($0.version)" } ?? "-")), \(releases - features) stable updates (every \(stableEvery)th release is X.Y.1)",
            "families \(families) (\(familyList.map(\.rawValue).joined(separator: ", "))): one machine version per feature release, one bugfix machine X.Y.1 per stable update",
            "lifecycle: QEMU's enforced rule, deprecated after 9 feature releases, unregistered after 18 (kept defined \(keepDeletedReleases) more releases)",
            "compat: hw_compat_X_Y \(sharedEntries.lowerBound)–\(sharedEntries.upperBound) entries, <family>_compat_X_Y \(familyEntries.lowerBound)–\(familyEntries.upperBound), \(defaultEntries) family defaults; newer arrays first, then the machine's own",
            "class facts: 16 fields, \(baseFacts) from the start, the rest introduced later; each default changes after a release with odds 1/\(factChangeOdds), its old value set by that version's options function; last set wins",
            "breaks: frozen array edited every \(frozenEditEvery) feature releases, mispin every \(mispinEvery), stable drift every \(driftEvery) stable updates; seed \(String(seed, radix: 16))",
        ]
    }
}
