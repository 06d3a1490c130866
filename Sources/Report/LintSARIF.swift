public import GuestABI

/// Renders lint findings as SARIF 2.1.0, the format code-scanning services read: one run,
/// the rules with their help, each result pointing at `file:line` under the tree root.
public enum LintSARIF {
    /// The SARIF log; `root` is the linted tree's absolute path (for `originalUriBaseIds`).
    public static func render(_ findings: [LintFinding], root: String?, toolVersion: String) throws -> String {
        let rules = LintRule.allCases
        let log = Log(
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: "guestabi", version: toolVersion,
                            rules: rules.map { rule in
                                RuleDescriptor(
                                    id: rule.id, name: rule.name, shortDescription: Text(text: rule.summary),
                                    help: Text(text: rule.help), defaultConfiguration: Configuration(level: rule.level.rawValue))
                            })),
                    originalUriBaseIds: root.map { ["SRCROOT": ArtifactLocation(uri: fileURI($0), uriBaseId: nil)] },
                    results: findings.map { finding in
                        Result(
                            ruleId: finding.ruleID, ruleIndex: rules.firstIndex { $0.id == finding.ruleID } ?? 0,
                            level: finding.level.rawValue, message: Text(text: finding.message),
                            locations: finding.location.map { location in
                                [
                                    Location(
                                        physicalLocation: PhysicalLocation(
                                            artifactLocation: ArtifactLocation(uri: location.file, uriBaseId: root == nil ? nil : "SRCROOT"),
                                            region: Region(startLine: max(1, location.line))))
                                ]
                            } ?? [],
                            partialFingerprints: ["guestabi/v1": finding.fingerprint],
                            baselineState: finding.baseline == .none ? nil : finding.baseline == .new ? "new" : "unchanged")
                    })
            ])
        return try JSONOutput.render(log)
    }

    /// `file:///abs/path/` with a trailing slash, as SARIF wants for a base; every byte of the
    /// UTF-8 path but ASCII letters, digits and `/-._~` is percent-encoded (`é` is `%C3%A9`).
    static func fileURI(_ path: String) -> String {
        var uri = "file://"
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "/-._~".contains(character) {
                uri.append(character)
            } else {
                uri += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return uri.hasSuffix("/") ? uri : uri + "/"
    }

    private struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]?
        var results: [Result]
    }

    private struct Tool: Encodable { var driver: Driver }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [RuleDescriptor]
    }

    private struct RuleDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }

    private struct Configuration: Encodable { var level: String }

    private struct Text: Encodable { var text: String }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var baselineState: String?
    }

    private struct Location: Encodable { var physicalLocation: PhysicalLocation }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    private struct Region: Encodable { var startLine: Int }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Renders lint findings as text.
public enum LintReport {
    /// `hw/core/machine.c:40: error GA001 frozen-change: … [new]`, then a summary line.
    public static func text(_ findings: [LintFinding], tree: String) -> String {
        var output = ""
        for finding in findings {
            let rule = LintRule.allCases.first { $0.id == finding.ruleID }
            let place = finding.location.map { "\($0): " } ?? "\(tree): "
            let baseline = finding.baseline == .none ? "" : " [\(finding.baseline.rawValue)]"
            output += "\(place)\(finding.level.rawValue) \(finding.ruleID) \(rule?.name ?? ""): \(finding.message)\(baseline)\n"
        }
        let failing = findings.filter(\.failsGate).count
        let existing = findings.filter { $0.baseline == .existing }.count
        output += "\(findings.count) \(findings.count == 1 ? "finding" : "findings"): \(failing) failing the gate"
            + (existing > 0 ? ", \(existing) inherited from the base" : "") + "\n"
        return output
    }
}
