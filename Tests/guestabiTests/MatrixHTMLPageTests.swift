import Foundation
import Testing

/// `guestabi matrix --format html` over the embedded releases, opened as a person would: in
/// headless Chromium, which takes a screenshot and dumps the DOM after the page's scripts ran.
/// Chromium is required (scripts/setup-chromium.sh installs it): without it the test fails.
@Suite(.serialized) struct MatrixHTMLPageTests {
    static let chromium = ProcessInfo.processInfo.environment["CHROMIUM"] ?? "/usr/bin/chromium"
    /// The families the embedded releases hold that every page must show.
    static let expectedFamilies: Set = ["pc-q35", "pc-i440fx", "arm-virt", "pseries", "s390-ccw-virtio", "m68k-virt"]

    struct MatrixJSON: Decodable {
        struct Family: Decodable { var family: String }
        var releases: [String]
        var families: [Family]
    }

    /// Runs Chromium headless on `page` (with `fragment` as the address's `#…`), with a private
    /// profile, giving up after two minutes.
    static func chromium(_ arguments: [String], page: URL, fragment: String = "", in folder: URL) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["120", chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--enable-logging=stderr", "--v=0",
            "--window-size=1400,2000"] + arguments + [page.absoluteString + fragment]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func pageRendersInChromiumWithoutErrors() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            Issue.record("no Chromium at \(Self.chromium): run scripts/setup-chromium.sh (as root), or set CHROMIUM")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("matrix.html")

        // Every release the registry holds, every family; exit 1 because some cells are incompatible.
        let written = try CLIRunner.run(["matrix", "--format", "html", "-o", page.path])
        #expect(written.status == 1, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        for reference in ["http://", "https://", "<link", " src=", "url(", "@import"] {
            #expect(!html.contains(reference), "the page must not load anything: found \(reference)")
        }
        let json = try CLIRunner.run(["matrix", "--format", "json"])
        let matrix = try JSONDecoder().decode(MatrixJSON.self, from: Data(json.stdout.utf8))
        #expect(matrix.releases.count == 5)
        let families = matrix.families.map(\.family)
        #expect(Self.expectedFamilies.isSubset(of: Set(families)))

        // A screenshot: exists and is a real 1400 × 2000 picture, not a blank page.
        let png = folder.appendingPathComponent("matrix.png")
        let shot = try Self.chromium(["--screenshot=\(png.path)"], page: page, in: folder)
        #expect(shot.status == 0, "\(shot.stderr)")
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(image.count > 100_000, "a screenshot of \(image.count) bytes is too small to show the page")
        // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        #expect(Self.bigEndian(image, at: 16) == 1400 && Self.bigEndian(image, at: 20) == 2000)

        // The DOM after the scripts ran, with the address naming a cell: the script opened it.
        let dump = try Self.chromium(["--dump-dom"], page: page, fragment: "#pc-q35/10.0.2/10.2.2", in: folder)
        #expect(dump.status == 0, "\(dump.stderr)")
        let dom = dump.stdout
        #expect(dom.contains(#"data-ready="ok""#), "the page's script did not finish")
        #expect(!dom.contains(#"data-ready="error""#))
        #expect(dom.contains(#"<p id="page-error" class="error" role="alert" hidden=""></p>"#), "a script error was written into the page")
        for line in dump.stderr.split(separator: "\n") where line.contains("CONSOLE") || line.contains("Uncaught") {
            Issue.record("console: \(line)")
        }
        for family in families {
            #expect(dom.contains(#"id="heatmap-\#(family)""#), "no heatmap for \(family)")
            #expect(dom.contains(#"id="timeline-\#(family)""#), "no timeline for \(family)")
        }
        #expect(dom.range(of: #"data-key="pc-q35/10\.0\.2/10\.2\.2"[^>]*aria-pressed="true""#, options: .regularExpression) != nil)
        #expect(dom.contains("<h4>pc-q35: 10.0.2 → 10.2.2 (upgrade)</h4>"))
        #expect(dom.contains("<td>pc-q35-10.0</td>"))
    }

    static func bigEndian(_ data: Data, at offset: Int) -> Int {
        data.dropFirst(offset).prefix(4).reduce(0) { $0 << 8 | Int($1) }
    }
}
