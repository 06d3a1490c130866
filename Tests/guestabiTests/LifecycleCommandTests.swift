import ArgumentParser
import Foundation
import Testing

@testable import guestabi

@Suite struct LifecycleCommandTests {
    @Test func parsesInProcess() throws {
        let command = try #require(
            try GuestABICommand.parseAsRoot(["lifecycle", "pc-q35-7.2", "--at", "10.2.0", "--format", "json"])
                as? LifecycleCommand)
        #expect(command.subjects == ["pc-q35-7.2"])
        #expect(command.at == "10.2.0")
        #expect(command.format == .json)
    }

    @Test func tableShowsTheIssueExamples() throws {
        let result = try CLIRunner.run(["lifecycle", "7.2", "4.0", "4.0.1", "8.0", "4.2", "5.0", "--at", "10.2.0"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                INPUT  VERSION  DEPRECATED IN  DELETED IN  STATUS AT 10.2.0
                7.2    7.2      10.2.0         13.2.0      deprecated
                4.0    4.0      9.1.0          10.1.0      deleted
                4.0.1  4.0.1    9.1.0          10.1.0      deleted
                8.0    8.0      11.0.0         14.0.0      supported
                4.2    4.2      9.1.0          10.2.0      deleted
                5.0    5.0      9.1.0          11.0.0      deprecated

                """)
    }

    struct Entry: Decodable, Equatable {
        var input: String
        var version: String
        var deprecatedIn: String?
        var deletedIn: String?
        var status: String?
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let result = try CLIRunner.run(["lifecycle", "pc-q35-3.1", "--at", "10.0.0", "--format", "json"])
        #expect(result.status == 0)
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.stdout.utf8))
        #expect(entries == [Entry(input: "pc-q35-3.1", version: "3.1", deprecatedIn: "9.1.0", deletedIn: "10.1.0", status: "deprecated")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(Set(object[0].keys) == ["input", "version", "deprecatedIn", "deletedIn", "status"])
        let withoutAt = try CLIRunner.run(["lifecycle", "7.2", "--format", "json"])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(withoutAt.stdout.utf8)) as? [[String: Any]])
        #expect(plain[0]["status"] == nil)
    }

    @Test func environmentVariableFlagModelsGatedDeletion() throws {
        let result = try CLIRunner.run(["lifecycle", "3.1", "--at", "10.0.0", "--delete-machines-env"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("3.1    3.1      9.1.0          9.1.0       deleted"))
    }

    @Test(arguments: ["pc-q35-10", "pc-q35-10.0.0.1", "virt-x.y", "", "q35"])
    func badSubjectsExitTwoNamingTheInput(input: String) throws {
        let result = try CLIRunner.run(["lifecycle", input])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'\(input)'"))
        #expect(result.stderr.contains("expected") || result.stderr.contains("name a versioned machine"))
    }

    @Test func badReleaseExitsTwo() throws {
        let result = try CLIRunner.run(["lifecycle", "7.2", "--at", "10.1.2.3"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'10.1.2.3'"))
        #expect(result.stderr.contains("expected a QEMU release"))
    }
}
