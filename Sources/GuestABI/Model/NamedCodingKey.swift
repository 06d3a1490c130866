/// A coding key named at the call site, for JSON whose keys depend on the value (a compat
/// change has `driver`/`property`, a class-fact change `field`) or are checked one by one.
struct NamedCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
