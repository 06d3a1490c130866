/// One token of C source: what kind it is, the bytes it covers and the line it starts on.
///
/// A token holds a byte range into the buffer of its ``CTokenStream``, never text: ask the stream
/// for ``CTokenStream/text(_:)`` or ``CTokenStream/matches(_:_:)`` when the spelling matters.
package struct CToken: Sendable, Equatable {
    /// What a token is.
    package enum Kind: UInt8, Sendable {
        /// A name: `[A-Za-z_$][A-Za-z0-9_$]*`, keywords included.
        case identifier
        /// A preprocessing number: `2047`, `0x1ULL`, `1.5e+3`, `.5`.
        case number
        /// A string literal with its quotes and any encoding prefix: `"on"`, `u8"x"`.
        case string
        /// A character literal with its quotes and any encoding prefix: `'a'`, `L'\0'`.
        case character
        /// An operator or separator, longest match first: `->`, `<<=`, `{`, `##`, `...`.
        case punctuator
        /// The start of a preprocessor directive: `#` and the directive's name (`#define`,
        /// `# include`), or a lone `#` when no name follows.
        case directive
        /// The zero-length end of a directive's logical line.
        case endOfDirective
    }

    /// What the token is.
    package var kind: Kind
    /// The byte offset of the first byte.
    package var start: Int
    /// The byte offset one past the last byte; equal to `start` only for ``Kind/endOfDirective``.
    package var end: Int
    /// The 1-based physical line of the first byte.
    package var line: Int

    /// Creates a token covering `start..<end`, starting on `line`.
    package init(kind: Kind, start: Int, end: Int, line: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.line = line
    }

    /// The byte range of the token in its source buffer.
    package var range: Range<Int> { start..<end }
}
