import Foundation
import GuestABI
import QEMUSource
import Testing

@Suite struct CTokenizerCorpusTests {
    /// The root of the QEMU 10.2.2 tree installed by the corpus script.
    static let root = "/var/cache/qemu-corpus/10.2.2"

    /// The `.c` and `.h` files under `folder` of the tree, relative to its root, sorted.
    static func sourceFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: "\(root)/\(folder)") else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            if path.hasSuffix(".c") || path.hasSuffix(".h") { files.append("\(folder)/\(path)") }
        }
        return files.sorted()
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "\(root)/VERSION")),
        arguments: ["hw", "include"])
    func lexesTheRealTreeWithoutErrors(folder: String) throws {
        let files = Self.sourceFiles(under: folder)
        #expect(files.count > 1000)
        var errors: [SourceDiagnostic] = []
        var tokenCount = 0
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: "\(Self.root)/\(file)"))
            let stream = CTokenizer(bytes: [UInt8](data), file: file).tokenize()
            tokenCount += stream.tokens.count
            errors += stream.diagnostics.filter { $0.severity == .error }
            let problem = LexingFixture.shapeProblem(stream)
            #expect(problem == nil, "\(file)")
        }
        #expect(errors.map(\.description) == [])
        #expect(tokenCount > 100_000)
    }
}
