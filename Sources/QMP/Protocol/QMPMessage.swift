public import GuestABI

/// One message from a QEMU monitor in control mode: a greeting, a command's reply or an
/// asynchronous event (QEMU's `docs/interop/qmp-spec.rst`).
public enum QMPMessage: Hashable, Sendable {
    /// The first message on a connection: `{"QMP": {"version": …, "capabilities": […]}}`.
    case greeting(QMPGreeting)
    /// A successful reply: `{"return": VALUE, "id": ID}`.
    case success(id: JSONValue?, value: JSONValue)
    /// A failed reply: `{"error": {"class": CLASS, "desc": TEXT}, "id": ID}`.
    case failure(id: JSONValue?, errorClass: String, description: String)
    /// An asynchronous event: `{"event": NAME, "data": …, "timestamp": …}`.
    case event(QMPEvent)

    /// Classifies one parsed message.
    public init(_ value: JSONValue) throws(QMPError) {
        guard let members = value.objectValue else {
            throw Self.malformed("a message is a JSON object, this is a \(value.kindName)")
        }
        if let greeting = members["QMP"] {
            self = .greeting(try QMPGreeting(greeting))
        } else if let result = members["return"] {
            self = .success(id: members["id"], value: result)
        } else if let error = members["error"] {
            guard let errorClass = error["class"]?.stringValue, let description = error["desc"]?.stringValue else {
                throw Self.malformed("an error reply needs string members 'class' and 'desc': \(error)")
            }
            self = .failure(id: members["id"], errorClass: errorClass, description: description)
        } else if let name = members["event"] {
            guard let name = name.stringValue else { throw Self.malformed("an event name is a string: \(name)") }
            self = .event(QMPEvent(name: name, data: members["data"], timestamp: members["timestamp"]))
        } else {
            throw Self.malformed("no 'QMP', 'return', 'error' or 'event' member in \(value)")
        }
    }

    /// Parses and classifies one line as QEMU sends it (a trailing `\r\n` is allowed).
    public init(line: [UInt8]) throws(QMPError) {
        try self.init(try JSONValue(parsing: line))
    }

    static func malformed(_ reason: String) -> QMPError {
        QMPError(
            .protocolError, subject: "QMP message", reason: reason,
            hint: "check that the socket belongs to a QEMU monitor in control mode (-qmp or -mon mode=control)")
    }
}

/// The greeting a QMP server sends when a client connects.
public struct QMPGreeting: Hashable, Sendable {
    /// The QEMU release, as `query-version` reports it.
    public var version: QEMUVersion
    /// The distribution's build identifier (`Debian 1:10.0.2+ds-2+deb13u1~bpo12+1`), or empty.
    public var package: String
    /// The optional protocol capabilities the server offers (`oob`).
    public var capabilities: [String]

    /// Creates a greeting.
    public init(version: QEMUVersion, package: String, capabilities: [String]) {
        self.version = version
        self.package = package
        self.capabilities = capabilities
    }

    /// Reads the value of the greeting's `QMP` member.
    public init(_ value: JSONValue) throws(QMPError) {
        guard let versionInfo = value["version"] else {
            throw QMPMessage.malformed("the greeting has no 'version' member: \(value)")
        }
        let (version, package) = try Self.parseVersionInfo(versionInfo)
        self.init(
            version: version, package: package,
            capabilities: (value["capabilities"]?.arrayValue ?? []).compactMap(\.stringValue))
    }

    /// Reads a `VersionInfo` (`{"qemu": {"major": …, "minor": …, "micro": …}, "package": …}`),
    /// which both the greeting and `query-version` carry.
    static func parseVersionInfo(_ value: JSONValue) throws(QMPError) -> (QEMUVersion, String) {
        guard let numbers = value["qemu"], let major = numbers["major"]?.intValue,
            let minor = numbers["minor"]?.intValue, let micro = numbers["micro"]?.intValue
        else {
            throw QMPMessage.malformed("a VersionInfo needs integers qemu.major, qemu.minor and qemu.micro: \(value)")
        }
        return (QEMUVersion(major, minor, micro), value["package"]?.stringValue ?? "")
    }
}

/// An asynchronous event, such as `SHUTDOWN` or `RESUME`.
public struct QMPEvent: Hashable, Sendable {
    /// The event name.
    public var name: String
    /// The event's `data` member, if any.
    public var data: JSONValue?
    /// The `timestamp` member (`{"seconds": …, "microseconds": …}`), if any.
    public var timestamp: JSONValue?

    /// Creates an event.
    public init(name: String, data: JSONValue? = nil, timestamp: JSONValue? = nil) {
        self.name = name
        self.data = data
        self.timestamp = timestamp
    }
}
