import ArgumentParser
import Foundation
import GuestABI
import Report

/// `guestabi verify merge`: joins the JSON reports of `verify --shard K/N` into one.
struct VerifyMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the JSON reports of every shard of one verify run into the report of the whole run.",
        discussion: """
            Refuses reports of different runs (other binaries by sha256, options or cell list), \
            a shard given twice, a missing shard, and reports that are not shards.

            Exit status: 0 every migration completed, 1 some did not, 2 bad input.

            Example:
              guestabi verify merge shard1.json shard2.json shard3.json --format junit --output verify.xml
            """
    )

    @Argument(help: ArgumentHelp("The shard reports (verify --format json).", valueName: "shard.json"))
    var shards: [String]

    @Option(help: "Output format.")
    var format: VerifyOutputFormat = .table

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() async throws {
        var reports: [VerifyReport] = []
        for path in shards {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure.badInput("\(path): no such readable file")
            }
            do {
                reports.append(try JSONDecoder().decode(VerifyReport.self, from: data))
            } catch {
                throw CommandFailure.badInput("\(path): not a verify JSON report (\(error))")
            }
        }
        let merged = try parseArgument { () throws(GuestABIError) in try VerifyReport.merge(reports, names: shards) }
        try VerifyOutput.write(merged, format: format, to: output)
        if !merged.allCompleted { throw ExitCode(1) }
    }
}
