/// The limits that keep extraction linear and bounded on hostile input. Real QEMU trees stay far
/// below each (the largest source file is under 1 MB, a machine chain is ~80 calls deep, a
/// family file defines ~80 machines); exceeding one is an error diagnostic at `file:line`, and
/// what lies beyond it is not read.
public enum SourceBudget {
    /// Bytes of one source file.
    public static let maximumFileSize = 16_000_000
    /// Tokens of one file (the largest QEMU source file has a few hundred thousand).
    public static let maximumTokensPerFile = 1_000_000
    /// Bytes of one token (a string literal, a comment is no token).
    public static let maximumTokenLength = 1_000_000
    /// Brackets (`(`, `[`, `{`) open at once.
    public static let maximumNestingDepth = 256
    /// Tokens one macro invocation may produce.
    public static let maximumTokensPerExpansion = 100_000
    /// Tokens all the macro expansions of one file may produce together (the corpus family
    /// files need between 15,000 and 60,000).
    public static let maximumExpandedTokensPerFile = 500_000
    /// Options-chain functions run for all the machines of one file together (a family of ~80
    /// machines with chains ~80 deep makes ~6,400).
    public static let maximumChainCallsPerFile = 20_000
    /// Machine definitions (`DEFINE_…MACHINE…(…)` invocations) in one file.
    public static let maximumDefinitionsPerFile = 200
}
