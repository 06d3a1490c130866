import Foundation
import QEMUSource
import Testing

extension SourceTreeTests {
    @Suite struct DirectoryTreeTests {
        /// A small tree in QEMU's layout, written by the test.
        static func makeTree() throws -> TemporaryDirectory {
            let directory = try TemporaryDirectory("directorytree")
            try directory.write("VERSION", "9.9.0\n")
            try directory.write(
                "hw/core/machine.c",
                """
                GlobalProperty hw_compat_9_8[] = {
                    { "virtio-net-pci", "vectors", "3" },
                };
                const size_t hw_compat_9_8_len = G_N_ELEMENTS(hw_compat_9_8);

                """
            )
            try directory.write("hw/i386/pc.c", "DEFINE_I440FX_MACHINE(9, 9);\n")
            try directory.write("hw/i386/Kconfig", "config PC\n    bool\n")
            try directory.write("hw/empty.h", [])
            try directory.write("include/hw/boards.h", "extern GlobalProperty hw_compat_9_8[];\n")
            try directory.link("hw/i386/pc-link.c", to: "pc.c")
            try directory.link("hw/core-link", to: "core")
            return directory
        }

        @Test func readsFilesWhole() async throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }
            let tree = try DirectoryTree(root: directory.path)

            #expect(try await tree.read("VERSION") == Array("9.9.0\n".utf8))
            #expect(try await tree.read("hw/empty.h") == [])
            #expect(try await tree.read("./hw//i386/pc.c") == Array("DEFINE_I440FX_MACHINE(9, 9);\n".utf8))
            #expect(try await tree.read("hw/i386/pc-link.c") == Array("DEFINE_I440FX_MACHINE(9, 9);\n".utf8))
            #expect(try await tree.readText("VERSION") == "9.9.0\n")
            #expect(tree.displayName == directory.path)
        }

        @Test func readsLargeFilesCompletely() async throws {
            let directory = try TemporaryDirectory("directorytree-large")
            defer { directory.remove() }
            let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try directory.write("hw/large.c", large)
            let tree = try DirectoryTree(root: directory.path + "/")

            #expect(try await tree.read("hw/large.c") == large)
            #expect(tree.displayName == directory.path)
        }

        @Test func missingFilesAndDirectoriesReadAsNil() async throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }
            let tree = try DirectoryTree(root: directory.path)

            #expect(try await tree.read("hw/i386/pc_q35.c") == nil)
            #expect(try await tree.read("nowhere/at/all.c") == nil)
            #expect(try await tree.read("VERSION/below-a-file") == nil)
            #expect(try await tree.read("hw/i386") == nil)
        }

        @Test(arguments: ["/etc/hostname", "../VERSION", "hw/../../VERSION", "hw/\nx.c", "", "."])
        func rejectsPathsOutsideTheTree(_ path: String) async throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }
            let tree = try DirectoryTree(root: directory.path)

            let error = await #expect(throws: QEMUSourceError.self) { try await tree.read(path) }
            #expect(error?.code == .invalidPath)
            #expect(error?.description.contains("relative to the tree root") == true)
        }

        @Test func listsFilesRecursivelySortedAndFiltered() async throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }
            let tree = try DirectoryTree(root: directory.path)

            #expect(
                try await tree.files(under: "hw", withSuffixes: [".c", ".h"])
                    == ["hw/core/machine.c", "hw/empty.h", "hw/i386/pc-link.c", "hw/i386/pc.c"]
            )
            #expect(
                try await tree.files(under: "./hw/i386/", withSuffixes: []) == [
                    "hw/i386/Kconfig", "hw/i386/pc-link.c", "hw/i386/pc.c",
                ])
            #expect(try await tree.files(under: "", withSuffixes: [".h"]) == ["hw/empty.h", "include/hw/boards.h"])
            #expect(try await tree.files(under: ".", withSuffixes: []).count == 7)
            #expect(try await tree.files(under: "target", withSuffixes: []) == [])
            #expect(try await tree.files(under: "VERSION", withSuffixes: []) == [])
        }

        @Test func readAllSkipsMissingFilesAndKeepsPathsAsGiven() async throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }
            let tree = try DirectoryTree(root: directory.path)

            let contents = try await tree.readAll(["VERSION", "./VERSION", "missing.h", "hw/empty.h", "VERSION", "hw"])
            #expect(contents.keys.sorted() == ["./VERSION", "VERSION", "hw/empty.h"])
            #expect(contents["./VERSION"] == Array("9.9.0\n".utf8))
            #expect(contents["hw/empty.h"] == [])
            #expect(try await tree.readAll([]) == [:])
        }

        @Test func readAllReadsManyFilesInParallel() async throws {
            let directory = try TemporaryDirectory("directorytree-many")
            defer { directory.remove() }
            // File creation is slow on some CI disks (milliseconds each): enough files to spread over the cores.
            let paths = (0..<160).map { "hw/dev\($0 % 7)/file\($0).c" }
            let texts = paths.indices.map { String(repeating: "/* \($0) */\n", count: $0 % 50 + 1) }
            for (path, text) in zip(paths, texts) {
                try directory.write(path, text)
            }
            let tree = try DirectoryTree(root: directory.path)

            let contents = try await tree.readAll(paths)
            #expect(contents.count == paths.count)
            #expect(zip(paths, texts).allSatisfy { contents[$0] == Array($1.utf8) })
            #expect(try await tree.files(under: "hw", withSuffixes: [".c"]) == paths.sorted())
        }

        @Test func rootThatDoesNotExistIsAnError() throws {
            let missing = FileManager.default.temporaryDirectory.appendingPathComponent("guestabi-\(UUID())").path
            let error = #expect(throws: QEMUSourceError.self) { try DirectoryTree(root: missing) }
            #expect(error?.code == .unreadableTree)
            #expect(error?.subject == missing)
            #expect(error?.description.contains("qemu-sources.sh") == true)
        }

        @Test func rootThatIsAFileIsAnError() throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }

            let error = #expect(throws: QEMUSourceError.self) { try DirectoryTree(root: directory.path + "/VERSION") }
            #expect(error?.code == .unreadableTree)
            #expect(error?.subject == directory.path + "/VERSION")
        }

        @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
        func unreadableFileIsAnErrorNamingIt() async throws {
            let directory = try Self.makeTree()
            defer { directory.remove() }
            let path = directory.path + "/hw/core/machine.c"
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
            let tree = try DirectoryTree(root: directory.path)

            let error = await #expect(throws: QEMUSourceError.self) { try await tree.read("hw/core/machine.c") }
            #expect(error?.code == .unreadableFile)
            #expect(error?.subject == path)
            let bulkError = await #expect(throws: QEMUSourceError.self) {
                try await tree.readAll(["VERSION", "hw/core/machine.c"])
            }
            #expect(bulkError?.subject == path)
        }
    }
}
