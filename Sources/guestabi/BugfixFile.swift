import Foundation
import GuestABI
import RegistryStore

/// Reads the JSON inputs of the bugfix commands: a fix and a plan.
enum BugfixFile {
    /// The validated fix in `path`.
    static func readFix(_ path: String) throws(CommandFailure) -> BugfixFix {
        let fix: BugfixFix = try decode(path, what: "fix", example: #"{"title": "…", "compat": [{"driver": "…", "property": "…", "old": "off", "new": "on"}]}"#)
        do {
            return try fix.validated()
        } catch {
            throw CommandFailure.badInput("\(path): \(error.description)")
        }
    }

    /// The plan in `path` (`bugfix plan --format json` output).
    static func readPlan(_ path: String) throws(CommandFailure) -> BugfixPlan {
        try decode(path, what: "plan", example: "the output of `guestabi bugfix plan --format json`")
    }

    private static func decode<T: Decodable>(_ path: String, what: String, example: String) throws(CommandFailure) -> T {
        let data: Data
        do {
            data = try FileContents.read(path)
        } catch {
            throw CommandFailure.badInput("\(path): cannot read the \(what): \(error)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as GuestABIError {
            throw CommandFailure.badInput("\(path): \(error.description)")
        } catch let DecodingError.keyNotFound(key, context) {
            let place = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw CommandFailure.badInput("\(path): missing key \"\(key.stringValue)\"\(place.isEmpty ? "" : " in \(place)"); expected \(example)")
        } catch let DecodingError.typeMismatch(_, context) {
            let place = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            throw CommandFailure.badInput("\(path): wrong type at \(place): \(context.debugDescription); expected \(example)")
        } catch let DecodingError.dataCorrupted(context) {
            throw CommandFailure.badInput("\(path): not valid JSON: \(context.underlyingError.map { "\($0)" } ?? context.debugDescription)")
        } catch {
            throw CommandFailure.badInput("\(path): cannot read the \(what): \(error)")
        }
    }
}
