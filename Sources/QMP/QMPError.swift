/// An error talking to a QEMU binary over QMP.
public struct QMPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed.
    public enum Code: String, Sendable, Equatable {
        /// The binary could not be started, or exited before its QMP monitor was ready.
        case launchFailed
        /// The QMP socket could not be reached, or the connection broke.
        case connectionFailed
        /// The peer sent something that is not QMP.
        case protocolError
        /// QEMU answered a command with an error; ``QMPError/errorClass`` holds its class.
        case commandFailed
        /// No socket or no reply within the time allowed.
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
    /// For ``Code/commandFailed``: QEMU's error class (`CommandNotFound`, `GenericError`,
    /// `DeviceNotFound`, …).
    public var errorClass: String?

    /// Creates an error about `subject`.
    public init(_ code: Code, subject: String, reason: String, hint: String, errorClass: String? = nil) {
        self.code = code
        self.subject = subject
        self.reason = reason
        self.hint = hint
        self.errorClass = errorClass
    }

    public var description: String { "\(subject): \(reason); \(hint)" }
}
