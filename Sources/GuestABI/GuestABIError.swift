/// An error raised by the model: bad input that a user or a file gave us.
///
/// Every error names the value that was rejected and says what would have been accepted, so a
/// command can print it as it is and exit with status 2.
public struct GuestABIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of input was rejected.
    public enum Code: String, Sendable, Equatable {
        case invalidQEMUVersion
        case invalidMachineVersion
        case invalidMachineName
        case unversionedMachine
        case unknownTarget
        case unknownFamily
        case invalidValue
    }

    /// What kind of input was rejected.
    public var code: Code
    /// The rejected text, exactly as given.
    public var input: String
    /// What is wrong with it.
    public var reason: String
    /// What would have been accepted, or how to fix it.
    public var hint: String

    /// Creates an error for `input`.
    public init(_ code: Code, input: String, reason: String, hint: String) {
        self.code = code
        self.input = input
        self.reason = reason
        self.hint = hint
    }

    public var description: String {
        "'\(input)': \(reason); \(hint)"
    }
}
