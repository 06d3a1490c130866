import Foundation
import GuestABI
import Testing

@testable import Report

@Suite struct MatrixHTMLTests {
    static let hostile = "pc-q35-9.0<script>alert('x&y')</script>"

    /// Two tiny releases: 9.0.0 registers a machine whose name is hostile markup and a plain
    /// one; 9.1.0 only the plain one, so the hostile machine is `missing` there and its name
    /// also reaches a message.
    static func view() -> MatrixView {
        let plain = MachineDefinition(target: .x86_64, name: "pc-q35-8.2", family: .pcQ35, version: MachineVersion(8, 2))
        let odd = MachineDefinition(target: .x86_64, name: hostile, family: .pcQ35, version: MachineVersion(9, 0))
        let registries = [
            ReleaseRegistry(qemuVersion: QEMUVersion(9, 0), lifecycleRule: .none, machines: [plain, odd], diagnostics: [], complete: true),
            ReleaseRegistry(qemuVersion: QEMUVersion(9, 1), lifecycleRule: .none, machines: [plain], diagnostics: [], complete: true),
        ]
        return MatrixView(CompatibilityMatrix(registries: registries), registries: registries)
    }

    static func embeddedData(_ page: String) throws -> String {
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"matrix-data\">"))
        let close = try #require(page.range(of: "</script>", range: open.upperBound..<page.endIndex))
        return String(page[open.upperBound..<close.lowerBound])
    }

    @Test func machineNamesAndMessagesAreEscaped() throws {
        let view = Self.view()
        #expect(view.cells.contains { $0.machine == Self.hostile && $0.message.contains(Self.hostile) })
        let page = MatrixHTML.render(view)
        // The markup never appears raw: only the page's own three scripts open and close.
        #expect(!page.contains("<script>alert"))
        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        #expect(page.components(separatedBy: "</script>").count - 1 == 3)
        // In HTML (the timeline row), as text.
        #expect(page.contains("<th scope=\"row\">pc-q35-9.0&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;</th>"))
        // In the embedded JSON, with <, > and & as \u escapes.
        let data = try Self.embeddedData(page)
        #expect(data.contains(#"pc-q35-9.0\u003cscript\u003ealert('x\u0026y')\u003c/script\u003e"#))
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
    }

    @Test func embeddedDataDecodesToTheCells() throws {
        let view = Self.view()
        let data = try Self.embeddedData(MatrixHTML.render(view))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect(object["releases"] as? [String] == ["9.0.0", "9.1.0"])
        let machines = try #require(object["machines"] as? [String])
        let messages = try #require(object["messages"] as? [String])
        let verdicts = try #require(object["verdicts"] as? [String])
        let reasons = try #require(object["reasons"] as? [[String]])
        let family = try #require((object["families"] as? [[String: Any]])?.first)
        #expect(family["id"] as? String == "pc-q35")
        let cells = try #require(family["cells"] as? [[Any]])
        #expect(cells[0][0] is NSNull && cells[1][1] is NSNull)
        // 9.0.0 → 9.1.0: both machines, the hostile one missing.
        let forward = try #require(cells[0][1] as? [[Int]])
        let decoded = forward.map { (machines[$0[0]], verdicts[$0[1]], reasons[$0[2]], messages[$0[3]]) }
        let expected = view.cells.filter { $0.from == QEMUVersion(9, 0) }
        #expect(decoded.map(\.0) == expected.map(\.machine))
        #expect(decoded.map(\.1) == expected.map(\.verdict.rawValue))
        #expect(decoded.map(\.2) == expected.map { $0.reasons.map(\.rawValue) })
        #expect(decoded.map(\.3) == expected.map(\.message))
        #expect(decoded.contains { $0.0 == Self.hostile && $0.1 == "incompatible" && $0.2 == ["missing"] })
    }

    @Test func pageHasNoNetworkReferencesAndOneHeatmapAndTimelinePerFamily() {
        let page = MatrixHTML.render(Self.view())
        for reference in ["http://", "https://", "<link", " src=", "url(", "@import"] {
            #expect(!page.contains(reference), "\(reference)")
        }
        #expect(page.contains("id=\"heatmap-pc-q35\"") && page.contains("id=\"timeline-pc-q35\"") && page.contains("id=\"details-pc-q35\""))
        // 9.0.0 → 9.1.0: one of two compatible, the other missing.
        #expect(page.contains("aria-label=\"9.0.0 to 9.1.0: 1 of 2 compatible, 1 incompatible\""))
        #expect(page.contains(MigrationVerdict.sourceScope))
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("</script><!--", #""\u003c/script\u003e\u003c!--""#),
        ("a\"b\\c\nd\u{1}", #""a\"b\\c\nd\u0001""#),
        ("\u{2028}", #""\u2028""#),
    ])
    func jsonStringsAreSafeInsideScript(text: String, literal: String) throws {
        #expect(HTMLText.jsonString(text) == literal)
        let decoded = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }

    @Test func releaseAxisCountsFeatureReleases() {
        #expect(ReleaseAxis.step(major: 4, minor: 0) - ReleaseAxis.step(major: 3, minor: 1) == 1)
        #expect(ReleaseAxis.step(major: 3, minor: 0) - ReleaseAxis.step(major: 2, minor: 12) == 1)
        // Three years after 7.2 is nine feature releases.
        #expect(ReleaseAxis.step(major: 10, minor: 2) - ReleaseAxis.step(major: 7, minor: 2) == 9)
        let axis = ReleaseAxis(covering: [QEMUVersion(5, 2), QEMUVersion(10, 2, 2)])
        #expect(axis.percent(QEMUVersion(5, 2)) == 0)
        #expect(axis.percent(QEMUVersion(10, 2, 2)) < 100)
    }
}
