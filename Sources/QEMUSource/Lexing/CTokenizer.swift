/// Splits C source into tokens, the way QEMU's compiler would see them before preprocessing.
///
/// Comments and whitespace are skipped; backslash-newline continuations are followed anywhere
/// while each token keeps the physical line it starts on. A `#` that begins a logical line
/// starts a directive: one ``CToken/Kind/directive`` token (`#define`), ordinary tokens for the
/// rest of the line, then a zero-length ``CToken/Kind/endOfDirective``.
///
/// Lexing never stops at a problem: unterminated comments and literals and stray bytes become
/// ``SourceDiagnostic`` values of the returned stream.
///
/// ```swift
/// let stream = CTokenizer(bytes: Array(source.utf8), file: "hw/i386/pc.c").tokenize()
/// for token in stream.tokens where stream.matches(token, "GlobalProperty") { … }
/// ```
package struct CTokenizer: Sendable {
    /// The source bytes.
    package let bytes: [UInt8]
    /// The file named by locations and diagnostics, relative to the tree root.
    package let file: String

    /// Creates a tokenizer of `bytes`, read from `file`.
    package init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Lexes the source in one pass that ends at the first token over a ``SourceBudget`` (see
    /// ``TokenBudget``): that token and the rest are not in the stream, and an error diagnostic
    /// at its line says which budget it went over.
    package func tokenize() -> CTokenStream {
        let (tokens, diagnostics) = bytes.withUnsafeBufferPointer { buffer in
            var scanner = CScanner(buffer: buffer, file: file)
            scanner.run()
            return (scanner.tokens, scanner.diagnostics)
        }
        return CTokenStream(file: file, bytes: bytes, tokens: tokens, diagnostics: diagnostics)
    }
}
