/// The differences in migrated state between two models, A (the older or source side) and B,
/// each judged in both directions by QEMU's own rules:
/// - a destination loads a section of incoming version v when
///   `minimum_version_id ≤ v ≤ version_id`, and then reads the fields whose version guard is
///   ≤ v, which the source wrote the same way: the two field lists must put the same bytes on
///   the wire;
/// - a subsection the source sends and the destination does not know fails the load; one it
///   does not send is never missed (it is only sent when its `.needed` returns true);
/// - a section of a device the destination lacks fails with "Unknown savevm section";
/// - an Arm register key the source sends and the destination does not define fails the CPU's
///   `post_load`, and a longer list fails `cpreg_vmstate_array_len` (`VMSTATE_INT32_POSITIVE_LE`).
///
/// Field names, declaration order of descriptions and comments are not on the wire, so renames
/// of the same layout are not findings.
public struct StateDiff: Sendable {
    public let a: StateModel
    public let b: StateModel
    /// The findings of sections and registrations (everything but register keys).
    public let sectionFindings: [StateFinding]
    /// The register-key findings for every CPU model that meets a gate (``RegisterKeyComparison``),
    /// computed on first use: a verdict that judges the machine's own CPU model needs none.
    private let registerKeys = Memo<Bool, [StateFinding]>()

    /// Every finding, sections first, in B's (then A's) file order, register keys last.
    public var findings: [StateFinding] {
        sectionFindings + registerKeys.value(for: true) { RegisterKeyComparison(a: a, b: b).findings() }
    }

    /// Compares `a` with `b`.
    public init(_ a: StateModel, _ b: StateModel) {
        self.a = a
        self.b = b
        let reachA = StateReachability(a)
        let reachB = StateReachability(b)
        let pairs = SectionPairing(a, b)
        var findings: [StateFinding] = []
        let namesA = a.sectionsByIdentifier
        let namesB = b.sectionsByIdentifier
        for (left, right) in pairs.matched {
            let reach = Self.merge(reachA.reach(of: left.identifier), reachB.reach(of: right.identifier))
            var comparison = SectionComparison(
                a: left, b: right, sectionsA: namesA, sectionsB: namesB, reach: reach)
            findings += comparison.findings()
        }
        let registeredA = Set(a.registrations.map(\.section))
        let registeredB = Set(b.registrations.map(\.section))
        for section in pairs.onlyB where registeredB.contains(section.identifier) {
            findings.append(
                StateFinding(
                    kind: .sectionAdded, subject: section.name, identifier: section.identifier,
                    details: ["+ section \(section.name) version \(section.sentVersion)"], forward: .fine, backward: .breaks,
                    why: "a source that has the section sends it; a destination without it fails with \"Unknown savevm section\"",
                    reach: reachB.reach(of: section.identifier), from: nil, to: section.location))
        }
        for section in pairs.onlyA where registeredA.contains(section.identifier) {
            findings.append(
                StateFinding(
                    kind: .sectionRemoved, subject: section.name, identifier: section.identifier,
                    details: ["- section \(section.name) version \(section.sentVersion)"], forward: .breaks, backward: .fine,
                    why: "a source that has the section sends it; a destination without it fails with \"Unknown savevm section\"",
                    reach: reachA.reach(of: section.identifier), from: section.location, to: nil))
        }
        for section in pairs.onlyB where !section.referenced && !registeredB.contains(section.identifier) {
            findings.append(
                StateFinding(
                    kind: .unregistered, subject: section.name, identifier: section.identifier,
                    details: ["defined, but nothing in the tree takes its address"], forward: .fine, backward: .fine,
                    why: "wire-neutral: a description no code registers or references is never put in a stream",
                    reach: [.unregistered], from: nil, to: section.location))
        }
        findings += Self.registrationChanges(a, b, pairs: pairs, reachA: reachA, reachB: reachB)
        sectionFindings = findings
    }

    private static func merge(_ left: [StateReach], _ right: [StateReach]) -> [StateReach] {
        var result = right
        for reach in left where !result.contains(reach) { result.append(reach) }
        if result.count > 1 { result.removeAll { $0 == .unregistered } }
        return result
    }

    /// A section both trees define, registered by a device type in one but not the other.
    private static func registrationChanges(
        _ a: StateModel, _ b: StateModel, pairs: SectionPairing, reachA: StateReachability, reachB: StateReachability
    ) -> [StateFinding] {
        var findings: [StateFinding] = []
        func keys(_ model: StateModel, _ rename: [String: String]) -> [String: StateRegistration] {
            var result: [String: StateRegistration] = [:]
            for registration in model.registrations {
                let identifier = rename[registration.section] ?? registration.section
                // A CPU's section is the CPU's wherever its class installs it.
                let place = StateScope.cpuScope(of: registration.location.file)
                    ?? registration.qomType ?? registration.function ?? registration.location.file
                let key = identifier + "@" + place
                if result[key] == nil { result[key] = registration }
            }
            return result
        }
        // Registrations of A under B's identifiers, so that a renamed description is the same.
        var rename: [String: String] = [:]
        for (left, right) in pairs.matched { rename[left.identifier] = right.identifier }
        let left = keys(a, rename)
        let right = keys(b, [:])
        let sectionsB = b.sectionsByIdentifier
        let sectionsA = a.sectionsByIdentifier
        let matchedB = Set(pairs.matched.map(\.1.identifier))
        for (key, registration) in right.sorted(by: { $0.value.location < $1.value.location })
        where left[key] == nil && matchedB.contains(registration.section) && registration.mechanism != .savevmLive {
            let name = sectionsB[registration.section]?.name ?? registration.section
            findings.append(
                StateFinding(
                    kind: .registrationAdded, subject: name, identifier: registration.section,
                    details: ["+ registered by \(registration.qomType ?? registration.function ?? "file scope") (\(registration.mechanism.rawValue))"],
                    forward: .fine, backward: .breaks,
                    why: "the registering code now sends the section; a destination that does not register it there fails with \"Unknown savevm section\"",
                    reach: [StateReachability.reach(of: registration)], from: nil, to: registration.location))
        }
        let reverse = Dictionary(rename.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for (key, registration) in left.sorted(by: { $0.value.location < $1.value.location })
        where right[key] == nil && matchedB.contains(rename[registration.section] ?? registration.section)
            && registration.mechanism != .savevmLive
        {
            let original = reverse[rename[registration.section] ?? registration.section] ?? registration.section
            let name = sectionsA[original]?.name ?? registration.section
            findings.append(
                StateFinding(
                    kind: .registrationRemoved, subject: name, identifier: original,
                    details: ["- registered by \(registration.qomType ?? registration.function ?? "file scope") (\(registration.mechanism.rawValue))"],
                    forward: .breaks, backward: .fine,
                    why: "the source's code sends the section from there; a destination that no longer registers it there fails with \"Unknown savevm section\"",
                    reach: [StateReachability.reach(of: registration)], from: registration.location, to: nil))
        }
        _ = reachA
        _ = reachB
        return findings
    }
}

/// Descriptions of A and B paired: by scope, wire name and identifier; then by wire name and
/// identifier when unique (a moved file); then by scope and wire name when each side has one
/// left (a renamed C identifier). A renamed wire name is a different section on the wire.
struct SectionPairing {
    var matched: [(StateSection, StateSection)] = []
    var onlyA: [StateSection] = []
    var onlyB: [StateSection] = []

    init(_ a: StateModel, _ b: StateModel) {
        var left = Self.unique(a.sections)
        var right = Self.unique(b.sections)
        // Each side holds one description per scope and identifier: a look-up, not a search.
        var leftIndex: [String: Int] = [:]
        for (index, section) in left.enumerated() { leftIndex[section.scope + " " + section.identifier] = index }
        var taken = [Bool](repeating: false, count: left.count)
        var unmatched: [StateSection] = []
        for section in right {
            if let index = leftIndex[section.scope + " " + section.identifier], left[index].name == section.name {
                taken[index] = true
                matched.append((left[index], section))
            } else {
                unmatched.append(section)
            }
        }
        left = left.indices.filter { !taken[$0] }.map { left[$0] }
        right = unmatched
        for (index, section) in right.enumerated().reversed() {
            // A file that moved to another folder.
            let candidates = left.indices.filter { left[$0].name == section.name && left[$0].identifier == section.identifier }
            let rivals = right.filter { $0.name == section.name && $0.identifier == section.identifier }
            if candidates.count == 1, rivals.count == 1 {
                matched.append((left.remove(at: candidates[0]), section))
                right.remove(at: index)
            }
        }
        for (index, section) in right.enumerated().reversed() {
            let candidates = left.indices.filter { left[$0].scope == section.scope && left[$0].name == section.name }
            let rivals = right.filter { $0.scope == section.scope && $0.name == section.name }
            if candidates.count == 1, rivals.count == 1 {
                matched.append((left.remove(at: candidates[0]), section))
                right.remove(at: index)
            }
        }
        matched.sort { $0.1.location < $1.1.location }
        onlyA = left
        onlyB = right
    }

    /// The first description of each identifier in each scope.
    private static func unique(_ sections: [StateSection]) -> [StateSection] {
        var seen = Set<String>()
        return sections.filter { seen.insert($0.scope + " " + $0.identifier).inserted }
    }
}
