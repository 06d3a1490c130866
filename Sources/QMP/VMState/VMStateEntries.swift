/// The members the checker reads of one section, description or field of a dump, found in one
/// pass over its members (the last of a repeated name, as a dictionary keeps it) rather than by
/// a search per name.
struct VMStateEntries {
    var name: Int?
    var field: Int?
    var versionID: Int?
    var minimumVersionID: Int?
    var size: Int?
    var num: Int?
    var description: Int?
    var fields: Int?

    /// No entries: a field before the first one is read.
    init() {}

    /// The entries of `object` (none when it is not an object).
    init(_ document: JSONDocument, _ object: Int) {
        document.forEachMember(of: object) { key, value in
            // Names are told apart by length first, so most keys cost one comparison.
            switch document.utf8Count(key) {
            case 3: if document.stringEquals(key, "num") { num = value }
            case 4:
                if document.stringEquals(key, "size") {
                    size = value
                } else if document.stringEquals(key, "name") {
                    name = value
                }
            case 5: if document.stringEquals(key, "field") { field = value }
            case 6: if document.stringEquals(key, "Fields") { fields = value }
            case 10: if document.stringEquals(key, "version_id") { versionID = value }
            case 11: if document.stringEquals(key, "Description") { description = value }
            case 18: if document.stringEquals(key, "minimum_version_id") { minimumVersionID = value }
            default: break
            }
        }
    }
}
