/// The effective guest ABI of one machine type: for each compat `driver.property` and each
/// class field, the value that wins once the whole options chain has applied (for compat
/// entries, the last entry applied wins).
public struct MachineABI: Hashable, Sendable {
    /// Every subject the machine sets, with its winning value.
    public var settings: [ABISubject: ABISetting]

    /// Creates an ABI from settings.
    public init(settings: [ABISubject: ABISetting]) {
        self.settings = settings
    }

    /// The effective ABI of `machine`.
    public init(_ machine: MachineDefinition) {
        var settings: [ABISubject: ABISetting] = [:]
        settings.reserveCapacity(machine.compat.count + machine.classFacts.count)
        for entry in machine.compat {
            settings[.compat(driver: entry.driver, property: entry.property)] =
                ABISetting(value: entry.value, optional: entry.optional, source: entry.source)
        }
        for fact in machine.classFacts {
            settings[.classFact(field: fact.field)] = ABISetting(value: fact.value, source: fact.source)
        }
        self.settings = settings
    }

    /// The changes that turn this ABI into `other`, sorted by subject (compat entries first).
    public func changes(to other: MachineABI) -> [ABIChange] {
        var changes: [ABIChange] = []
        for (subject, before) in settings {
            if let after = other.settings[subject] {
                if !before.isSameABI(as: after) {
                    changes.append(ABIChange(kind: .changed, subject: subject, before: before, after: after))
                }
            } else {
                changes.append(ABIChange(kind: .removed, subject: subject, before: before, after: nil))
            }
        }
        for (subject, after) in other.settings where settings[subject] == nil {
            changes.append(ABIChange(kind: .added, subject: subject, before: nil, after: after))
        }
        return changes.sorted { $0.subject < $1.subject }
    }

    /// True when the guest sees the same ABI under both (sources may differ).
    public func isSameABI(as other: MachineABI) -> Bool {
        guard settings.count == other.settings.count else { return false }
        for (subject, setting) in settings {
            guard let theirs = other.settings[subject], setting.isSameABI(as: theirs) else { return false }
        }
        return true
    }

    /// The values a machine inherits from its parents' class inits (``MachineDefinition/inheritedFacts``)
    /// that changed from `old` to `new`, for fields neither side's own chain sets: a parent's
    /// class init edited inside a stable series changes every existing machine that does not
    /// override the field (stable drift in check and matrix, GA002 in lint).
    public static func inheritedChanges(from old: MachineDefinition, to new: MachineDefinition) -> [ABIChange] {
        let own = Set((old.classFacts + new.classFacts).map(\.field))
        func settings(_ machine: MachineDefinition) -> [String: ABISetting] {
            var settings: [String: ABISetting] = [:]
            for fact in machine.inheritedFacts ?? [] where !own.contains(fact.field) {
                settings[fact.field] = ABISetting(value: fact.value, source: fact.source)
            }
            return settings
        }
        let (before, after) = (settings(old), settings(new))
        var changes: [ABIChange] = []
        for field in Set(before.keys).union(after.keys).sorted() {
            switch (before[field], after[field]) {
            case let (was?, now?) where !was.isSameABI(as: now):
                changes.append(ABIChange(kind: .changed, subject: .classFact(field: field), before: was, after: now))
            case let (was?, nil):
                changes.append(ABIChange(kind: .removed, subject: .classFact(field: field), before: was, after: nil))
            case let (nil, now?):
                changes.append(ABIChange(kind: .added, subject: .classFact(field: field), before: nil, after: now))
            default: break
            }
        }
        return changes
    }
}
