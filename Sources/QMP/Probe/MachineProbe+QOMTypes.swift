extension MachineProbe {
    /// The QOM types `binary` knows, abstract ones included, each name mapped to its parent's
    /// name (`virtio-net-pci` → `virtio-net-pci-base`); types without a parent (`object`,
    /// `interface`) are left out.
    public static func qomTypes(binary: String) async throws -> [String: String] {
        try await QEMUProcess(binary: binary).run { session in try await qomTypes(using: session.client) }
    }

    /// Runs `qom-list-types` with `abstract: true` on an open session.
    public static func qomTypes(using client: QMPClient) async throws -> [String: String] {
        try parseQOMTypes(try await client.execute("qom-list-types", arguments: ["abstract": true]), peer: client.peer)
    }

    /// Reads a `qom-list-types` reply, an array of `ObjectTypeInfo` objects.
    static func parseQOMTypes(_ reply: JSONValue, peer: String) throws(QMPError) -> [String: String] {
        func malformed(_ reason: String) -> QMPError {
            QMPError(
                .protocolError, subject: "\(peer): QMP command 'qom-list-types'", reason: reason,
                hint: "this does not look like QEMU's ObjectTypeInfo; report the binary's version and the reply")
        }
        guard let entries = reply.arrayValue else { throw malformed("the reply is a \(reply.kindName), not an array") }
        var parents: [String: String] = [:]
        parents.reserveCapacity(entries.count)
        for entry in entries {
            guard let name = entry["name"]?.stringValue else { throw malformed("a type without a name: \(entry)") }
            if let parent = entry["parent"]?.stringValue { parents[name] = parent }
        }
        return parents
    }
}
