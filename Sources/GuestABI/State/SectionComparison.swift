/// The findings of one description present in both trees: versions, field layout and
/// subsections, each direction judged by QEMU's load rule.
struct SectionComparison {
    let a: StateSection
    let b: StateSection
    let sectionsA: [String: StateSection]
    let sectionsB: [String: StateSection]
    let reach: [StateReach]

    init(a: StateSection, b: StateSection, sectionsA: [String: StateSection], sectionsB: [String: StateSection], reach: [StateReach]) {
        self.a = a
        self.b = b
        self.sectionsA = sectionsA
        self.sectionsB = sectionsB
        self.reach = reach
    }

    mutating func findings() -> [StateFinding] {
        var result: [StateFinding] = []
        if let finding = versionsAndLayout() { result.append(finding) }
        result += subsectionChanges()
        return result
    }

    // MARK: - Versions and layout

    /// One direction: the source's sent version against the destination's accepted range, then
    /// the fields both handle at that version.
    private func judge(source: StateSection, sourceSections: [String: StateSection], destination: StateSection,
                       destinationSections: [String: StateSection]) -> (StateOutcome, String) {
        let version = source.sentVersion
        guard destination.accepts(version: version) else {
            let bound = version > (destination.versionID ?? 0) ? "too new for local version_id \(destination.versionID ?? 0)"
                : "older than local minimum_version_id \(destination.minimumVersionID ?? 0)"
            return (.breaks, "incoming version_id \(version) is \(bound)")
        }
        let sent = source.wire(at: version)
        let read = destination.wire(at: version)
        let sentShapes = sent.map { Self.shape($0, sourceSections) }
        let readShapes = read.map { Self.shape($0, destinationSections) }
        if sentShapes == readShapes {
            return (.fine, "version \(version) accepted (\(destination.minimumVersionID ?? 0)…\(destination.versionID ?? 0)), same wire layout")
        }
        let (removed, added) = Self.difference(sent, sentShapes, read, readShapes)
        // `sizeof(target_ulong)` and the like, resolved for the target whose CPU code this is.
        let sizes = StateScope.typeSizes(scope: destination.scope)
        if WireBytes.equivalent(sent, read, typeSizes: sizes) {
            return (.fine, "version \(version) accepted; the fields that differ put the same bytes on the wire (an unused buffer of the size of the field it replaces)")
        }
        if (removed + added).allSatisfy({ $0.test != nil }) {
            return (.conditional, "the fields that differ are sent only when their test predicates hold")
        }
        let sentAlways = sent.filter { $0.test == nil }
        let readAlways = read.filter { $0.test == nil }
        if sentAlways.map({ Self.shape($0, sourceSections) }) == readAlways.map({ Self.shape($0, destinationSections) })
            || WireBytes.equivalent(sentAlways, readAlways, typeSizes: sizes)
        {
            let tests = Set((removed + added).compactMap(\.test)).sorted().joined(separator: ", ")
            return (.conditional, "the fields sent unconditionally put the same bytes on the wire (unused buffers of the size of the fields they replace); the others are sent only when \(tests) hold")
        }
        if let custom = (removed + added).first(where: { $0.info.map { !WireBytes.isStandard($0) } ?? false }) {
            return (.unknown, "the fields that differ use the custom VMStateInfo \(custom.info ?? "?") (\(custom.location)), whose bytes only its get/put code knows")
        }
        return (.breaks, "version \(version) accepted but the fields at that version differ in wire layout")
    }

    private mutating func versionsAndLayout() -> StateFinding? {
        let shapesA = a.fields.map { Self.shape($0, sectionsA) + " v\($0.versionGuard)" + ($0.test.map { " if \($0)" } ?? "") }
        let shapesB = b.fields.map { Self.shape($0, sectionsB) + " v\($0.versionGuard)" + ($0.test.map { " if \($0)" } ?? "") }
        let sameVersions = a.versionID == b.versionID && a.minimumVersionID == b.minimumVersionID
        if sameVersions && shapesA == shapesB { return nil }
        let (forward, whyForward) = judge(source: a, sourceSections: sectionsA, destination: b, destinationSections: sectionsB)
        let (backward, whyBackward) = judge(source: b, sourceSections: sectionsB, destination: a, destinationSections: sectionsA)
        var details: [String] = []
        if !sameVersions {
            details.append(
                "version \(a.minimumVersionID ?? 0)…\(a.versionID ?? 0) → \(b.minimumVersionID ?? 0)…\(b.versionID ?? 0)")
        }
        if shapesA != shapesB {
            let (removed, added) = Self.difference(a.fields, shapesA, b.fields, shapesB)
            details += removed.map { "- \(Self.describe($0, sectionsA)) (\($0.location))" }
            details += added.map { "+ \(Self.describe($0, sectionsB)) (\($0.location))" }
        }
        let kind: StateFinding.Kind = shapesA == shapesB ? .version : .layout
        var why = "forward: \(whyForward); backward: \(whyBackward)"
        if forward == .fine && backward == .fine { why = "wire-neutral: " + why }
        return StateFinding(
            kind: kind, subject: b.name, identifier: b.identifier, details: details, forward: forward, backward: backward,
            why: why, reach: reach, from: a.location, to: b.location)
    }

    /// The wire shape of a field, a nested struct named by its wire name and version.
    static func shape(_ field: StateField, _ sections: [String: StateSection]) -> String {
        guard let nested = field.nested, let section = sections[nested] else { return field.wireShape }
        var copy = field
        copy.nested = "\(section.name) v\(section.sentVersion)"
        return copy.wireShape
    }

    static func describe(_ field: StateField, _ sections: [String: StateSection]) -> String {
        var text = "\(field.name): \(shape(field, sections))"
        if field.versionGuard > 0 { text += " from version \(field.versionGuard)" }
        if let test = field.test { text += " if \(test)()" }
        return text
    }

    /// The elements outside the longest common subsequence of shapes.
    static func difference(
        _ left: [StateField], _ leftShapes: [String], _ right: [StateField], _ rightShapes: [String]
    ) -> (removed: [StateField], added: [StateField]) {
        let n = leftShapes.count
        let m = rightShapes.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = leftShapes[i] == rightShapes[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var removed: [StateField] = []
        var added: [StateField] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, leftShapes[i] == rightShapes[j] {
                i += 1
                j += 1
            } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
                added.append(right[j])
                j += 1
            } else {
                removed.append(left[i])
                i += 1
            }
        }
        return (removed, added)
    }

    // MARK: - Subsections

    private func subsectionChanges() -> [StateFinding] {
        let left = a.subsections.compactMap { sectionsA[$0] }
        let right = b.subsections.compactMap { sectionsB[$0] }
        let leftNames = Set(left.map(\.name))
        let rightNames = Set(right.map(\.name))
        var result: [StateFinding] = []
        for sub in right where !leftNames.contains(sub.name) {
            let (outcome, why) = Self.sent(sub)
            result.append(
                StateFinding(
                    kind: .subsectionAdded, subject: sub.name, identifier: sub.identifier,
                    details: ["+ subsection \(sub.name) of \(b.name)" + (sub.needed.map { ", needed: \($0.function)() reads \($0.reads.joined(separator: ", "))" } ?? ", no .needed")],
                    forward: .fine, backward: outcome,
                    why: "forward: the source never sends it; backward: \(why), and the destination fails on an unknown subsection",
                    reach: reach, from: a.location, to: sub.location))
        }
        for sub in left where !rightNames.contains(sub.name) {
            let (outcome, why) = Self.sent(sub)
            result.append(
                StateFinding(
                    kind: .subsectionRemoved, subject: sub.name, identifier: sub.identifier,
                    details: ["- subsection \(sub.name) of \(a.name)" + (sub.needed.map { ", needed: \($0.function)() reads \($0.reads.joined(separator: ", "))" } ?? ", no .needed")],
                    forward: outcome, backward: .fine,
                    why: "forward: \(why), and the destination fails on an unknown subsection; backward: the source never sends it",
                    reach: reach, from: sub.location, to: b.location))
        }
        return result
    }

    /// Whether a source sends `sub`: always without `.needed` or with `return true;`, otherwise
    /// only when the predicate holds at run time.
    static func sent(_ sub: StateSection) -> (StateOutcome, String) {
        guard let needed = sub.needed else { return (.breaks, "it has no .needed, so it is always sent") }
        if needed.isAlwaysTrue { return (.breaks, "\(needed.function)() always returns true") }
        return (.conditional, "it is sent only when \(needed.function)() returns true (reads \(needed.reads.isEmpty ? "nothing named" : needed.reads.joined(separator: ", ")))")
    }
}
