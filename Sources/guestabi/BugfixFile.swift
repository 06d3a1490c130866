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

    /// The plan in `path` (`bugfix plan --format json` output), and the overall verdict it
    /// states (nil when it states none).
    static func readPlan(_ path: String) throws(CommandFailure) -> (plan: BugfixPlan, statedVerdict: BugfixPlan.PolicyVerdict.Verdict?) {
        let example = "the output of `guestabi bugfix plan --format json`"
        let plan: BugfixPlan = try decode(path, what: "plan", example: example)
        let stated: StatedVerdict = try decode(path, what: "plan", example: example)
        return (plan, stated.verdict)
    }

    /// The top-level `verdict` a plan file states (``BugfixPlan`` derives its own from the policy).
    private struct StatedVerdict: Decodable {
        var verdict: BugfixPlan.PolicyVerdict.Verdict?
    }

    private static func decode<T: Decodable>(_ path: String, what: String, example: String) throws(CommandFailure) -> T {
        let data: Data
        do {
            data = try FileContents.read(path)
        } catch {
            throw CommandFailure.badInput("\(path): cannot read the \(what): \(error); give a JSON file (a regular file or a pipe)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as GuestABIError {
            throw CommandFailure.badInput("\(path): \(error.description)")
        } catch let error as DecodingError {
            throw CommandFailure.badInput("\(path): \(JSONProblem.describe(error, in: data)); expected \(example)")
        } catch {
            throw CommandFailure.badInput("\(path): cannot be decoded as a \(what); expected \(example)")
        }
    }
}
