import GuestABI
import QEMUSource
import Testing

/// The `reformatted` fixture holds the machines and arrays of `new-generation` written another
/// way: comments between a macro's name and its `(`, arguments and `compat_props_add(` split
/// over lines, tabs, `# define`, a backslash-newline inside a function, GNU-style function
/// heads, empty statements, nested blocks, adjacent string literals, one-line arrays, and CRLF
/// line ends in `hw/core/machine.c`. Only line numbers may differ.
@Suite struct ReformattedTreeExtractionTests {
    @Test func layoutDoesNotChangeTheRegistry() async throws {
        let original = try await ExtractionFixture.extract("new-generation")
        let reformatted = try await ExtractionFixture.extract("reformatted")

        #expect(reformatted.machines.map(\.name) == original.machines.map(\.name))
        #expect(reformatted.machines.map(\.ignoringLineNumbers) == original.machines.map(\.ignoringLineNumbers))
        #expect(reformatted.lifecycleRule == original.lifecycleRule)
        #expect(reformatted.diagnostics.isEmpty)
        #expect(reformatted.complete)
    }

    @Test func machinesInCommentsAndStringsAreNotMachines() async throws {
        let reformatted = try await ExtractionFixture.extract("reformatted")

        #expect(reformatted.machine("pc-q35-6.0") == nil)
        #expect(reformatted.machine("pc-q35-5.0") == nil)
    }

    @Test(arguments: NewGenerationExtractionTests.names)
    func eachMachineMatches(name: String) async throws {
        let original = try await ExtractionFixture.extract("new-generation")
        let reformatted = try await ExtractionFixture.extract("reformatted")
        let expected = try #require(original.machine(name))
        let actual = try #require(reformatted.machine(name))

        #expect(actual.compatLines == expected.compatLines)
        #expect(actual.factLines == expected.factLines)
        #expect(actual.ignoringLineNumbers == expected.ignoringLineNumbers)
    }

    @Test func linesAreThoseOfTheReformattedFiles() async throws {
        let reformatted = try await ExtractionFixture.extract("reformatted")
        let machine = try #require(reformatted.machine("pc-q35-10.1"))

        // `DEFINE_Q35_MACHINE(` opens on line 57 and its arguments follow on the next lines.
        #expect(machine.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 57))
        let size = try #require(machine.classFacts.first { $0.field == "smbios_memory_device_size" })
        #expect(size.source.location == SourceLocation(file: "hw/i386/pc_q35.c", line: 49))
    }
}
