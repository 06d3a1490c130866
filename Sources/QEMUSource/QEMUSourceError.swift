import GuestABI

/// An error reading a QEMU source tree or git repository: the input cannot be read at all.
///
/// Problems inside files that can be read are ``SourceDiagnostic`` values instead: reading goes
/// on and reports them.
public struct QEMUSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed.
    public enum Code: String, Sendable, Equatable {
        case unreadableTree
        case unreadableFile
        case gitFailed
        case notAQEMUTree
        /// A path given to a source tree is absolute, leaves the tree (`..`) or contains a newline or NUL.
        case invalidPath
        /// A git ref (tag, branch, commit) does not name a commit in the repository.
        case unknownRef
        /// A patch cannot be generated: the tree lacks what the plan builds on.
        case cannotGenerate
    }

    /// What failed.
    public var code: Code
    /// The path, ref or command involved.
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
