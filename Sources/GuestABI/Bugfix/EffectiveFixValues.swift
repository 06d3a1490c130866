/// The values a base machine has, in one release, for each compat property a fix changes: its
/// compat entry's, or else the property's default there (the release's device property model;
/// a property set by no entry has its default). Which of the fix's changes that machine already
/// has, and which properties the release does not define at all.
struct EffectiveFixValues {
    /// A value and where it comes from.
    struct Value {
        var value: String
        /// "its compat entry", or "the default, file:line".
        var origin: String
    }

    /// The value of each change's property (by key), where known.
    private(set) var values: [String: Value] = [:]
    /// The changes whose effective value already is the new one.
    private(set) var alreadyFixed: [String] = []
    /// The changes whose property the release does not define (its model holds properties).
    private(set) var absent: [BugfixFix.CompatChange] = []

    init(fix: BugfixFix, abi: [String: String], registry: ReleaseRegistry) {
        let lookup = PropertyLookup(registry)
        for change in fix.compat {
            let definition = lookup?.anyDefinition(of: change.property, reachedFrom: change.driver)
            let valueType = definition?.valueType
            if let entry = abi[change.key] {
                values[change.key] = Value(value: entry, origin: "its compat entry")
            } else if let definition, let written = definition.defaultValue {
                values[change.key] = Value(value: written, origin: "the default" + (definition.location.map { ", \($0)" } ?? ""))
            } else if let lookup, definition == nil, lookup.knows(change.driver) {
                absent.append(change)
            }
            if let value = values[change.key],
                DeviceProperty.normalise(value.value, valueType: valueType) == DeviceProperty.normalise(change.new, valueType: valueType)
            {
                alreadyFixed.append(change.key)
            }
        }
    }

    /// `key = value (origin)` for each key (class fields as they are).
    func describe(_ keys: [String]) -> String {
        keys.map { key in values[key].map { "\(key) = \($0.value) (\($0.origin))" } ?? key }.joined(separator: ", ")
    }
}
