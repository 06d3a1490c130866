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
        let before = from.machines.filter { $0.target == target && $0.family == family }
        let after = to.machines.filter { $0.target == target && $0.family == family }
        let fieldsBefore = Set(before.flatMap { $0.classFacts.map(\.field) })
        let fieldsAfter = Set(after.flatMap { $0.classFacts.map(\.field) })
        let onlyBefore = fieldsBefore.subtracting(fieldsAfter).sorted()
        let onlyAfter = fieldsAfter.subtracting(fieldsBefore).sorted()
        guard !onlyBefore.isEmpty, !onlyAfter.isEmpty else { return [] }
        let afterByID = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let pairs = before.compactMap { old in afterByID[old.id].map { (old, $0) } }
        var candidates: [String: [String]] = [:]
        for old in onlyBefore {
            for new in onlyAfter where sharesRole(old, new) {
                var setting = 0
                let same = pairs.allSatisfy { pair in
                    let (a, b) = (pair.0.classFacts.last { $0.field == old }, pair.1.classFacts.last { $0.field == new })
                    if a != nil { setting += 1 }
                    return a?.value == b?.value
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
        let (wordsA, wordsB) = (Set(a.split(separator: "_")), Set(b.split(separator: "_")))
        let shorter = min(wordsA.count, wordsB.count)
        return shorter > 0 && wordsA.intersection(wordsB).count * 2 >= shorter
    }

    private struct FamilyKey: Hashable {
        var target: Target
        var family: MachineFamily
    }
}
