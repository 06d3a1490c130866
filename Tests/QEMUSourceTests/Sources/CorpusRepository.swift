import Foundation
import QEMUSource
import Testing

/// A git repository the tests build from real corpus trees: one commit per release, tagged `v<version>`,
/// holding a few files the extractor reads plus the whole `hw/i386` subtree.
///
/// The corpus comes from `scripts/qemu-sources.sh`; tests using this are gated on ``isAvailable``. A suite
/// with the ``Scope`` trait builds the repository once (``shared``); each test takes its own bare
/// ``clone()`` of it, so process checks can tell the tests' git processes apart.
struct CorpusRepository: Sendable {
    static let corpus = "/var/cache/qemu-corpus"
    static let versions = ["10.0.2", "10.2.2"]
    static let files = ["VERSION", "include/hw/boards.h", "hw/i386/pc_q35.c", "hw/core/machine.c"]
    static let subtree = "hw/i386"

    /// Whether both corpus trees the repository is built from are unpacked.
    static var isAvailable: Bool {
        versions.allSatisfy { FileManager.default.fileExists(atPath: "\(corpus)/\($0)/VERSION") }
    }

    /// The corpus directory of `version`.
    static func tree(_ version: String) -> String { "\(corpus)/\(version)" }

    /// The repository the enclosing suite's ``Scope`` built, if any.
    @TaskLocal static var shared: CorpusRepository?

    let workTree: TemporaryDirectory
    /// The git directory: the work tree's `.git`, or the temporary directory itself for a bare clone.
    let gitDirectory: String

    /// A fresh bare repository sharing the objects of ``shared`` (`git clone --bare --shared`).
    static func clone() async throws -> CorpusRepository {
        let source = try #require(shared, "the suite needs the CorpusRepository.Scope trait")
        let directory = try TemporaryDirectory("gittree-clone")
        let clone = CorpusRepository(workTree: directory, gitDirectory: directory.path)
        try await source.git("clone", "-q", "--bare", "--shared", source.gitDirectory, directory.path)
        return clone
    }

    /// Builds the repository once around a suite and removes it afterwards.
    struct Scope: SuiteTrait, TestScoping {
        func provideScope(
            for test: Test,
            testCase: Test.Case?,
            performing function: @Sendable () async throws -> Void
        ) async throws {
            guard CorpusRepository.isAvailable else { return try await function() }
            let repository = try await CorpusRepository.make()
            defer { repository.remove() }
            try await CorpusRepository.$shared.withValue(repository) { try await function() }
        }
    }

    /// Builds the repository: for each release, replace the work tree's files with that release's, commit
    /// and tag. The last commit also holds a symbolic link `VERSION.link -> VERSION` and one leaving the
    /// repository, and gets an annotated tag `release-<version>` as well.
    static func make() async throws -> CorpusRepository {
        let workTree = try TemporaryDirectory("gittree")
        let repository = CorpusRepository(workTree: workTree, gitDirectory: workTree.path + "/.git")
        try await repository.git("init", "-q")
        for version in versions {
            try repository.replaceFiles(with: version)
            if version == versions.last {
                try workTree.link("VERSION.link", to: "VERSION")
                try workTree.link("outside.link", to: "../../etc/hostname")
            }
            try await repository.git("add", "-A")
            try await repository.git("commit", "-q", "-m", "QEMU \(version)")
            try await repository.git("tag", "v\(version)")
        }
        try await repository.git("tag", "-a", "-m", "annotated", "release-\(versions.last!)")
        return repository
    }

    func remove() { workTree.remove() }

    /// Runs `git -C <work tree> arguments...` with an identity and no signing, so it works on a fresh machine.
    func git(_ arguments: String...) async throws {
        let output = try await GitCommand.run(
            [
                "-C", workTree.path, "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false",
                "-c", "tag.gpgsign=false",
            ] + arguments,
            subject: workTree.path
        )
        guard output.succeeded else {
            throw QEMUSourceError(
                .gitFailed,
                subject: workTree.path,
                reason: "git \(arguments.joined(separator: " ")): \(output.describedStatus)",
                hint: "fixture set-up failed"
            )
        }
    }

    private func replaceFiles(with version: String) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: workTree.path) where entry != ".git" {
            try manager.removeItem(atPath: workTree.path + "/" + entry)
        }
        let source = Self.tree(version)
        // The subtree first: files inside it are then already there.
        for path in [Self.subtree] + Self.files where !manager.fileExists(atPath: workTree.path + "/" + path) {
            let destination = URL(fileURLWithPath: workTree.path).appendingPathComponent(path)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(atPath: source + "/" + path, toPath: destination.path)
        }
    }
}

/// Live `git` processes whose command line names `gitDirectory` (a repository only one test uses).
/// Linux only (reads `/proc`); elsewhere 0.
func liveGitProcesses(for gitDirectory: String) -> Int {
    #if os(Linux)
        processIdentifiers().count { pid in
            guard let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let arguments = commandLine.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return arguments.first?.hasSuffix("git") == true && arguments.contains(gitDirectory)
        }
    #else
        0
    #endif
}

/// `git` children of this test run that exited but were not reaped (zombies). Linux only; elsewhere 0.
func unreapedGitChildren() -> Int {
    #if os(Linux)
        let ownPID = ProcessInfo.processInfo.processIdentifier
        return processIdentifiers().count { pid in
            // "pid (comm) state ppid ...": a zombie has state Z.
            guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return false }
            return String(decoding: stat, as: UTF8.self).contains("(git) Z \(ownPID) ")
        }
    #else
        0
    #endif
}

private func processIdentifiers() -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { Int($0) != nil }
}

/// Polls `condition` every 20 ms for up to `seconds`; whether it became true.
func eventually(within seconds: Double = 5, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}
