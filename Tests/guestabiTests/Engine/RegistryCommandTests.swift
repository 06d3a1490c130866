import Foundation
import Testing

/// The embedded registry: what it holds, and that the corpus regenerates it byte for byte.
@Suite struct RegistryCommandTests {
    static let corpus = TestEnvironment.corpus
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/RegistryStore/Releases")

    @Test func listShowsTheFiveCorpusReleases() throws {
        let result = try CLIRunner.run(["registry", "list", "--format", "json"])
        #expect(result.status == 0)
        let releases = try JSONObject(result.stdout).array
        #expect(releases.compactMap { $0["qemuVersion"]?.string } == ["5.2.0", "7.2.0", "10.0.2", "10.0.13", "10.2.2"])
        #expect(releases.allSatisfy { $0["source"]?.string == "embedded" })
        let table = try CLIRunner.run(["registry", "list"])
        #expect(table.stdout.contains("10.2.2   embedded"))
    }

    @Test func regeneratingFromTheCorpusReproducesTheShippedDataExactly() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["registry", "build", Self.corpus, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let shippedFiles = try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path).filter { $0.hasSuffix(".json") }.sorted()
        let builtFiles = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(builtFiles == shippedFiles)
        for file in shippedFiles {
            let built = try Data(contentsOf: output.appendingPathComponent(file))
            let shipped = try Data(contentsOf: Self.shipped.appendingPathComponent(file))
            #expect(built == shipped, "\(file) differs from the shipped registry: run `guestabi registry build \(Self.corpus)` from the package root")
        }
    }

    @Test func aTreeAddsARelease() throws {
        let list = try CLIRunner.run(["registry", "list", "--registry", "\(Self.corpus)/7.2.0", "--format", "json"])
        #expect(list.status == 0, "\(list.stderr)")
        let entry = try #require(try JSONObject(list.stdout).array.first { $0["qemuVersion"]?.string == "7.2.0" })
        #expect(entry["source"]?.string == "--registry")
        #expect(entry["origin"]?.string == "\(Self.corpus)/7.2.0")
        let missing = try CLIRunner.run(["registry", "list", "--registry", "/nonexistent/tree"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/tree"))
    }

    @Test func extractReadsTheQOMHierarchyOnlyWhenAsked() throws {
        let plain = try JSONObject(try CLIRunner.run(["extract", "\(Self.corpus)/10.2.2", "--target", "m68k", "--format", "json"]).stdout)
        #expect(plain["qomParents"]?.keys.isEmpty == true)
        let withQOM = try JSONObject(try CLIRunner.run(["extract", "\(Self.corpus)/10.2.2", "--target", "m68k", "--format", "json", "--qom"]).stdout)
        #expect(withQOM["qomParents"]?["virtio-net-pci"]?.string == "virtio-net-pci-base")
    }

    @Test func buildRefusesAFolderWithoutTrees() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CLIRunner.run(["registry", "build", empty.path, "-o", empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no QEMU tree"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    @Test func aRegistryFileAddsARelease() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-reg-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        // The extractor's full JSON of a tree, added with --registry, is then named by version.
        let extract = try CLIRunner.run(["extract", "\(Self.corpus)/7.2.0", "--target", "m68k", "--format", "json"])
        #expect(extract.status == 0)
        try Data(extract.stdout.utf8).write(to: file)
        let list = try CLIRunner.run(["registry", "list", "--registry", file.path, "--format", "json"])
        let entry = try #require(try JSONObject(list.stdout).array.first { $0["qemuVersion"]?.string == "7.2.0" })
        #expect(entry["source"]?.string == "--registry")
        let check = try CLIRunner.run(["check", "--registry", file.path, "--from", "7.2.0", "--to", "10.2.2", "--machine", "virt-7.2", "--target", "m68k"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
