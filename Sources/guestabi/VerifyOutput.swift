import ArgumentParser
import Foundation
import GuestABI
import Report

/// `--format table|json|junit`.
enum VerifyOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case junit
}

/// Writes a verify report in a format, to standard output or a file (whole or not at all).
enum VerifyOutput {
    static func write(_ report: VerifyReport, format: VerifyOutputFormat, to path: String?) throws {
        let text: String
        switch format {
        case .table: text = VerifyTable.text(report)
        case .json: text = try JSONOutput.render(report)
        case .junit: text = VerifyJUnit.xml(report)
        }
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): cannot write the report: \(error.localizedDescription)", exitCode: 1)
        }
    }
}
