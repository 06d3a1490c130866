import GuestABI
import QEMUSource
import Testing

/// Trees with one problem each: reading goes on, the problem becomes a diagnostic at its
/// `file:line`, and the registry says it is incomplete. Each `broken-*` tree has a 10.0 machine
/// before the problem and a 9.2 machine that the problem touches.
@Suite struct BrokenTreeExtractionTests {
    /// A diagnostic a broken tree must produce.
    struct ExpectedDiagnostic: Sendable, CustomTestStringConvertible {
        var tree: String
        var file: String
        var line: Int
        /// Text the message must contain.
        var fragment: String

        var testDescription: String { "\(tree): \(file):\(line)" }
    }

    static let expected = [
        ExpectedDiagnostic(
            tree: "broken-comment", file: "hw/i386/pc_q35.c", line: 10, fragment: "unterminated comment"),
        ExpectedDiagnostic(
            tree: "broken-unknown-array", file: "hw/i386/pc_q35.c", line: 14,
            fragment: "compat array 'hw_compat_9_9' not found"),
        ExpectedDiagnostic(tree: "broken-unknown-type", file: "hw/core/machine.c", line: 7, fragment: "'TYPE_UNKNOWN'"),
        ExpectedDiagnostic(
            tree: "broken-missing-link", file: "hw/i386/pc_q35.c", line: 12,
            fragment: "'pc_q35_10_1_options' is not defined"),
        ExpectedDiagnostic(
            tree: "broken-missing-link", file: "hw/i386/pc_q35.c", line: 18,
            fragment: "'pc_q35_9_1_options' is not defined"),
        ExpectedDiagnostic(
            tree: "broken-truncated-array", file: "hw/i386/pc_q35.c", line: 13,
            fragment: "compat array 'hw_compat_9_2' not found"),
    ]

    @Test(arguments: expected)
    func problemIsReportedAtItsLine(_ expected: ExpectedDiagnostic) async throws {
        let registry = try await ExtractionFixture.extract(expected.tree)

        let matching = registry.diagnostics.filter {
            $0.location == SourceLocation(file: expected.file, line: expected.line)
                && $0.message.contains(expected.fragment)
        }
        #expect(matching.count == 1, "diagnostics: \(registry.diagnostics)")
        #expect(matching.first?.severity == .error)
        #expect(!registry.complete)
    }

    @Test(arguments: [
        "broken-comment", "broken-unknown-array", "broken-unknown-type", "broken-missing-link",
        "broken-truncated-array",
    ])
    func machinesBeforeTheProblemAreStillRead(tree: String) async throws {
        let registry = try await ExtractionFixture.extract(tree)
        let machine = try #require(registry.machine("pc-q35-10.0"))

        #expect(machine.registered)
        #expect(registry.diagnostics.allSatisfy { $0.severity == .error })
    }

    // MARK: - Each problem

    @Test func unterminatedCommentHidesTheRest() async throws {
        let registry = try await ExtractionFixture.extract("broken-comment")

        #expect(registry.machines.map(\.name) == ["pc-q35-10.0"])
        #expect(registry.machine("pc-q35-10.0")?.factLines == ["pc_q35_10_0_options: max_cpus = 4096"])
        #expect(registry.diagnostics.count == 1)
    }

    @Test func unknownArrayKeepsTheRestOfTheChain() async throws {
        let registry = try await ExtractionFixture.extract("broken-unknown-array")
        let machine = try #require(registry.machine("pc-q35-9.2"))

        #expect(machine.compatLines == ["hw_compat_9_2: virtio-mem.unplugged-inaccessible=off"])
        #expect(machine.factLines == ["pc_q35_10_0_options: max_cpus = 4096"])
        #expect(registry.diagnostics.count == 1)
    }

    @Test func unresolvedTypeNameKeepsTheEntryAsWritten() async throws {
        let registry = try await ExtractionFixture.extract("broken-unknown-type")
        let machine = try #require(registry.machine("pc-q35-9.2"))

        #expect(
            machine.compatLines == [
                "hw_compat_9_2: known-device.x-first=off",
                "hw_compat_9_2: TYPE_UNKNOWN.x-second=off",
                "hw_compat_9_2: virtio-mem.unplugged-inaccessible=off",
            ])
        #expect(registry.diagnostics.count == 1)
    }

    @Test func missingLinkStopsTheChainThere() async throws {
        let registry = try await ExtractionFixture.extract("broken-missing-link")
        let linked = try #require(registry.machine("pc-q35-9.2"))
        let unlinked = try #require(registry.machine("pc-q35-9.1"))

        // 9.2 adds its own array but loses what 10.0's options would have set.
        #expect(linked.compatLines == ["hw_compat_9_2: virtio-mem.unplugged-inaccessible=off"])
        #expect(linked.classFacts.isEmpty)
        #expect(unlinked.compat.isEmpty)
        #expect(registry.diagnostics.count == 2)
    }

    @Test func truncatedArrayLosesTheArrayNotTheMachines() async throws {
        let registry = try await ExtractionFixture.extract("broken-truncated-array")
        let machine = try #require(registry.machine("pc-q35-9.2"))

        #expect(registry.machines.map(\.name) == ["pc-q35-10.0", "pc-q35-9.2"])
        #expect(machine.compatLines == ["hw_compat_10_0: virtio-net-pci.x-rx-burst=off"])
    }

    /// A function body whose `{` never closes: the file ends inside it, or a `(` inside it is
    /// never closed. The machines defined before it must survive.
    @Test(arguments: ["broken-truncated-options", "broken-unbalanced-paren"])
    func unclosedBodyKeepsEarlierMachines(tree: String) async throws {
        let registry = try await ExtractionFixture.extract(tree)

        #expect(registry.machines.first?.name == "pc-q35-10.0")
        #expect(registry.machine("pc-q35-10.0")?.factLines == ["pc_q35_10_0_options: max_cpus = 4096"])
    }

    // MARK: - Trees that cannot be read

    @Test(arguments: ["no-version", "bad-version"])
    func treeWithoutAVersionIsNotAQEMUTree(tree: String) async throws {
        let error = await #expect(throws: QEMUSourceError.self) {
            _ = try await ExtractionFixture.extract(tree)
        }
        #expect(error?.code == .notAQEMUTree)
        #expect(error?.subject.hasPrefix(ExtractionFixture.path(tree)) == true)
    }

    @Test func missingDirectoryIsUnreadable() async throws {
        let error = #expect(throws: QEMUSourceError.self) {
            _ = try DirectoryTree(root: ExtractionFixture.path("no-such-tree"))
        }
        #expect(error?.code == .unreadableTree)
    }
}
