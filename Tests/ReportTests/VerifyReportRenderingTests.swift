import Foundation
import GuestABI
import Report
import Testing

@Suite struct VerifyReportRenderingTests {
    static let binary = VerifyRunIdentity.Binary(path: "/lab/7.2/qemu-system-aarch64", sha256: "ab", version: "7.2.22", target: "aarch64")
    static let newer = VerifyRunIdentity.Binary(path: "/lab/10.0.2/qemu-system-aarch64", sha256: "cd", version: "10.0.2", target: "aarch64")
    static let predicted = Prediction(
        tier: "static", verdict: "compatible", predictsCompletion: true, basis: "7.2.22 → registry 7.2.0", reasons: [])

    static func report(shard: VerifyShard? = nil) -> VerifyReport {
        let cells = [VerifyCell(machine: "virt-7.2"), VerifyCell(machine: "virt-10.0", devices: ["virtio-net-pci"])]
        return VerifyReport(
            identity: VerifyRunIdentity(from: binary, to: newer, options: ["--memory 256"], cells: cells), shard: shard,
            results: [
                LiveMigrationResult(
                    cell: cells[0], status: .failed, seconds: 0.31, qemuMilliseconds: 35,
                    error: "error while loading state for instance 0x0 of device 'cpu' <&\">", predicted: predicted),
                LiveMigrationResult(cell: cells[1], status: .completed, seconds: 0.5, qemuMilliseconds: 20, predicted: predicted),
            ])
    }

    @Test func theTableHasOneRowPerMigrationAndTheTotals() {
        let text = VerifyTable.text(Self.report())
        #expect(text.hasPrefix("verify aarch64: 7.2.22 (/lab/7.2/qemu-system-aarch64) → 10.0.2 (/lab/10.0.2/qemu-system-aarch64)\n"))
        #expect(text.contains("predicted by: 7.2.22 → registry 7.2.0"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("virt-") }
        #expect(rows.count == 2)
        #expect(rows[0].contains("failed") && rows[0].contains("miss (out of scope)") && rows[0].contains("device 'cpu'"))
        #expect(rows[1].contains("virtio-net-pci") && rows[1].contains("completed") && rows[1].contains("agreement"))
        #expect(text.contains("2 migrations: 1 completed, 1 failed, 0 timed out"))
        #expect(text.contains("1 agreements, 0 false alarms, 1 misses (1 outside the static tier's scope)"))
        #expect(text.contains("  miss: CPU state not covered by machine-type ABI: 1"))
    }

    @Test func junitHasATestcasePerMigrationAndAFailureForEachThatDidNotComplete() throws {
        let xml = VerifyJUnit.xml(Self.report(shard: try VerifyShard(index: 1, count: 2)))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"2\" failures=\"1\" errors=\"0\">"))
        #expect(xml.contains("name=\"guestabi verify aarch64 7.2.22 to 10.0.2 shard 1/2\""))
        #expect(xml.components(separatedBy: "<testcase ").count == 3)
        #expect(xml.contains("<failure type=\"failed\" message=\"error while loading state for instance 0x0 of device &apos;cpu&apos; &lt;&amp;&quot;&gt;\">"))
        #expect(xml.contains("name=\"virt-10.0 +virtio-net-pci\" time=\"0.500\""))
        #expect(xml.contains("predicted (static): compatible; outcome: miss"))
        #expect(xml.hasSuffix("  </testsuite>\n</testsuites>\n"))
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let json = try JSONOutput.render(Self.report())
        for key in ["\"from\"", "\"to\"", "\"results\"", "\"machine\" : \"virt-7.2\"", "\"status\" : \"failed\"", "\"seconds\"",
            "\"error\"", "\"predicted\"", "\"totals\"", "\"cellDigest\"", "\"sha256\" : \"ab\"", "\"outcome\" : \"miss\"",
            "\"error\" : null"]
        {
            #expect(json.contains(key), "\(key)")
        }
    }

    /// The report with the probed tier beside the static one: it predicts the first cell's
    /// failure (a false verdict of its own, counted as an agreement) and calls the second
    /// incompatible although it completed (a false alarm).
    static func probedReport() -> VerifyReport {
        var report = report()
        report.results[0].probed = Prediction(
            tier: "probed", verdict: "incompatible", predictsCompletion: false, basis: "10.0.2 probed", reasons: ["x"])
        report.results[1].probed = Prediction(
            tier: "probed", verdict: "incompatible", predictsCompletion: false, basis: "10.0.2 probed", reasons: ["x"])
        return report
    }

    @Test func theProbedTierHasItsOwnColumnsAndTotals() throws {
        let text = VerifyTable.text(Self.probedReport())
        #expect(text.contains("probed by: 10.0.2 probed"))
        #expect(text.contains("PROBED OUTCOME"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("virt-") }
        #expect(rows[1].contains("agreement") && rows[1].contains("false-alarm"))
        #expect(text.contains("prediction vs reality: 1 agreements, 0 false alarms, 1 misses (1 outside the static tier's scope)"))
        #expect(text.contains("probed tier vs reality: 1 agreements (1 on a failure of another cause), 1 false alarms, 0 misses (0 outside the probed tier's scope)"))
        // Without a probed tier the table keeps its columns.
        #expect(!VerifyTable.text(Self.report()).contains("PROBED"))

        let xml = VerifyJUnit.xml(Self.probedReport())
        #expect(xml.contains("predicted (probed): incompatible; outcome: false-alarm"))

        let json = try JSONOutput.render(Self.probedReport())
        for key in ["\"probed\"", "\"probedOutcome\" : \"false-alarm\"", "\"probedTotals\"", "\"tier\" : \"probed\""] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(!(try JSONOutput.render(Self.report())).contains("probedTotals"))
        let decoded = try JSONDecoder().decode(VerifyReport.self, from: Data(json.utf8))
        #expect(decoded.results.map(\.probed) == Self.probedReport().results.map(\.probed))
        #expect(decoded.probedTotals?.falseAlarms == 1)
    }
}
