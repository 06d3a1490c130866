/// A machine's effective ABI as integers: subjects sorted by id, each with the interned id of
/// its value and of its origin. Two machines compare by a merge of two integer arrays, and
/// identical ABIs are recognised by their fingerprint first.
struct InternedABI: Sendable {
    /// Subject ids, ascending.
    var subjects: [Int32]
    /// The value id (value + optional flag) of each subject.
    var values: [Int32]
    /// The origin id (array or function name) of each subject's winning setting.
    var origins: [Int32]
    /// A hash of subjects and values (not origins): equal ABIs have equal fingerprints.
    var fingerprint: Int
    /// The value id of each class field the machine inherits from its parents' class inits
    /// (``MachineDefinition/inheritedFacts``), by subject id; not part of the fingerprint.
    var inherited: [Int32: Int32]

    /// The ABI of `settings` (subject, value, origin ids; one per subject, in any order), its
    /// fingerprint made from them.
    init(settings: [(subject: Int32, value: Int32, origin: Int32)], inherited: [Int32: Int32]) {
        let ordered = settings.sorted { $0.subject < $1.subject }
        var hasher = Hasher()
        for setting in ordered {
            hasher.combine(setting.subject)
            hasher.combine(setting.value)
        }
        subjects = ordered.map(\.subject)
        values = ordered.map(\.value)
        origins = ordered.map(\.origin)
        fingerprint = hasher.finalize()
        self.inherited = inherited
    }
}

/// Gives every subject, value and origin met across a set of registries one small integer,
/// and remembers the version each origin is named for.
struct ABIInterner: Sendable {
    private var subjectIDs: [ABISubject: Int32] = [:]
    private var valueIDs: [ValueKey: Int32] = [:]
    private var originIDs: [String: Int32] = [:]
    /// The version in each origin's name (`hw_compat_9_2` → 9.2), by origin id.
    private(set) var originVersions: [MachineVersion?] = []
    /// Each subject, by id.
    private(set) var subjects: [ABISubject] = []
    /// Each value's text, by value id.
    private(set) var values: [String] = []
    /// Each value's optional flag, by value id.
    private var valueOptional: [Bool] = []
    /// Each origin's name, by origin id.
    private var originNames: [String] = []

    private struct ValueKey: Hashable {
        var value: String
        var optional: Bool
    }

    /// The interned ABI of `machine`.
    mutating func intern(_ machine: MachineDefinition) -> InternedABI {
        var winners: [Int32: (value: Int32, origin: Int32)] = [:]
        winners.reserveCapacity(machine.compat.count + machine.classFacts.count)
        for entry in machine.compat {
            let subject = subjectID(.compat(driver: entry.driver, property: entry.property))
            winners[subject] = (valueID(entry.value, entry.optional), originID(entry.source.origin))
        }
        for fact in machine.classFacts {
            let subject = subjectID(.classFact(field: fact.field))
            winners[subject] = (valueID(fact.value, false), originID(fact.source.origin))
        }
        var inherited: [Int32: Int32] = [:]
        for fact in machine.inheritedFacts ?? [] {
            inherited[subjectID(.classFact(field: fact.field))] = valueID(fact.value, false)
        }
        return InternedABI(
            settings: winners.map { (subject: $0.key, value: $0.value.value, origin: $0.value.origin) }, inherited: inherited)
    }

    /// The id of `subject`, if it was met.
    func id(of subject: ABISubject) -> Int32? { subjectIDs[subject] }

    private mutating func subjectID(_ subject: ABISubject) -> Int32 {
        if let id = subjectIDs[subject] { return id }
        let id = Int32(subjects.count)
        subjects.append(subject)
        subjectIDs[subject] = id
        return id
    }

    private mutating func valueID(_ value: String, _ optional: Bool) -> Int32 {
        let key = ValueKey(value: value, optional: optional)
        if let id = valueIDs[key] { return id }
        let id = Int32(valueIDs.count)
        valueIDs[key] = id
        values.append(value)
        valueOptional.append(optional)
        return id
    }

    private mutating func originID(_ origin: String) -> Int32 {
        if let id = originIDs[origin] { return id }
        let id = Int32(originVersions.count)
        originVersions.append(CompatOriginVersion.version(of: origin))
        originNames.append(origin)
        originIDs[origin] = id
        return id
    }

    // MARK: - Interning apart, then together

    /// How the ids of another interner map to this one's.
    struct Translation: Sendable {
        var subjects: [Int32]
        var values: [Int32]
        var origins: [Int32]
    }

    /// Takes in every subject, value and origin `other` met, in `other`'s order, and says what
    /// each of its ids is here. Interning releases apart and absorbing them in release order
    /// gives every id the number interning them one after the other would.
    mutating func absorb(_ other: ABIInterner) -> Translation {
        Translation(
            subjects: other.subjects.map { subjectID($0) },
            values: zip(other.values, other.valueOptional).map { valueID($0, $1) },
            origins: other.originNames.map { originID($0) })
    }

    /// `abi`, interned by another interner, in this one's ids (`translation` from ``absorb(_:)``).
    static func translate(_ abi: InternedABI, by translation: Translation) -> InternedABI {
        var inherited: [Int32: Int32] = [:]
        for (subject, value) in abi.inherited { inherited[translation.subjects[Int(subject)]] = translation.values[Int(value)] }
        return InternedABI(
            settings: abi.subjects.indices.map { index in
                (
                    subject: translation.subjects[Int(abi.subjects[index])], value: translation.values[Int(abi.values[index])],
                    origin: translation.origins[Int(abi.origins[index])]
                )
            },
            inherited: inherited)
    }
}
