import GuestABI

/// A failure a command reports with its own message and exit status.
struct CommandFailure: Error, CustomStringConvertible {
    /// Exit status for bad input, everywhere in guestabi.
    static let badInputStatus: Int32 = 2

    var message: String
    var exitCode: Int32

    var description: String { message }

    /// Bad input: exit status 2.
    static func badInput(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: badInputStatus)
    }
}

/// Parses a command-line value with a model parser; a rejected value becomes bad input naming
/// the value and the accepted forms.
func parseArgument<T>(_ parse: () throws(GuestABIError) -> T) throws(CommandFailure) -> T {
    do {
        return try parse()
    } catch {
        throw CommandFailure.badInput(error.description)
    }
}
