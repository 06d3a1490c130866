import Foundation
import Testing

/// `guestabi lint --format sarif` on real trees validates against the official OASIS SARIF 2.1.0
/// schema, and its results point at `file:line` with the baseline state code scanning reads.
@Suite(.serialized) struct LintSARIFSchemaTests {
    static let corpus = FrozenCompatTreeTests.corpus

    /// The first line (1-based) of `file` that contains `text`.
    static func line(of text: String, in file: URL) throws -> Int? {
        try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    /// The validator's verdict, recorded as the test's failure with every schema error.
    static func expectValid(_ sarif: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let outcome = try SARIFSchema.validate(sarif)
        #expect(outcome.status == 0, "SARIF does not validate against the OASIS schema:\n\(outcome.output)", sourceLocation: sourceLocation)
        #expect(outcome.output.hasPrefix("valid ("), "\(outcome.output)", sourceLocation: sourceLocation)
    }

    @Test func aFrozenChangeIsNewAtTheInsertedLineAndTheInheritedNotesAreUnchanged() throws {
        let array = "GlobalProperty hw_compat_9_2[] = {\n"
        let tree = try FrozenCompatTreeTests.patchedCopy(
            of: "10.2.2", edits: ["hw/core/machine.c": [(array, array + "    { \"virtio-net-pci\", \"x-guestabi-test\", \"off\" },\n")]])
        defer { try? FileManager.default.removeItem(at: tree) }
        let inserted = try #require(try Self.line(of: "x-guestabi-test", in: tree.appendingPathComponent("hw/core/machine.c")))

        let result = try CLIRunner.run(["lint", tree.path, "--base", "\(Self.corpus)/10.2.2", "--format", "sarif"])
        #expect(result.status == 1, "\(result.stderr)")
        try Self.expectValid(result.stdout)

        let run = try #require(try JSONObject(result.stdout)["runs"]?.array.first)
        #expect(run["originalUriBaseIds"]?["SRCROOT"]?["uri"]?.string == "file://\(tree.standardizedFileURL.path)/")
        let results = run["results"]?.array ?? []
        let frozen = try #require(results.first { $0["ruleId"]?.string == "GA001" })
        #expect(frozen["level"]?.string == "error")
        #expect(frozen["baselineState"]?.string == "new")
        #expect(frozen["message"]?["text"]?.string?.contains("hw_compat_9_2") == true)
        let physical = frozen["locations"]?.array.first?["physicalLocation"]
        #expect(physical?["artifactLocation"]?["uri"]?.string == "hw/core/machine.c")
        #expect(physical?["artifactLocation"]?["uriBaseId"]?.string == "SRCROOT")
        #expect(physical?["region"]?["startLine"]?.int == inserted)
        // The entry is the only new finding; what 10.2.2 already had is inherited.
        #expect(results.filter { $0["baselineState"]?.string == "new" }.count == 1)
        let notes = results.filter { $0["ruleId"]?.string == "GA007" }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0["baselineState"]?.string == "unchanged" && $0["level"]?.string == "note" })
        #expect(notes.allSatisfy { ($0["locations"]?.array.first?["physicalLocation"]?["region"]?["startLine"]?.int ?? 0) >= 1 })
        // Each result's ruleIndex names its rule in the driver's rules.
        let rules = run["tool"]?["driver"]?["rules"]?.array ?? []
        for result in results {
            let index = try #require(result["ruleIndex"]?.int)
            #expect(rules.indices.contains(index) && rules[index]["id"]?.string == result["ruleId"]?.string)
        }
    }

    @Test func aTaggedVersionWithoutBaseHasNoBaselineStateAndAPercentEncodedRoot() throws {
        // 5.2.0 through a link whose name needs percent-encoding in the root's file URI.
        let id = UUID().uuidString
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi sarif é-\(id)")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "\(Self.corpus)/5.2.0")
        defer { try? FileManager.default.removeItem(at: link) }

        let result = try CLIRunner.run(["lint", link.path, "--format", "sarif"])
        #expect(result.status == 1, "\(result.stderr)")
        try Self.expectValid(result.stdout)

        let run = try #require(try JSONObject(result.stdout)["runs"]?.array.first)
        let root = run["originalUriBaseIds"]?["SRCROOT"]?["uri"]?.string ?? ""
        #expect(root.hasPrefix("file:///") && root.hasSuffix("/guestabi%20sarif%20%C3%A9-\(id)/"), "\(root)")
        let results = run["results"]?.array ?? []
        let tagged = try #require(results.first { $0["ruleId"]?.string == "GA004" })
        #expect(tagged["level"]?.string == "warning")
        #expect(tagged["message"]?["text"]?.string?.contains("pseries-2.12-sxxm") == true)
        #expect(tagged["baselineState"] == nil)
        let physical = tagged["locations"]?.array.first?["physicalLocation"]
        #expect(physical?["artifactLocation"]?["uri"]?.string == "hw/ppc/spapr.c")
        let line = try #require(physical?["region"]?["startLine"]?.int)
        let source = try String(contentsOfFile: "\(Self.corpus)/5.2.0/hw/ppc/spapr.c", encoding: .utf8).components(separatedBy: "\n")
        #expect(source.indices.contains(line - 1) && source[line - 1].contains("2_12_sxxm"), "line \(line)")
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        // Not a vacuous check: an unknown baseline state, line 0 and an unencoded space fail.
        let bad = """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "guestabi"}}, "results": [{
              "message": {"text": "m"}, "baselineState": "existing",
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": "hw/a b.c"}, "region": {"startLine": 0}}}]}]}]}
            """
        let outcome = try SARIFSchema.validate(bad)
        #expect(outcome.status == 1, "\(outcome.output)")
        #expect(outcome.output.contains("baselineState: 'existing' is not one of"), "\(outcome.output)")
        #expect(outcome.output.contains("startLine: 0 is less than the minimum of 1"), "\(outcome.output)")
        #expect(outcome.output.contains("uri: 'hw/a b.c' is not a 'uri-reference'"), "\(outcome.output)")
    }
}
