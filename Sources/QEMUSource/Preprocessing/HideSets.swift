/// The hide sets of one ``MacroExpander``: the sets of macros a token came out of, so a macro is
/// never expanded inside its own expansion. Every distinct set is stored once and named by a
/// small integer, so a token carries a number instead of a hashed set of names (copying it
/// retains nothing), and the operations the expander repeats on the same sets (add the macro
/// being expanded, unite with the invocation's set) are looked up, not recomputed.
///
/// A macro is known by its definition's identity: one expander's table gives each name one
/// definition, so "hides this definition" and "hides this name" are the same question.
struct HideSets {
    /// A set's number; ``empty`` is the set of nothing.
    typealias ID = Int

    static let empty: ID = 0

    /// Each set's members, sorted; index 0 is the empty set.
    private var members: [[ObjectIdentifier]] = [[]]
    private var idOfMembers: [[ObjectIdentifier]: ID] = [[]: 0]
    private var insertions: [Pair: ID] = [:]
    private var unions: [Pair: ID] = [:]
    private var intersections: [Pair: ID] = [:]

    private struct Pair: Hashable {
        var set: ID
        var other: Int
    }

    /// Whether set `id` holds `macro`.
    func contains(_ id: ID, _ macro: MacroDefinition) -> Bool {
        id != Self.empty && members[id].contains(ObjectIdentifier(macro))
    }

    /// Set `id` with `macro` added.
    mutating func inserting(_ macro: MacroDefinition, into id: ID) -> ID {
        let key = Pair(set: id, other: Int(bitPattern: UInt(bitPattern: ObjectIdentifier(macro))))
        if let known = insertions[key] { return known }
        let added = ObjectIdentifier(macro)
        var set = members[id]
        if !set.contains(added) {
            set.insert(added, at: set.firstIndex { $0 > added } ?? set.endIndex)
        }
        let result = intern(set)
        insertions[key] = result
        return result
    }

    /// The union of sets `a` and `b`.
    mutating func union(_ a: ID, _ b: ID) -> ID {
        if a == b || b == Self.empty { return a }
        if a == Self.empty { return b }
        let key = Pair(set: min(a, b), other: max(a, b))
        if let known = unions[key] { return known }
        let result = intern(Array(Set(members[a]).union(members[b])).sorted())
        unions[key] = result
        return result
    }

    /// The intersection of sets `a` and `b`.
    mutating func intersection(_ a: ID, _ b: ID) -> ID {
        if a == b { return a }
        if a == Self.empty || b == Self.empty { return Self.empty }
        let key = Pair(set: min(a, b), other: max(a, b))
        if let known = intersections[key] { return known }
        let other = members[b]
        let result = intern(members[a].filter { other.contains($0) })
        intersections[key] = result
        return result
    }

    private mutating func intern(_ sorted: [ObjectIdentifier]) -> ID {
        if let known = idOfMembers[sorted] { return known }
        let id = members.count
        members.append(sorted)
        idOfMembers[sorted] = id
        return id
    }
}
