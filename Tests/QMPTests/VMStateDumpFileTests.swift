import Foundation
import QMP
import Testing

/// Reading a `-dump-vmstate` file: its bytes whatever kind of file holds them, and a message
/// naming the file and what is wrong for anything that is not a dump.
@Suite struct VMStateDumpFileTests {
    static let dump = #"{"vmschkmachine": {"Name": "pc-q35-7.2"}, "apic": {"Name": "apic", "version_id": 3}}"#

    @discardableResult
    func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dumpfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("dump.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    @Test func readsADump() throws {
        let document = try withFile(Self.dump) { try VMStateDumpFile.load($0) }
        #expect(document.member("apic", of: document.root).flatMap { document.member("version_id", of: $0) }.map(document.value) == 3)
    }

    /// Larger than one read: the whole text arrives.
    @Test func readsALargeDumpWhole() throws {
        let sections = (0..<20_000).map { #""dev\#($0)": {"Name": "dev\#($0)", "version_id": \#($0)}"# }
        let text = #"{"vmschkmachine": {"Name": "none"}, "# + sections.joined(separator: ",\n  ") + "}"
        let document = try withFile(text) { try VMStateDumpFile.load($0) }
        #expect(document.count(document.root) == 20_001)
    }

    @Test func readsAPipe() throws {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(Self.dump.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let document = try VMStateDumpFile.load("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)")
        #expect(document.member("apic", of: document.root) != nil)
    }

    @Test(arguments: [
        ("{\"vmschkmachine\": {}, ", "not JSON (unexpected end of input, expected a member name in quotes (byte 22 of 22))"),
        ("[1, 2]", "not a -dump-vmstate file (no 'vmschkmachine' section)"),
        (#"{"apic": {}}"#, "not a -dump-vmstate file (no 'vmschkmachine' section)"),
    ])
    func namesTheFileAndWhatIsWrong(text: String, expected: String) throws {
        try withFile(text) { path in
            #expect {
                try VMStateDumpFile.load(path)
            } throws: { error in
                "\(error)".hasPrefix("\(path): \(expected)")
            }
        }
    }

    @Test func saysWhyAFileCannotBeRead() {
        #expect {
            try VMStateDumpFile.load("/nonexistent/dump.json")
        } throws: { error in
            "\(error)" == "/nonexistent/dump.json: cannot read the file (No such file or directory)"
        }
        #expect {
            try VMStateDumpFile.load("/")
        } throws: { error in
            "\(error)" == "/: cannot read the file (Is a directory)"
        }
    }
}
