import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile and clumsy input to the command line (issue 12): special files as arguments,
/// damaged trees, bad JSON, unsafe `-o` targets, tampered plans. Every case ends quickly with
/// exit status 2 and a message naming the path, and writes nothing it must not.
@Suite struct HostileInputTests {
    static let corpus = TestEnvironment.corpus
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../QEMUSourceTests/Fixtures/.trees/new-generation").standardizedFileURL.path

    /// A private (0700) temp dir, removed by ``remove()``.
    struct Workspace {
        let path: String

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-hostile-cli-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        }

        func file(_ name: String, _ text: String) throws -> String {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
            return path + "/" + name
        }

        func fifo(_ name: String) throws -> String {
            #expect(mkfifo(path + "/" + name, 0o600) == 0)
            return path + "/" + name
        }

        /// A copy of the fixture tree; `damage` is applied to its path.
        func tree(_ name: String = "tree", _ damage: (String) throws -> Void = { _ in }) throws -> String {
            try FileManager.default.copyItem(atPath: HostileInputTests.fixture, toPath: path + "/" + name)
            try damage(path + "/" + name)
            return path + "/" + name
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs guestabi with output in files (no pipe to fill) and kills it after `limit` seconds:
    /// a hang is a failure, not a stuck suite.
    static func run(_ arguments: [String], limit: Double = 60) throws -> CLIRunner.Result {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-hostile-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let out = outputs.appendingPathComponent("stdout")
        let err = outputs.appendingPathComponent("stderr")
        #expect(FileManager.default.createFile(atPath: out.path, contents: nil))
        #expect(FileManager.default.createFile(atPath: err.path, contents: nil))
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let hung = process.isRunning
        if hung { process.terminate() }
        process.waitUntilExit()
        #expect(!hung, "guestabi \(arguments.joined(separator: " ")) ran longer than \(limit) s")
        #expect(process.terminationReason == .exit, "guestabi \(arguments.joined(separator: " ")) died of a signal")
        return CLIRunner.Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// Foundation's words, which a message must never show.
    static let foreignText = ["NSCocoaErrorDomain", "DecodingError", "The given data", "Dictionary<String, Any>", "Swift."]

    static func expectBadInput(_ result: CLIRunner.Result, naming subject: String, _ fragment: String) {
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(subject), "stderr: \(result.stderr)")
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)")
        for text in foreignText { #expect(!result.stderr.contains(text), "stderr: \(result.stderr)") }
    }

    // MARK: - Special files as arguments

    /// A case: arguments built in a workspace, the path the message must name, a fragment.
    struct SpecialFileCase: Sendable, CustomTestStringConvertible {
        var name: String
        var fragment: String
        var make: @Sendable (Workspace) throws -> (arguments: [String], subject: String)
        var testDescription: String { name }
    }

    static let specialFiles: [SpecialFileCase] = [
        SpecialFileCase(name: "VERSION is a FIFO", fragment: "is a FIFO, not a regular file") { workspace in
            let tree = try workspace.tree { tree in
                try FileManager.default.removeItem(atPath: tree + "/VERSION")
                #expect(mkfifo(tree + "/VERSION", 0o600) == 0)
            }
            return (["extract", tree], tree + "/VERSION")
        },
        SpecialFileCase(name: "VERSION is /dev/zero", fragment: "leading outside the tree (to '/dev/zero')") { workspace in
            let tree = try workspace.tree { tree in
                try FileManager.default.removeItem(atPath: tree + "/VERSION")
                try FileManager.default.createSymbolicLink(atPath: tree + "/VERSION", withDestinationPath: "/dev/zero")
            }
            return (["extract", tree], tree + "/VERSION")
        },
        SpecialFileCase(name: "diff of a FIFO", fragment: "a pipe with nothing written to it") { workspace in
            let fifo = try workspace.fifo("tree")
            return (["diff", fifo, "10.2.2"], fifo)
        },
        SpecialFileCase(name: "diff of /dev/zero", fragment: "a character device, not a file") { _ in
            (["diff", "10.0.2", "/dev/zero"], "/dev/zero")
        },
        SpecialFileCase(name: "--from FIFO", fragment: "a pipe with nothing written to it") { workspace in
            let fifo = try workspace.fifo("from")
            return (["check", "--from", fifo, "--to", "10.2.2", "--machine", "q35"], fifo)
        },
        SpecialFileCase(name: "--from /dev/urandom", fragment: "a character device, not a file") { _ in
            (["check", "--from", "/dev/urandom", "--to", "10.2.2", "--machine", "q35"], "/dev/urandom")
        },
        SpecialFileCase(name: "--registry FIFO", fragment: "a pipe with nothing written to it") { workspace in
            let fifo = try workspace.fifo("registry.json")
            return (["check", "--from", "10.0.2", "--to", "10.2.2", "--machine", "q35", "--registry", fifo], fifo)
        },
        SpecialFileCase(name: "--registry /dev/zero", fragment: "a character device") { _ in
            (["diff", "10.0.2", "10.2.2", "--registry", "/dev/zero"], "/dev/zero")
        },
        SpecialFileCase(name: "--fix FIFO", fragment: "a pipe with nothing written to it") { workspace in
            let fifo = try workspace.fifo("fix.json")
            return (["bugfix", "plan", "--fix", fifo, "--master", "11.0", "--branches", "10.0"], fifo)
        },
        SpecialFileCase(name: "--fix /dev/zero", fragment: "a character device") { _ in
            (["bugfix", "plan", "--fix", "/dev/zero", "--master", "11.0", "--branches", "10.0"], "/dev/zero")
        },
        SpecialFileCase(name: "--plan FIFO", fragment: "a pipe with nothing written to it") { workspace in
            let fifo = try workspace.fifo("plan.json")
            return (["bugfix", "generate", "--plan", fifo, "--tree", try workspace.tree(), "--branch", "10.2"], fifo)
        },
        SpecialFileCase(name: "--plan /dev/zero", fragment: "a character device") { workspace in
            (["bugfix", "generate", "--plan", "/dev/zero", "--tree", try workspace.tree(), "--branch", "10.2"], "/dev/zero")
        },
        SpecialFileCase(name: "--plan is a directory", fragment: "a directory, not a file") { workspace in
            (["bugfix", "generate", "--plan", workspace.path, "--tree", try workspace.tree(), "--branch", "10.2"], workspace.path)
        },
    ]

    @Test(arguments: specialFiles)
    func specialFileArgumentIsRefusedNamingIt(_ item: SpecialFileCase) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (arguments, subject) = try item.make(workspace)

        Self.expectBadInput(try Self.run(arguments), naming: subject, item.fragment)
    }

    // MARK: - Damaged trees

    /// The fixture with its family file turned into a FIFO, and `extra` more FIFOs under hw/.
    static func damagedTree(in workspace: Workspace, extra: Int = 0) throws -> String {
        try workspace.tree { tree in
            try FileManager.default.removeItem(atPath: tree + "/hw/i386/pc_q35.c")
            #expect(mkfifo(tree + "/hw/i386/pc_q35.c", 0o600) == 0)
            for index in 0..<extra { #expect(mkfifo(tree + "/hw/core/broken\(index).c", 0o600) == 0) }
        }
    }

    @Test(arguments: [
        ["extract", "TREE"], ["diff", "TREE", "10.2.2"], ["diff", "10.2.2", "TREE"], ["lint", "TREE"],
        ["check", "--from", "TREE", "--to", "10.2.2", "--machine", "pc-q35-10.2"],
        ["diff", "10.0.2", "10.2.2", "--registry", "TREE"],
    ])
    func damagedTreeIsRefusedUnlessPartialIsAllowed(_ arguments: [String]) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let tree = try Self.damagedTree(in: workspace)
        let command = arguments.map { $0 == "TREE" ? tree : $0 }

        let refused = try Self.run(command)
        Self.expectBadInput(refused, naming: tree, "hw/i386/pc_q35.c:1: the file is a FIFO, not a regular file")
        #expect(refused.stderr.contains("--allow-partial"))

        // Accepted, the damaged tree reads on (check then finds no pc-q35-10.2 in it: exit 2 for that).
        let allowed = try Self.run(command + ["--allow-partial"])
        #expect(!allowed.stderr.contains("extraction incomplete"), "stderr: \(allowed.stderr)")
        #expect(allowed.status != 2 || allowed.stderr.contains("not a machine registered"), "stderr: \(allowed.stderr)")
    }

    @Test func incompleteMessageShowsTheFirstFiveErrorsAndCountsTheRest() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let tree = try Self.damagedTree(in: workspace, extra: 6)

        let result = try Self.run(["extract", tree])

        Self.expectBadInput(result, naming: tree, "extraction incomplete (7 errors)")
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("  hw/") }.count == 5)
        #expect(result.stderr.contains("  and 2 more"))
    }

    // MARK: - JSON inputs

    @Test(arguments: [
        (#"{"schema": 1.5}"#, "registry schema 1.5 is not supported; this guestabi reads schema 1 to"),
        (#"{"schema": 99}"#, "registry schema 99 is not supported"),
        (#"{"schema": -1}"#, "registry schema -1 is not supported"),
        (#"{"schema": 1, "machines": [null]}"#, "missing 'qemuVersion'"),
        (#"{"schema": 1"#, "not valid JSON"),
        (#"[1, 2]"#, "the document must be an object"),
    ])
    func badRegistryJSONIsNamedInOurWords(json: String, message: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = try workspace.file("registry.json", json)

        Self.expectBadInput(try Self.run(["diff", "10.0.2", file]), naming: file, message)
    }

    @Test(arguments: [
        ("value", "5", "at machines[3].compat[0]: 'value' must be a string"),
        ("value", "null", "at machines[3].compat[0]: 'value' must be a string, not null"),
        ("driver", "[1]", "at machines[3].compat[0]: 'driver' must be a string"),
    ])
    func wrongValueDeepInARegistryIsNamedByItsPlace(key: String, value literal: String, message: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed)
        let workspace = try Workspace()
        defer { workspace.remove() }
        let extracted = try Self.run(["extract", Self.fixture, "--format", "json"])
        #expect(extracted.status == 0)
        var document = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        var machines = try #require(document["machines"] as? [[String: Any]])
        var compat = try #require(machines[3]["compat"] as? [[String: Any]])
        compat[0][key] = value
        machines[3]["compat"] = compat
        document["machines"] = machines
        let file = workspace.path + "/registry.json"
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))

        Self.expectBadInput(try Self.run(["check", "--from", file, "--to", "10.2.2", "--machine", "pc-q35-10.2"]), naming: file, message)
    }

    /// A compact registry (the embedded form) whose index list overflows, or points nowhere, or
    /// whose machine row lacks a value.
    @Test(arguments: [
        (#"\t99999999999999999999999\t"#, "at machines: element [0] has a value that is not accepted (machine row"),
        (#"\t0 1 99999\t"#, "refers to an entry it does not hold"),
        (#"\t"#, "at machines: element [0] has a value that is not accepted (machine row"),
    ])
    func badCompactRegistryIsRefused(indices: String, message: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let embedded = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RegistryStore/Releases/10.2.2.json").standardizedFileURL
        let text = try String(contentsOf: embedded, encoding: .utf8)
        // The first machine row's compat list (`\t0 1 2\t` as JSON writes its tabs).
        let first = try #require(text.range(of: #"\t0 1 2\t"#))
        let file = try workspace.file("compact.json", text.replacingCharacters(in: first, with: indices))

        Self.expectBadInput(try Self.run(["diff", "10.0.2", file]), naming: file, message)
    }

    /// A compact registry of the earlier form (objects rather than rows), as an older guestabi
    /// wrote it: refused by name, with the command that rebuilds it.
    @Test func anEarlierCompactFormIsNamedWithTheFix() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let embedded = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RegistryStore/Releases/10.2.2.json").standardizedFileURL
        let text = try String(contentsOf: embedded, encoding: .utf8)
        let format = try #require(text.range(of: #""format" : "guestabi-compact-registry-2""#))
        let file = try workspace.file("compact.json", text.replacingCharacters(in: format, with: #""format" : "guestabi-compact-registry""#))

        Self.expectBadInput(
            try Self.run(["diff", "10.0.2", file]), naming: file, "a compact registry in the earlier form 'guestabi-compact-registry'")
        #expect(try Self.run(["diff", "10.0.2", file]).stderr.contains("guestabi registry build"))
    }

    // MARK: - Plans and -o

    /// A plan the policy accepts (verdict warn), for the q35 family of the 10.2 branch.
    static func plan(in workspace: Workspace) throws -> String {
        let fix = try workspace.file("fix.json", #"{"title": "x", "compat": [{"driver": "virtio-net-pci", "property": "x-a", "old": "off", "new": "on"}]}"#)
        let plan = try run(["bugfix", "plan", "--fix", fix, "--master", "11.0", "--branches", "10.2", "--family", "pc-q35", "--format", "json"])
        #expect(plan.status != 2, "\(plan.stderr)")
        return try workspace.file("plan.json", plan.stdout)
    }

    static func generate(_ plan: String, _ extra: [String] = []) throws -> CLIRunner.Result {
        try run(["bugfix", "generate", "--plan", plan, "--tree", "\(corpus)/10.2.2", "--branch", "10.2"] + extra)
    }

    /// A character device to write to: as root a private node like `/dev/full` (1, 7) made in
    /// `workspace`, so a regression cannot replace the system's; otherwise `/dev/full`, whose
    /// directory such a user cannot write.
    static func device(in workspace: Workspace) throws -> String {
        guard getuid() == 0 else { return "/dev/full" }
        let path = workspace.path + "/full"
        try #require(mknod(path, S_IFCHR | 0o600, dev_t((1 << 8) | 7)) == 0, "mknod: \(String(cString: strerror(errno)))")
        return path
    }

    @Test(arguments: ["fifo", "device", "directory", "plan", "link to plan"])
    func outputThatIsNoRegularFileOrIsAnInputIsRefused(target kind: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let plan = try Self.plan(in: workspace)
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let target: String
        switch kind {
        case "fifo": target = try workspace.fifo("out.patch")
        case "device": target = try Self.device(in: workspace)
        case "directory": target = workspace.path
        case "plan": target = plan
        default:
            target = workspace.path + "/plan-link.json"
            try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: plan)
        }

        let result = try Self.generate(plan, ["-o", target])

        Self.expectBadInput(result, naming: target, kind.contains("plan") ? "is an input of this command" : "not a regular file")
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
        if kind == "fifo" || kind == "device" {
            var status = stat()
            let type = kind == "fifo" ? S_IFIFO : S_IFCHR
            #expect(lstat(target, &status) == 0 && status.st_mode & S_IFMT == type, "the \(kind) was replaced")
        }
    }

    @Test func outputIntoAFileTheGeneratorReadsIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let plan = try Self.plan(in: workspace)
        let tree = workspace.path + "/10.2.2"
        try FileManager.default.copyItem(atPath: "\(Self.corpus)/10.2.2", toPath: tree)
        let family = tree + "/hw/i386/pc_q35.c"
        let before = try Data(contentsOf: URL(fileURLWithPath: family))

        let result = try Self.run(["bugfix", "generate", "--plan", plan, "--tree", tree, "--branch", "10.2", "-o", family])

        Self.expectBadInput(result, naming: family, "is an input of this command")
        #expect(try Data(contentsOf: URL(fileURLWithPath: family)) == before)
        let written = try Self.run(["bugfix", "generate", "--plan", plan, "--tree", tree, "--branch", "10.2", "-o", tree + "/fix.patch"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: tree + "/fix.patch", encoding: .utf8).contains("DEFINE_Q35_MACHINE_BUGFIX"))
    }

    /// A stated verdict that is not the one the entries give is refused, `--force` or not.
    @Test(arguments: [("refuse", [] as [String]), ("refuse", ["--force"]), ("ok", [])])
    func planWhoseVerdictRefusesOrContradictsItsEntriesIsRefused(verdict: String, extra: [String]) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let plan = try Self.plan(in: workspace)
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any])
        #expect(document["verdict"] as? String == "warn")
        document["verdict"] = verdict
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: plan))

        let result = try Self.generate(plan, extra)

        Self.expectBadInput(result, naming: plan, "the plan's verdict is '\(verdict)' but its policy entries give 'warn'")
        #expect(result.stdout.isEmpty)
    }
}
