import Foundation
import GuestABI
import QEMUSource
import QMP
import Testing

/// The evidence behind judging Arm register keys per CPU model: the keys a model's features
/// make the sources predict (``CPUModelKeys/migrated``),
/// beside the `cpreg_vmstate_indexes` the lab's binary really puts in its migration stream for
/// that model (saved from a paused `virt` VM, read through the stream's own JSON description).
///
/// Every key predicted `yes` must be in the stream, and no key in the stream may be predicted
/// `no` (a wrong `yes` or `no` is what would turn into a false alarm or a miss); keys predicted
/// `unknown` and keys of registers QEMU defines in loops (breakpoints, PMU counters), which the
/// sources do not list, may be either. The default suite samples two models per binary;
/// `GUESTABI_FULL_SWEEP=1` runs more.
@Suite(.serialized) struct RegisterKeysAgreeWithBinaryTests {
    static let lab = TestEnvironment.lab
    static let corpus = TestEnvironment.corpus
    static let fullSweep = TestEnvironment.fullSweep

    struct Case: Sendable, CustomTestStringConvertible {
        var lab: String
        var tree: String
        var model: String
        var testDescription: String { "\(lab) \(model)" }
    }

    static var cases: [Case] {
        let models = fullSweep ? ["cortex-a15", "cortex-a7", "cortex-a53", "cortex-a57", "cortex-a72"] : ["cortex-a15", "cortex-a57"]
        return [("7.2", "7.2.0"), ("10.0.2", "10.0.2")].flatMap { lab, tree in models.map { Case(lab: lab, tree: tree, model: $0) } }
    }

    static var installed: Bool {
        FileManager.default.isExecutableFile(atPath: "\(lab)/10.0.2/qemu-system-aarch64")
            && FileManager.default.fileExists(atPath: "\(corpus)/10.0.2/target/arm/helper.c")
    }

    @Test(.enabled(if: installed, "needs the QEMU lab and the full corpus trees (scripts/setup-qemu-lab.sh, scripts/qemu-sources.sh --full)"),
        arguments: cases)
    func predictedKeysAreTheBinarysKeys(item: Case) async throws {
        let real = try await Self.streamKeys(binary: "\(Self.lab)/\(item.lab)/qemu-system-aarch64", model: item.model)
        let model = try await StateReader(tree: try DirectoryTree(root: "\(Self.corpus)/\(item.tree)")).read()
        let code = try #require(model.cpuModelCode["target/arm"])
        let features = try #require(CPUModelFeatures(model: item.model, code: code))
        let predicted = try #require(CPUModelKeys(of: model, model: item.model, scope: "target/arm")).migrated
        let yes = Set(predicted.filter { $0.value == .yes }.keys)
        let no = Set(predicted.filter { $0.value == .no }.keys)
        #expect(yes.isSubset(of: real), "predicted migrated, not in the stream: \(yes.subtracting(real).sorted())")
        let wrongNo = real.intersection(no).sorted().map { key in
            let tables = model.registerTables.filter { $0.keys.contains { $0.key == key } }.map { table in
                "\(table.identifier) in \(table.definedIn ?? "-") [\(features.runs(table.definedIn ?? "-"))] when \(table.gate) [\(features.evaluate(table.gate))]"
                    + " \(table.keys.first { $0.key == key }?.conditions ?? [])"
            }
            return "\(key): \(tables)"
        }
        #expect(wrongNo.isEmpty, "in the stream, predicted not migrated: \(wrongNo.joined(separator: "\n"))")
        #expect(yes.count * 2 > real.count, "the sources decide most of the stream's keys (\(yes.count) of \(real.count))")
        print("register-keys \(item): stream \(real.count), predicted yes \(yes.count), unknown \(predicted.values.filter { $0 == .unknown }.count), in the stream but not in any table \(real.subtracting(predicted.keys).count)")
    }

    /// The register keys of the `cpu` section of a paused `virt` VM with `-cpu model`, as the
    /// state model writes them (`aa32 cp15 op1=0 crn=7 crm=4 op2=0`; secure and non-secure banks
    /// are one key).
    static func streamKeys(binary: String, model: String) async throws -> Set<String> {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-cpreg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("stream").path
        let arguments = ["-machine", "virt", "-cpu", model, "-accel", "tcg", "-nodefaults", "-display", "none", "-S", "-m", "128"]
        try await QEMUProcess(binary: binary, arguments: arguments, startupTimeout: .seconds(60), commandTimeout: .seconds(60)).run { qemu in
            _ = try await qemu.client.execute("migrate", arguments: ["uri": .string("exec:cat > \(path)")])
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline {
                let status = try await qemu.client.execute("query-migrate")["status"]?.stringValue
                // QEMU's `cat` may still be writing when QEMU says completed: wait for the
                // stream's last part (the JSON description) before QEMU and its children end.
                if status == "completed", let bytes = FileManager.default.contents(atPath: path), bytes.last == UInt8(ascii: "}") {
                    return
                }
                if status == "failed" { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            Issue.record("saving the stream of \(model) did not complete")
        }
        return try Self.cpuRegisterKeys(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// Reads `cpreg_vmstate_indexes` of the `cpu` section: the field offsets from the JSON
    /// description QEMU appends (`0x06`, length, JSON), the section by its header.
    static func cpuRegisterKeys(_ stream: [UInt8]) throws -> Set<String> {
        // The description is the stream's last part: 0x06, its length (big-endian), the JSON.
        func describesTheRest(_ at: Int) -> Bool {
            guard stream[at] == 6 else { return false }
            var length = 0
            for byte in stream[(at + 1)..<(at + 5)] { length = length << 8 | Int(byte) }
            return length == stream.count - at - 5
        }
        let marker = try #require((0..<(stream.count - 5)).reversed().first(where: describesTheRest))
        let start = marker + 5
        let description = try #require(try JSONSerialization.jsonObject(with: Data(stream[start...])) as? [String: Any])
        let devices = try #require(description["devices"] as? [[String: Any]])
        let cpu = try #require(devices.first { $0["name"] as? String == "cpu" })
        var offset = 0
        for field in try #require(cpu["fields"] as? [[String: Any]]) {
            if field["name"] as? String == "cpreg_vmstate_indexes" { break }
            offset += (field["size"] as? Int ?? 0) * (field["array_len"] as? Int ?? 1)
        }
        // QEMU_VM_SECTION_FULL's header: id, "cpu" with its length, instance 0, version.
        let header: [UInt8] = [3] + Array("cpu".utf8) + [0, 0, 0, 0]
        let section = try #require((0...(start - header.count)).first { Array(stream[$0..<($0 + header.count)]) == header })
        var cursor = section + header.count + 4 + offset
        func be(_ width: Int) -> UInt64 {
            defer { cursor += width }
            return stream[cursor..<(cursor + width)].reduce(0) { $0 << 8 | UInt64($1) }
        }
        cursor -= 4
        let count = Int(be(4))
        return Set((0..<count).map { _ in Self.key(be(8)) })
    }

    /// The state model's key of a KVM-style register id (`cpreg_to_kvm_id`).
    static func key(_ id: UInt64) -> String {
        if id >> 60 == 6 {
            let x = Int(id & 0xffff)
            return "aa64 op0=\(x >> 14 & 3) op1=\(x >> 11 & 7) crn=\(x >> 7 & 0xf) crm=\(x >> 3 & 0xf) op2=\(x & 7)"
        }
        let low = Int(id & 0xffff_ffff)
        let is64 = (id >> 52) & 0xf == 3
        return "aa32 cp\(low >> 16 & 0xff)\(is64 ? " 64bit" : "") op1=\(low >> 3 & 0xf) crn=\(low >> 11 & 0xf) crm=\(low >> 7 & 0xf) op2=\(low & 7)"
    }
}
