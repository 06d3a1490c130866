// The JSON forms of engine results, as `guestabi diff --format json` and
// `guestabi check --format json` print them (keys listed in the issue and docs).

private typealias DynamicKey = NamedCodingKey

extension Provenance: Encodable {
    private enum CodingKeys: String, CodingKey { case origin, location }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(origin, forKey: .origin)
        try container.encodeIfPresent(location?.description, forKey: .location)
    }
}

extension ABIChange: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(kind, forKey: DynamicKey("kind"))
        switch subject {
        case .compat(let driver, let property):
            try container.encode(driver, forKey: DynamicKey("driver"))
            try container.encode(property, forKey: DynamicKey("property"))
        case .classFact(let field):
            try container.encode(field, forKey: DynamicKey("field"))
        }
        try container.encode(before?.value, forKey: DynamicKey("before"))
        try container.encode(after?.value, forKey: DynamicKey("after"))
        if before?.optional == true || after?.optional == true {
            try container.encode(["before": before?.optional ?? false, "after": after?.optional ?? false], forKey: DynamicKey("optional"))
        }
        var source = container.nestedContainer(keyedBy: DynamicKey.self, forKey: DynamicKey("source"))
        try source.encode(before?.source, forKey: DynamicKey("before"))
        try source.encode(after?.source, forKey: DynamicKey("after"))
    }
}

extension MachineComparison: Encodable {
    private enum CodingKeys: String, CodingKey { case target, name, family, status, changes, notes }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(notes, forKey: .notes)
        try container.encode(target, forKey: .target)
        try container.encode(name, forKey: .name)
        try container.encode(family, forKey: .family)
        try container.encode(status, forKey: .status)
        try container.encode(changes, forKey: .changes)
    }
}

extension ReleaseDiff: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, fromOrigin, toOrigin, machines, renames }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(fromOrigin, forKey: .fromOrigin)
        try container.encodeIfPresent(toOrigin, forKey: .toOrigin)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(machines, forKey: .machines)
        try container.encode(renames, forKey: .renames)
    }
}

extension MigrationReason: Encodable {
    private enum CodingKeys: String, CodingKey { case kind, message, effect, because, evidence, breaking, drivers, entries }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(message, forKey: .message)
        try container.encode(effect, forKey: .effect)
        try container.encode(because, forKey: .because)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(isBreaking, forKey: .breaking)
        try container.encode(drivers, forKey: .drivers)
        try container.encode(entries, forKey: .entries)
    }
}

extension MigrationVerdict: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, target, machine, verdict, tier, scope, devices, reasons }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(target, forKey: .target)
        try container.encode(machine, forKey: .machine)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(tier, forKey: .tier)
        try container.encode(scope, forKey: .scope)
        try container.encode(devices, forKey: .devices)
        try container.encode(reasons, forKey: .reasons)
    }
}

extension FieldRename: Encodable {
    private enum CodingKeys: String, CodingKey { case target, family, before, after, beforeOrigins, afterOrigins, machines }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target, forKey: .target)
        try container.encode(family, forKey: .family)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(beforeOrigins, forKey: .beforeOrigins)
        try container.encode(afterOrigins, forKey: .afterOrigins)
        try container.encode(machines, forKey: .machines)
    }
}
