public import GuestABI

/// `guestabi extract --properties`: the device property model of a release as a table (type,
/// property, how it is defined, value type, default, `file:line`).
public enum PropertyReport {
    /// One row per property, sorted by type and name.
    public static func table(_ model: PropertyModel) -> String {
        var table = TextTable(header: ["TYPE", "PROPERTY", "ORIGIN", "VALUE TYPE", "DEFAULT", "DEFINED AT"])
        for property in model.all {
            table.append([
                property.type, property.name, property.origin.rawValue, property.valueType, property.defaultValue ?? "-",
                property.location?.description ?? "-",
            ])
        }
        return table.render()
    }
}
