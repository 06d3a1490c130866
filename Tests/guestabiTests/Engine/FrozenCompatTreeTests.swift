import Foundation
import Testing

/// A copy of the real 10.2.2 tree with one entry added to `hw_compat_9_2` and one class fact
/// changed in `pc_q35_machine_9_0_options`: the two classic ways a frozen machine type breaks.
@Suite(.serialized) struct FrozenCompatTreeTests {
    static let corpus = TestEnvironment.corpus

    /// Copies the tree and applies `edits` (file → (old, new)), each of which must match once.
    static func patchedCopy(of release: String, edits: [String: [(String, String)]]) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-frozen-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: "\(corpus)/\(release)", toPath: copy.path)
        for (file, replacements) in edits {
            let url = copy.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            for (old, new) in replacements {
                let parts = text.components(separatedBy: old)
                #expect(parts.count == 2, "\(file): '\(old)' must occur once")
                text = parts.joined(separator: new)
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    @Test func bothEditsAreFrozenCompatBreaksNamingArrayFunctionAndEntry() throws {
        let tree = try Self.patchedCopy(
            of: "10.2.2",
            edits: [
                "hw/core/machine.c": [("GlobalProperty hw_compat_9_2[] = {\n", "GlobalProperty hw_compat_9_2[] = {\n    { \"virtio-net-pci\", \"x-guestabi-test\", \"off\" },\n")],
                "hw/i386/pc_q35.c": [("    m->smbios_memory_device_size = 16 * GiB;\n", "    m->smbios_memory_device_size = 32 * GiB;\n")],
            ])
        defer { try? FileManager.default.removeItem(at: tree) }
        let result = try CLIRunner.run(["check", "--from", "10.0.2", "--to", tree.path, "--machine", "pc-q35-9.0", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let json = try JSONObject(result.stdout)
        // The device property's effect cannot be decided from sources (unknown); the SMBIOS
        // size is read by the SMBIOS table builder: guest-visible, with the place.
        #expect(json["verdict"]?.string == "unknown")
        let frozen = json["reasons"]?.array.filter { $0["kind"]?.string == "frozen-compat" } ?? []
        #expect(frozen.count == 2)
        let message = frozen.compactMap { $0["message"]?.string }.joined(separator: "\n")
        #expect(message.contains("hw_compat_9_2"))
        #expect(message.contains("pc_q35_machine_9_0_options"))
        #expect(frozen.first { $0["effect"]?.string == "unknown" }?["entries"]?.array.first?["driver"]?.string == "virtio-net-pci")
        let visible = try #require(frozen.first { $0["effect"]?.string == "guest-visible" })
        #expect(visible["evidence"]?.array.contains { $0.string?.hasPrefix("hw/smbios/smbios.c:") == true } == true)
        let entries = frozen.flatMap { $0["entries"]?.array ?? [] }
        #expect(entries.count == 2)
        let compat = try #require(entries.first { $0["driver"]?.string == "virtio-net-pci" })
        #expect(compat["property"]?.string == "x-guestabi-test")
        #expect(compat["kind"]?.string == "added")
        #expect(compat["source"]?["after"]?["origin"]?.string == "hw_compat_9_2")
        let fact = try #require(entries.first { $0["field"]?.string == "smbios_memory_device_size" })
        #expect(fact["before"]?.string == "16 * GiB")
        #expect(fact["after"]?.string == "32 * GiB")
        #expect(fact["source"]?["after"]?["origin"]?.string == "pc_q35_machine_9_0_options")

        // The unpatched tree is compatible for the same machine, so the edits are the cause.
        let clean = try CLIRunner.run(["check", "--from", "10.0.2", "--to", "\(Self.corpus)/10.2.2", "--machine", "pc-q35-9.0"])
        #expect(clean.status == 0)
        // A machine newer than both edits is untouched.
        let newer = try CLIRunner.run(["check", "--from", "10.0.2", "--to", tree.path, "--machine", "pc-q35-10.0"])
        #expect(newer.status == 0)
    }
}
