/// For one release and every compat subject (`driver.property`): whether the release defines
/// the property on the driver, an ancestor or a subtype, and whether it knows the driver — what
/// ``PropertyEffects/presence(driver:property:)`` asks of each side, asked once per release.
struct SubjectPresence {
    private var defines: [Bool]
    private var knowsDriver: [Bool]

    init(lookup: PropertyLookup, subjects: [ABISubject]) {
        defines = Array(repeating: false, count: subjects.count)
        knowsDriver = Array(repeating: false, count: subjects.count)
        for (index, subject) in subjects.enumerated() {
            guard case .compat(let driver, let property) = subject else { continue }
            defines[index] = lookup.anyDefinition(of: property, reachedFrom: driver) != nil
            knowsDriver[index] = lookup.knows(driver)
        }
    }

    /// The subjects exactly one side defines while the other knows the driver: `new-property`.
    func newProperties(against other: SubjectPresence) -> Set<Int32> {
        var result: Set<Int32> = []
        for index in defines.indices where defines[index] != other.defines[index] {
            let lacking = defines[index] ? other : self
            if lacking.knowsDriver[index] { result.insert(Int32(index)) }
        }
        return result
    }
}
