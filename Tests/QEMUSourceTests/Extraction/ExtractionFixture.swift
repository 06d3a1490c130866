import Foundation
import GuestABI
import QEMUSource

/// The fixture trees of the extraction suites: small trees in QEMU's layout and style, written
/// for these tests, under `Tests/QEMUSourceTests/Fixtures/.trees/`.
///
/// The folder is hidden because SwiftPM would otherwise take the trees' `.c` files for sources
/// of the test target (a Swift target cannot hold C sources); hidden folders are skipped.
///
/// | tree | what it holds |
/// |---|---|
/// | `new-generation` | 10.2.0, the 10.1+ rule, `DEFINE_PC_VER_MACHINE`, q35 10.2 … 3.1 with 4.0.1 / 4.0 |
/// | `old-generation` | 5.2.0, no rule, `DEFINE_PC_MACHINE` q35 / i440fx / xenfv, spapr with `2.12-sxxm` |
/// | `gated-rule` | 10.0.0, the 9.1 – 10.0 rule with `getenv("QEMU_DELETE_MACHINES")`, aarch64 virt |
/// | `reformatted` | `new-generation` with other whitespace, line breaks, comments and CRLF line ends |
/// | `qom-types` | QOM type declarations only: `TypeInfo`s, arrays, `VirtioPCIDeviceTypeInfo`s, `OBJECT_DEFINE_…` |
/// | `broken-*`, `no-version`, `bad-version` | one problem each |
enum ExtractionFixture {
    /// The folder holding the fixture trees.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/.trees").standardizedFileURL

    /// The absolute path of the fixture tree `name`.
    static func path(_ name: String) -> String {
        root.appendingPathComponent(name).path
    }

    /// Extracts the fixture tree `name`.
    static func extract(_ name: String, targets: Set<Target>? = nil) async throws -> ReleaseRegistry {
        let tree = try DirectoryTree(root: path(name))
        return try await TreeExtractor(tree: tree).extract(targets: targets)
    }
}

extension ReleaseRegistry {
    /// The machine `name` of `target`.
    func machine(_ name: String, of target: Target = .x86_64) -> MachineDefinition? {
        machine(MachineID(target: target, name: name))
    }
}

extension MachineDefinition {
    /// Each compat entry as `origin: driver.property=value`, in application order.
    var compatLines: [String] {
        compat.map { "\($0.source.origin): \($0)" }
    }

    /// Each class fact as `origin: field = value`, in the order first set.
    var factLines: [String] {
        classFacts.map { "\($0.source.origin): \($0)" }
    }

    /// The definition with every line number dropped (its own, and those of its compat entries
    /// and class facts), to compare trees that differ only in layout.
    var ignoringLineNumbers: MachineDefinition {
        var copy = self
        copy.location = nil
        for index in copy.compat.indices { copy.compat[index].source.location = nil }
        for index in copy.classFacts.indices { copy.classFacts[index].source.location = nil }
        return copy
    }
}
