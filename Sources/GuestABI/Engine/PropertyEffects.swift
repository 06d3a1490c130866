/// What the two releases' device property models (``PropertyModel``) make of one differing
/// compat subject (`driver.property`): the rule ``ChangeClassifier`` (for `check`) and
/// ``CompatibilityMatrix`` apply before falling back to ``EntryEffect/compatValue``.
///
/// - **The property exists on one side only.** A compat entry on a property the other release
///   does not define (on the driver, its ancestors or its subtypes, while that release does
///   know the driver) pins a knob that side does not have: typically an entry added to a frozen
///   array together with the property, keeping the behaviour from before it existed. Its kind is
///   `new-property`, its effect `none`. Evidence: the lab's sweep (Benchmarks/data/
///   lab-verify-sweep.json: 7.2 ↔ 10.0.2) migrates every x86_64 and s390x machine common to both
///   binaries, in both directions, although each of them differs by such entries.
/// - **The effective values are equal.** A property no compat entry of one side pins has its
///   default there; when that default (or the other side's entry, written differently) is the
///   value the other side's entry gives, nothing differs: effect `none`.
///
/// Anything else (a property neither model finds, a driver a side does not know, a default the
/// source does not give statically) is left to the caller.
public struct PropertyEffects: Sendable {
    /// The source release's look-ups, and the destination's.
    public let source: PropertyLookup
    public let destination: PropertyLookup
    /// The releases, for messages.
    public let sourceVersion: QEMUVersion
    public let destinationVersion: QEMUVersion

    /// The rule for a migration from `from` to `to`; nil when either registry lacks the model.
    public init?(from: ReleaseRegistry, to: ReleaseRegistry) {
        guard let source = PropertyLookup(from), let destination = PropertyLookup(to) else { return nil }
        self.init(source: source, sourceVersion: from.qemuVersion, destination: destination, destinationVersion: to.qemuVersion)
    }

    /// The rule between two releases' look-ups, built once (a matrix shares them across pairs).
    public init(source: PropertyLookup, sourceVersion: QEMUVersion, destination: PropertyLookup, destinationVersion: QEMUVersion) {
        self.source = source
        self.destination = destination
        self.sourceVersion = sourceVersion
        self.destinationVersion = destinationVersion
    }

    /// The finding for `driver.property` set to `before` on the source and `after` on the
    /// destination (nil: no entry on that side); nil when the models cannot decide.
    public func judge(driver: String, property: String, before: String?, after: String?) -> (newProperty: Bool, effect: EntryEffect)? {
        if let effect = presence(driver: driver, property: property) { return (true, effect) }
        return effectiveValuesEqual(driver: driver, property: property, before: before, after: after).map { (false, $0) }
    }

    /// The `new-property` finding when exactly one side defines the property (and the other
    /// knows the driver); nil otherwise.
    public func presence(driver: String, property: String) -> EntryEffect? {
        let onSource = source.anyDefinition(of: property, reachedFrom: driver)
        let onDestination = destination.anyDefinition(of: property, reachedFrom: driver)
        guard let defined = onSource ?? onDestination, (onSource == nil) != (onDestination == nil) else { return nil }
        let (lacking, lackingVersion, havingVersion) =
            onSource == nil ? (source, sourceVersion, destinationVersion) : (destination, destinationVersion, sourceVersion)
        guard lacking.knows(driver) else { return nil }
        return EntryEffect(
            .none,
            because: "\(lackingVersion) does not define `\(property)` for \(driver) (nor its ancestors or subtypes; \(havingVersion) defines it on \(defined.type)): the entry pins a knob the other side does not have, to the behaviour from before it existed; the lab's sweep (Benchmarks/data/lab-verify-sweep.json) migrates every x86_64 and s390x machine common to 7.2 and 10.0.2, in both directions, with such entries",
            evidence: defined.location.map { [$0.description] } ?? [])
    }

    /// Effect `none` when both sides define the property and its effective values are equal:
    /// a side's entry, or the property's default where it has none.
    public func effectiveValuesEqual(driver: String, property: String, before: String?, after: String?) -> EntryEffect? {
        guard let sourceDefinition = source.anyDefinition(of: property, reachedFrom: driver),
            let destinationDefinition = destination.anyDefinition(of: property, reachedFrom: driver),
            let sourceValue = before ?? sourceDefinition.defaultValue, let destinationValue = after ?? destinationDefinition.defaultValue,
            DeviceProperty.normalise(sourceValue, valueType: sourceDefinition.valueType)
                == DeviceProperty.normalise(destinationValue, valueType: destinationDefinition.valueType)
        else { return nil }
        let defaults = [before == nil ? sourceDefinition : nil, after == nil ? destinationDefinition : nil].compactMap { $0 }
        return EntryEffect(
            .none,
            because: defaults.isEmpty
                ? "the same value written differently: effective values equal"
                : "the side without an entry has the property's default, the value the other side's entry gives: effective values equal",
            evidence: defaults.compactMap { $0.location?.description })
    }

    /// A pin that does not keep the older release's behaviour. The newer release sets
    /// `driver.property` to `pinned` for this machine and the older has no entry, which reads as
    /// "a default changed later and is pinned back" — but the older release's own default is
    /// another value, so the machine's effective value differs between the two (effect
    /// `unknown`: it can change what the guest sees or what the device migrates). Nil when the
    /// pin is the older default, or when the older side lacks the property or a literal default
    /// (a boolean or an integer): the pin rule stands then.
    public func unfaithfulPin(driver: String, property: String, pinned: String, olderIsSource: Bool) -> EntryEffect? {
        let (older, olderVersion, newerVersion) =
            olderIsSource ? (source, sourceVersion, destinationVersion) : (destination, destinationVersion, sourceVersion)
        guard let definition = older.anyDefinition(of: property, reachedFrom: driver), let written = definition.defaultValue
        else { return nil }
        let olderValue = DeviceProperty.normalise(written, valueType: definition.valueType)
        let pinnedValue = DeviceProperty.normalise(pinned, valueType: definition.valueType)
        guard Self.isLiteral(olderValue), Self.isLiteral(pinnedValue), olderValue != pinnedValue else { return nil }
        return EntryEffect(
            .unknown,
            because: "\(newerVersion) pins `\(property)` = \(pinned) for this machine as its old behaviour, but \(olderVersion) has no entry and its default is \(written) (\(definition.type)): the machine's effective value differs between the releases, which can change the hardware the guest sees or the state the device migrates",
            evidence: definition.location.map { [$0.description] } ?? [])
    }

    /// True for a normalised boolean or integer: a value two releases' texts can be compared by.
    static func isLiteral(_ normalised: String) -> Bool {
        normalised == "true" || normalised == "false" || Int(normalised) != nil
    }
}

extension PropertyLookup {
    /// True when the release knows `driver`: declared in its hierarchy, defining properties, or
    /// a run-time subtype of such a type (``lineage(of:)``).
    public func knows(_ driver: String) -> Bool {
        lineage(of: driver).count > 1 || model.defines(driver) || hierarchy.parents[driver] != nil
    }
}
