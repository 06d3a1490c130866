/// A machine-class field renamed between two releases: every machine of a family that sets the
/// old field on one side sets the new one, to the same value, on the other, and neither field
/// appears on the other side anywhere in the family. Found from the registries themselves,
/// never from a list of names; the same setting, so not an ABI difference.
public struct FieldRename: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The target and family it was found in.
    public var target: Target
    public var family: MachineFamily
    /// The field on the first (source) side.
    public var before: String
    /// The field on the second (destination) side.
    public var after: String
    /// The functions that set it on each side (a rename of the options functions too shows here).
    public var beforeOrigins: [String]
    public var afterOrigins: [String]
    /// The machines (registered on both sides) that set it.
    public var machines: [String]

    /// Creates a rename.
    public init(
        target: Target, family: MachineFamily, before: String, after: String, beforeOrigins: [String], afterOrigins: [String],
        machines: [String]
    ) {
        self.target = target
        self.family = family
        self.before = before
        self.after = after
        self.beforeOrigins = beforeOrigins
        self.afterOrigins = afterOrigins
        self.machines = machines
    }

    /// `default_nic → default_nic_model (pc_q35_machine_2_11_options → pc_q35_2_11_machine_options; 1 pc-q35 machine)`.
    public var description: String {
        let functions = beforeOrigins == afterOrigins
            ? beforeOrigins.joined(separator: ", ")
            : "\(beforeOrigins.joined(separator: ", ")) → \(afterOrigins.joined(separator: ", "))"
        return "\(before) → \(after) (\(functions); \(machines.count) \(family) \(machines.count == 1 ? "machine" : "machines"))"
    }

    public static func < (lhs: FieldRename, rhs: FieldRename) -> Bool {
        (lhs.target, lhs.family, lhs.before) < (rhs.target, rhs.family, rhs.before)
    }

    // MARK: - Detection

    /// Every class-field rename from `from` to `to`, family by family.
    public static func detect(from: ReleaseRegistry, to: ReleaseRegistry) -> [FieldRename] {
        let families = Set(from.machines.map { FamilyKey(target: $0.target, family: $0.family) })
        return families.flatMap { detect(from: from, to: to, target: $0.target, family: $0.family) }.sorted()
    }

    /// The renames of one family. A field `f` only the first side sets anywhere in the family,
    /// and a field `g` only the second side sets, are one setting when their names share a
    /// role (at least half of the shorter name's `_`-separated words) and every machine of the
    /// family both sides define gives `f` on the first side exactly the value it gives `g` on
    /// the second (at least one machine setting it), and the pairing is one to one.
    public static func detect(from: ReleaseRegistry, to: ReleaseRegistry, target: Target, family: MachineFamily) -> [FieldRename] {
        // Positions, not copies: a machine definition is large, and most families have no rename.
        let before = from.machines.indices.filter { from.machines[$0].target == target && from.machines[$0].family == family }
        let after = to.machines.indices.filter { to.machines[$0].target == target && to.machines[$0].family == family }
        var fieldsBefore = Set<String>()
        for index in before { for fact in from.machines[index].classFacts { fieldsBefore.insert(fact.field) } }
        var fieldsAfter = Set<String>()
        for index in after { for fact in to.machines[index].classFacts { fieldsAfter.insert(fact.field) } }
        let onlyBefore = fieldsBefore.subtracting(fieldsAfter).sorted()
        let onlyAfter = fieldsAfter.subtracting(fieldsBefore).sorted()
        guard !onlyBefore.isEmpty, !onlyAfter.isEmpty else { return [] }
        var afterByID: [MachineID: Int] = [:]
        for index in after where afterByID[to.machines[index].id] == nil { afterByID[to.machines[index].id] = index }
        let pairs = before.compactMap { old in afterByID[from.machines[old].id].map { (from.machines[old], to.machines[$0]) } }
        // Each pair's last value of every field only one side sets, read once.
        let (wantedBefore, wantedAfter) = (Set(onlyBefore), Set(onlyAfter))
        let values = pairs.map { pair in
            (Self.lastValues(pair.0.classFacts, of: wantedBefore), Self.lastValues(pair.1.classFacts, of: wantedAfter))
        }
        let wordsAfter = onlyAfter.map(Self.words)
        var candidates: [String: [String]] = [:]
        for old in onlyBefore {
            let wordsOld = Self.words(old)
            for (new, wordsNew) in zip(onlyAfter, wordsAfter) where Self.sharesRole(wordsOld, wordsNew) {
                var setting = 0
                let same = values.allSatisfy { pair in
                    let (a, b) = (pair.0[old], pair.1[new])
                    if a != nil { setting += 1 }
                    return a == b
                }
                if same && setting > 0 { candidates[old, default: []].append(new) }
            }
        }
        let claimed = Dictionary(grouping: candidates.values.flatMap { $0 }, by: { $0 }).mapValues(\.count)
        return candidates.compactMap { old, news -> FieldRename? in
            guard news.count == 1, let new = news.first, claimed[new] == 1 else { return nil }
            let setters = pairs.filter { pair in pair.0.classFacts.contains { $0.field == old } }
            return FieldRename(
                target: target, family: family, before: old, after: new,
                beforeOrigins: Set(setters.flatMap { $0.0.classFacts.filter { $0.field == old }.map(\.source.origin) }).sorted(),
                afterOrigins: Set(setters.flatMap { $0.1.classFacts.filter { $0.field == new }.map(\.source.origin) }).sorted(),
                machines: setters.map(\.0.name).sorted())
        }.sorted()
    }

    /// True when two field names share a role: at least half of the words of the shorter one
    /// appear in the other.
    static func sharesRole(_ a: String, _ b: String) -> Bool {
        sharesRole(words(a), words(b))
    }

    private static func sharesRole(_ wordsA: Set<Substring>, _ wordsB: Set<Substring>) -> Bool {
        let shorter = min(wordsA.count, wordsB.count)
        return shorter > 0 && wordsA.intersection(wordsB).count * 2 >= shorter
    }

    private static func words(_ field: String) -> Set<Substring> { Set(field.split(separator: "_")) }

    /// The value each of `fields` last gets in `facts`.
    private static func lastValues(_ facts: [ClassFact], of fields: Set<String>) -> [String: String] {
        var values: [String: String] = [:]
        for fact in facts where fields.contains(fact.field) { values[fact.field] = fact.value }
        return values
    }

    private struct FamilyKey: Hashable {
        var target: Target
        var family: MachineFamily
    }
}
