/// One machine type compared between two releases.
public struct MachineComparison: Hashable, Sendable {
    /// How the machine fares from the first release to the second.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Registered in both with the same ABI.
        case identical
        /// Registered in both with a different ABI.
        case changed
        /// Registered only in the second.
        case added
        /// Registered only in the first.
        case removed
    }

    /// The target.
    public var target: Target
    /// The machine name.
    public var name: String
    /// The family.
    public var family: MachineFamily
    /// The outcome.
    public var status: Status
    /// The differences, for a changed machine.
    public var changes: [ABIChange]
    /// What changed that is not guest ABI: the alias or the default flag moved (`alias q35 → none`).
    public var notes: [String]

    /// Creates a comparison.
    public init(
        target: Target, name: String, family: MachineFamily, status: Status, changes: [ABIChange] = [], notes: [String] = []
    ) {
        self.target = target
        self.name = name
        self.family = family
        self.status = status
        self.changes = changes
        self.notes = notes
    }
}

/// The machine-by-machine comparison of two releases: the `guestabi diff` result.
public struct ReleaseDiff: Hashable, Sendable {
    /// The first release.
    public var from: QEMUVersion
    /// The second release.
    public var to: QEMUVersion
    /// Where each side was read from (a tree, a file, `qemu-10.2.2`), when known.
    public var fromOrigin: String?
    public var toOrigin: String?
    /// One entry per machine registered in either release (after filtering), sorted like
    /// registries (target, family, newest first).
    public var machines: [MachineComparison]
    /// Class fields renamed across a family with the same values (``FieldRename``): noted once
    /// here, and not listed as differences of each machine.
    public var renames: [FieldRename]

    /// Compares the registered machines of `from` and `to`, optionally only `target` and only
    /// the machine named `machine`.
    public init(from: ReleaseRegistry, to: ReleaseRegistry, target: Target? = nil, machine: String? = nil) {
        self.from = from.qemuVersion
        self.to = to.qemuVersion
        fromOrigin = from.origin
        toOrigin = to.origin
        func selected(_ registry: ReleaseRegistry) -> [MachineID: MachineDefinition] {
            var byID: [MachineID: MachineDefinition] = [:]
            for definition in registry.machines where definition.registered {
                if let target, definition.target != target { continue }
                if let machine, definition.name != machine { continue }
                byID[definition.id] = definition
            }
            return byID
        }
        let before = selected(from)
        let after = selected(to)
        let renames = FieldRename.detect(from: from, to: to).filter { rename in
            (target == nil || rename.target == target) && (machine == nil || rename.machines.contains(machine!))
        }
        self.renames = renames
        var renamedFields: [MachineFamily: [String: String]] = [:]
        for rename in renames { renamedFields[rename.family, default: [:]][rename.before] = rename.after }
        var machines: [(MachineDefinition, MachineComparison)] = []
        for (id, old) in before {
            guard let new = after[id] else {
                machines.append((old, MachineComparison(target: id.target, name: id.name, family: old.family, status: .removed)))
                continue
            }
            let changes = Self.withoutRenames(MachineABI(old).changes(to: MachineABI(new)), renamedFields[old.family] ?? [:])
            var notes: [String] = []
            if old.alias != new.alias { notes.append("alias \(old.alias ?? "none") → \(new.alias ?? "none")") }
            if old.isDefault != new.isDefault { notes.append(new.isDefault ? "became the default" : "no longer the default") }
            if old.deprecated != new.deprecated { notes.append(new.deprecated ? "deprecated" : "no longer deprecated") }
            machines.append(
                (old, MachineComparison(
                    target: id.target, name: id.name, family: old.family, status: changes.isEmpty ? .identical : .changed,
                    changes: changes, notes: notes)))
        }
        for (id, new) in after where before[id] == nil {
            machines.append((new, MachineComparison(target: id.target, name: id.name, family: new.family, status: .added)))
        }
        self.machines = machines.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// `changes` without the removed/added pairs that are one renamed field with the same value.
    static func withoutRenames(_ changes: [ABIChange], _ renames: [String: String]) -> [ABIChange] {
        guard !renames.isEmpty else { return changes }
        var added: [String: ABISetting] = [:]
        for change in changes where change.kind == .added {
            if case .classFact(let field) = change.subject, let after = change.after { added[field] = after }
        }
        var dropped: Set<ABISubject> = []
        for change in changes where change.kind == .removed {
            guard case .classFact(let field) = change.subject, let new = renames[field], let before = change.before,
                let after = added[new], before.isSameABI(as: after)
            else { continue }
            dropped.formUnion([change.subject, .classFact(field: new)])
        }
        return changes.filter { !dropped.contains($0.subject) }
    }

    /// True when some machine was added, removed or changed.
    public var hasDifferences: Bool { machines.contains { $0.status != .identical } }
}
