public import GuestABI

/// Renders a ``VerifyReport`` as JUnit XML, the format CI systems (GitLab, Jenkins, GitHub
/// actions) show per test: one `testcase` per migration, a `failure` for each that did not
/// complete, the prediction in `system-out`.
public enum VerifyJUnit {
    /// The XML document.
    public static func xml(_ report: VerifyReport) -> String {
        let identity = report.identity
        let totals = report.totals
        let suite = "guestabi verify \(identity.from.target) \(identity.from.version) to \(identity.to.version)"
            + (report.shard.map { " shard \($0)" } ?? "")
        let className = "verify.\(identity.from.target).\(identity.from.version)-to-\(identity.to.version)"
        let time = report.results.reduce(0) { $0 + $1.seconds }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites tests=\"\(totals.machines)\" failures=\"\(totals.failed + totals.timeout)\" errors=\"0\">\n"
        xml += "  <testsuite name=\"\(escape(suite))\" tests=\"\(totals.machines)\" failures=\"\(totals.failed + totals.timeout)\""
            + " errors=\"0\" skipped=\"0\" time=\"\(seconds(time))\">\n"
        for result in report.results {
            xml += "    <testcase classname=\"\(escape(className))\" name=\"\(escape(result.cell.id))\" time=\"\(seconds(result.seconds))\""
            var details: [String] = []
            if let predicted = result.predicted {
                details.append("predicted (\(predicted.tier)): \(predicted.verdict); outcome: \(result.outcome.name)")
            }
            if let probed = result.probed {
                details.append("predicted (\(probed.tier)): \(probed.verdict); outcome: \(result.probedOutcome.name)")
            }
            details += result.notes
            if result.status == .completed, details.isEmpty {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if result.status != .completed {
                let message = result.error ?? result.status.rawValue
                xml += "      <failure type=\"\(result.status.rawValue)\" message=\"\(escape(message))\">"
                    + "\(escape(message))</failure>\n"
            }
            if !details.isEmpty {
                xml += "      <system-out>\(escape(details.joined(separator: "\n")))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private static func seconds(_ value: Double) -> String {
        let millis = Int((value * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Escapes text for an XML attribute or element, dropping characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\t", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
