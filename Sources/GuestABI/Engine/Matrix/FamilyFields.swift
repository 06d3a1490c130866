/// The class fields each family of one release sets.
struct FamilyFields {
    /// A family of one target.
    struct Key: Hashable, Comparable {
        var target: Target
        var family: MachineFamily

        static func < (a: Key, b: Key) -> Bool { (a.target, a.family) < (b.target, b.family) }
    }

    var fields: [Key: Set<String>] = [:]

    init(_ registry: ReleaseRegistry) {
        for machine in registry.machines {
            let key = Key(target: machine.target, family: machine.family)
            for fact in machine.classFacts { fields[key, default: []].insert(fact.field) }
        }
    }

    /// The families that lost a field and gained another between the two releases: the only
    /// ones where ``FieldRename`` can find a rename.
    func familiesThatMayRename(to other: FamilyFields) -> [Key] {
        fields.compactMap { key, mine in
            guard let theirs = other.fields[key], !mine.isSubset(of: theirs), !theirs.isSubset(of: mine) else { return nil }
            return key
        }.sorted()
    }
}
