// The JSON form of compat entries and class facts: `source` is the array or function name, and
// `location` the `file:line` of the entry, so a report can cite both.

extension SourceLocation {
    /// Parses `file:line` (its ``description``); nil for anything else.
    public init?(compact text: String) {
        // Bytes, not characters: thousands of locations are read at each registry load.
        guard let colon = text.utf8.lastIndex(of: UInt8(ascii: ":")), let line = Int(text[text.utf8.index(after: colon)...]) else { return nil }
        self.init(file: String(text[..<colon]), line: line)
    }
}

private enum ProvenanceKeys: String, CodingKey {
    case source
    case location
}

extension Provenance {
    fileprivate init(from container: KeyedDecodingContainer<ProvenanceKeys>) throws {
        let origin = try container.decode(String.self, forKey: .source)
        let location = try container.decodeIfPresent(String.self, forKey: .location).flatMap(SourceLocation.init(compact:))
        self.init(origin: origin, location: location)
    }

    fileprivate func encode(to container: inout KeyedEncodingContainer<ProvenanceKeys>) throws {
        try container.encode(origin, forKey: .source)
        try container.encodeIfPresent(location?.description, forKey: .location)
    }
}

extension CompatProperty: Codable {
    private enum CodingKeys: String, CodingKey {
        case driver, property, value, optional
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            driver: try container.decode(String.self, forKey: .driver),
            property: try container.decode(String.self, forKey: .property),
            value: try container.decode(String.self, forKey: .value),
            optional: try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false,
            source: try Provenance(from: decoder.container(keyedBy: ProvenanceKeys.self)))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(driver, forKey: .driver)
        try container.encode(property, forKey: .property)
        try container.encode(value, forKey: .value)
        try container.encode(optional, forKey: .optional)
        var provenance = encoder.container(keyedBy: ProvenanceKeys.self)
        try source.encode(to: &provenance)
    }
}

extension ClassFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case field, value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            field: try container.decode(String.self, forKey: .field),
            value: try container.decode(String.self, forKey: .value),
            source: try Provenance(from: decoder.container(keyedBy: ProvenanceKeys.self)))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(value, forKey: .value)
        var provenance = encoder.container(keyedBy: ProvenanceKeys.self)
        try source.encode(to: &provenance)
    }
}
