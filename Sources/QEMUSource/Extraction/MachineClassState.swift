import GuestABI
import OrderedCollections

/// What an options chain leaves in a machine class: the compat list in application order, the
/// class fields it set, and the fields that are metadata rather than guest ABI.
struct MachineClassState: Sendable {
    /// Fields that describe or register the machine rather than shape what the guest sees.
    static let metadataFields: Set<String> = ["alias", "is_default", "desc", "deprecation_reason", "init", "family"]

    var compat: [CompatProperty] = []
    var facts: OrderedDictionary<String, ClassFact> = [:]
    var metadata: [String: [PPToken]] = [:]
    /// The version named by `MACHINE_VER_DEPRECATION(…)` in the class init, if it calls it.
    var versionedDeprecation: MachineVersion?

    mutating func assign(field: String, value: [PPToken], origin: String, location: SourceLocation) {
        if Self.metadataFields.contains(field) {
            metadata[field] = value
            return
        }
        facts[field] = ClassFact(field: field, value: value.normalizedText, source: Provenance(origin: origin, location: location))
    }

    /// The string a metadata field holds, `nil` for `NULL` or unset.
    func metadataString(_ field: String) -> String? {
        metadata[field]?.concatenatedString
    }

    /// True when a metadata field holds `true` or a non-zero number.
    func metadataFlag(_ field: String) -> Bool {
        guard let text = metadata[field]?.normalizedText else { return false }
        return text == "true" || (Int(text).map { $0 != 0 } ?? false)
    }
}
