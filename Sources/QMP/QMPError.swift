/// An error talking to a QEMU binary over QMP.
public struct QMPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed.
    public enum Code: String, Sendable, Equatable {
        case launchFailed
        case connectionFailed
        case protocolError
        case commandFailed
        case timeout
    }

    /// What failed.
    public var code: Code
    /// The binary, socket or QMP command involved.
    public var subject: String
    /// What went wrong.
    public var reason: String
    /// How to fix it.
    public var hint: String

    /// Creates an error about `subject`.
    public init(_ code: Code, subject: String, reason: String, hint: String) {
        self.code = code
        self.subject = subject
        self.reason = reason
        self.hint = hint
    }

    public var description: String { "\(subject): \(reason); \(hint)" }
}
