public import GuestABI

/// A ``CompatibilityMatrix`` made readable: every cell with its machine, verdict, reason kinds
/// and a message, and per family a lifecycle timeline. Every matrix format (table, JSON, CSV,
/// HTML) renders this one value.
public struct MatrixView: Hashable, Sendable, Encodable {
    /// One (source, destination, machine) cell.
    public struct Cell: Hashable, Sendable, Encodable {
        public var from: QEMUVersion
        public var to: QEMUVersion
        public var target: Target
        public var family: MachineFamily
        public var machine: String
        public var verdict: MigrationVerdict.Verdict
        /// Reason kinds found (`missing`, `frozen-compat`, `pinned`…).
        public var reasons: [MigrationReason.Kind]
        /// The effects found (`unknown`, `guest-visible`…).
        public var effects: [MigrationReason.Effect]
        /// Entries with an effect.
        public var breakingEntries: Int
        /// Entries listed without an effect (pins, renames, entries reaching no device of the VM).
        public var listedEntries: Int
        /// What a person reads.
        public var message: String
    }

    /// One machine version of a family over time.
    public struct TimelineEntry: Hashable, Sendable, Encodable {
        public var machine: String
        public var version: MachineVersion
        /// The release its X.Y came with.
        public var introduced: QEMUVersion
        /// When QEMU's lifecycle rule deprecates / stops registering it (nil: never, under the
        /// rules as they stand).
        public var deprecatedIn: QEMUVersion?
        public var deletedIn: QEMUVersion?
        /// Its status in each release of the matrix, in release order: `supported`,
        /// `deprecated`, `deleted` (defined, not registered) or `absent`.
        public var statuses: [String]
    }

    /// One family: its timeline.
    public struct Family: Hashable, Sendable, Encodable {
        public var family: MachineFamily
        public var target: Target
        public var timeline: [TimelineEntry]
    }

    /// The releases, oldest first.
    public var releases: [QEMUVersion]
    /// What every verdict covers.
    public var scope: String
    /// The families present, in family order.
    public var families: [Family]
    /// Every cell, by source, destination, then machine.
    public var cells: [Cell]

    /// The devices every cell was evaluated for; empty means any VM (worst case).
    public var devices: [String]

    /// The view of `matrix`, computed over `registries` (the same ones, any order).
    public init(_ matrix: CompatibilityMatrix, registries: [ReleaseRegistry], devices: [String] = [], history: LifecycleHistory = .qemu) {
        self.devices = devices
        let byVersion = Dictionary(registries.map { ($0.qemuVersion, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = matrix.releases.compactMap { byVersion[$0] }
        releases = matrix.releases
        scope = matrix.scope
        var definitions: [MachineID: MachineDefinition] = [:]
        for registry in ordered {
            for machine in registry.machines where definitions[machine.id] == nil { definitions[machine.id] = machine }
        }
        cells = matrix.cells.map { cell in
            let id = matrix.machines[Int(cell.machine)]
            let from = matrix.releases[Int(cell.source)]
            let to = matrix.releases[Int(cell.destination)]
            let kinds = cell.reasonKinds
            var message: String
            if kinds.contains(.missing), let machine = definitions[id], let destination = byVersion[to] {
                message = MigrationCheck.missingReason(machine, on: destination, history: history).message
            } else {
                var parts: [String] = []
                let effects = cell.effectSet.filter { $0 != .none }
                if cell.breakingEntries > 0 {
                    parts.append(
                        "\(cell.breakingEntries) \(cell.breakingEntries == 1 ? "entry" : "entries") with an effect (\(effects.reversed().map(\.rawValue).joined(separator: ", ")))")
                }
                if cell.listedEntries > 0 {
                    parts.append("\(cell.listedEntries) without (pins, renames, entries reaching no device of the VM)")
                }
                if kinds.contains(.incomplete) { parts.append("a registry is incomplete") }
                message = parts.isEmpty ? "machine-type ABI identical" : parts.joined(separator: "; ")
            }
            return Cell(
                from: from, to: to, target: id.target, family: matrix.families[Int(cell.machine)], machine: id.name,
                verdict: cell.verdict, reasons: kinds, effects: cell.effectSet, breakingEntries: Int(cell.breakingEntries),
                listedEntries: Int(cell.listedEntries), message: message)
        }
        let present = Array(Set(matrix.families)).sorted()
        families = present.map { family in
            let machines = definitions.values.filter { $0.family == family }.sorted()
            let timeline = machines.map { machine in
                TimelineEntry(
                    machine: machine.name, version: machine.version, introduced: machine.version.release,
                    deprecatedIn: history.deprecatedIn(machine), deletedIn: history.deletedIn(machine),
                    statuses: ordered.map { registry in
                        guard let defined = registry.machines.first(where: { $0.id == machine.id }) else { return "absent" }
                        return !defined.registered ? "deleted" : defined.deprecated ? "deprecated" : "supported"
                    })
            }
            return Family(family: family, target: family.target, timeline: timeline)
        }
    }

    /// Counts of each verdict over the cells of one family and one (source, destination) pair.
    public func summary(family: MachineFamily, from: QEMUVersion, to: QEMUVersion) -> [MigrationVerdict.Verdict: Int] {
        var counts: [MigrationVerdict.Verdict: Int] = [:]
        for cell in cells where cell.family == family && cell.from == from && cell.to == to {
            counts[cell.verdict, default: 0] += 1
        }
        return counts
    }
}
