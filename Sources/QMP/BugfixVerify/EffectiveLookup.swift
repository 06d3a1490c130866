import GuestABI

/// A property's value on one machine of one probed binary, for comparing machines across
/// binaries whose effective tables have different rows (each binary's table holds only the
/// properties its own compat lists touch).
enum EffectiveLookup: Hashable, Sendable {
    /// The value, from a compat entry or the driver's default.
    case value(String)
    /// The binary has no such driver, or the driver no such property.
    case absent
    /// The binary has it, but its value is not known (no default, or not read).
    case unknown(String)

    /// The value of `driver.property` on `machine` in `report`: its effective row, else the
    /// driver's default.
    static func find(_ report: ProbeReport, machine: ProbeReport.Machine, driver: String, property: String) -> Self {
        if let row = machine.effective?.first(where: { $0.driver == driver && $0.property == property }) {
            switch row.origin {
            case .compat, .default: return row.value.map(Self.value) ?? .unknown("no value")
            case .unknownDriver, .unknownProperty: return .absent
            case .noDefault: return .unknown("the property has no default")
            case .unavailable: return .unknown(report.defaultsUnavailable[driver] ?? "its defaults could not be read")
            }
        }
        // No compat entry of this binary touches it: the driver's default is the value, unless a
        // compat entry of this machine sets it on a parent type.
        if let compat = machine.compat,
            let entry = compat.last(where: { $0.property == property && QOMAncestry.descends(driver, from: $0.driver, parents: report.types) })
        {
            return .value(entry.value)
        }
        if let values = report.defaults[driver] {
            guard let value = values[property] else { return .absent }
            return value.map(Self.value) ?? .unknown("the property has no default")
        }
        if let reason = report.defaultsUnavailable[driver] { return .unknown(reason) }
        return report.types[driver] == nil && !report.abstractTypes.contains(driver) ? .absent : .unknown("its defaults were not read")
    }

    /// The value normalised for comparison: QEMU's boolean spellings (`on`/`yes`/`true`/`y`,
    /// `off`/`no`/`false`/`n`) as `true`/`false`, integers (decimal or `0x`) in decimal.
    static func normalised(_ text: String) -> String {
        switch text {
        case "on", "yes", "true", "y": return "true"
        case "off", "no", "false", "n": return "false"
        default: break
        }
        if text.hasPrefix("0x") || text.hasPrefix("0X"), let number = UInt64(text.dropFirst(2), radix: 16) {
            return String(number)
        }
        if let number = Int64(text) { return String(number) }
        return text
    }
}
