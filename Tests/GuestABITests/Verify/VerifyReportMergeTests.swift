import Foundation
import GuestABI
import Testing

@Suite struct VerifyReportMergeTests {
    static let cells = VerifyCell.grid(machines: (0..<7).map { "pc-q35-\($0).0" }, deviceSets: [[]])
    static let binary = VerifyRunIdentity.Binary(path: "/a", sha256: String(repeating: "a", count: 64), version: "7.2.22", target: "x86_64")
    static let identity = VerifyRunIdentity(from: binary, to: binary, options: ["--memory 256"], cells: cells)

    static func shards(_ count: Int, identity: VerifyRunIdentity = identity) throws -> [VerifyReport] {
        try (1...count).map { index in
            let shard = try VerifyShard(index: index, count: count)
            let results = shard.select(cells).map {
                LiveMigrationResult(cell: $0, status: $0.machine.hasSuffix("3.0") ? .failed : .completed, seconds: 0.5)
            }
            return VerifyReport(identity: identity, shard: shard, results: results)
        }
    }

    @Test func theShardsOfARunMergeIntoTheWholeRun() throws {
        let merged = try VerifyReport.merge(try Self.shards(3).reversed(), names: ["c", "b", "a"])
        #expect(merged.shard == nil)
        #expect(merged.results.map(\.cell) == Self.cells)
        #expect(merged.totals.failed == 1)
    }

    @Test func shardsOfAnotherRunAreRefused() throws {
        var other = Self.identity
        other.to.sha256 = String(repeating: "b", count: 64)
        var reports = try Self.shards(2)
        reports[1] = try Self.shards(2, identity: other)[1]
        #expect {
            try VerifyReport.merge(reports, names: ["one.json", "two.json"])
        } throws: { error in
            "\(error)".contains("two.json") && "\(error)".contains("another run") && "\(error)".contains("destination binary")
        }
    }

    @Test func aMissingOrDuplicateShardIsRefused() throws {
        let reports = try Self.shards(3)
        #expect { try VerifyReport.merge([reports[0], reports[2]], names: ["1", "3"]) } throws: { "\($0)".contains("2/3 missing") }
        #expect { try VerifyReport.merge([reports[0], reports[1], reports[1], reports[2]], names: ["1", "2", "2b", "3"]) } throws: {
            "\($0)".contains("2b") && "\($0)".contains("also 2")
        }
        let whole = VerifyReport(identity: Self.identity, shard: nil, results: [])
        #expect { try VerifyReport.merge([whole], names: ["w.json"]) } throws: { "\($0)".contains("not a shard") }
        #expect(throws: GuestABIError.self) { try VerifyReport.merge([], names: []) }
    }

    @Test func anIncompleteShardIsRefused() throws {
        var reports = try Self.shards(2)
        reports[0].results.removeLast()
        #expect { try VerifyReport.merge(reports, names: ["1", "2"]) } throws: { "\($0)".contains("6 results for a run of 7 cells") }
    }

    @Test func aReportSurvivesItsJSON() throws {
        var report = try Self.shards(2)[1]
        report.results[0].predicted = Prediction(
            tier: "static", verdict: "compatible", predictsCompletion: true, basis: "7.2.22 → 7.2.0", reasons: [])
        report.results[0].notes = ["port 1 refused"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(report)
        let decoded = try JSONDecoder().decode(VerifyReport.self, from: data)
        #expect(decoded == report)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"from\"", "\"to\"", "\"results\"", "\"machine\"", "\"status\"", "\"seconds\"", "\"error\"", "\"predicted\"", "\"totals\""] {
            #expect(text.contains(key))
        }
    }
}
