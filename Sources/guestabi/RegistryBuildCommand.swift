import ArgumentParser
import Foundation
import GuestABI
import QEMUSource
import RegistryStore

/// `guestabi registry build`: regenerates the embedded registry from a corpus of QEMU trees.
struct RegistryBuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract every QEMU tree of a corpus folder into the compact registry files guestabi ships.",
        discussion: """
            Each subfolder holding a VERSION file is extracted (all targets) and written as \
            <version>.json in the compact form. Every tree must extract completely; nothing is \
            written unless all of them do. Run it from the package root to refresh the shipped \
            data (the default output folder), then rebuild guestabi.

            Examples:
              guestabi registry build /var/cache/qemu-corpus
              guestabi registry build /var/cache/qemu-corpus -o /tmp/registry
            """
    )

    @Argument(help: "A folder of QEMU trees, one per release (scripts/qemu-sources.sh makes one).")
    var corpus: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (default: \(EmbeddedRegistry.sourceDirectory), from the package root).", valueName: "dir"))
    var output: String?

    func run() async throws {
        let manager = FileManager.default
        let outputDirectory = output ?? EmbeddedRegistry.sourceDirectory
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: outputDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure.badInput(
                "'\(outputDirectory)': no such directory; run from the package root or give -o DIR (an existing directory)")
        }
        guard let names = try? manager.contentsOfDirectory(atPath: corpus) else {
            throw CommandFailure.badInput("'\(corpus)': cannot list the directory; give a folder holding one QEMU tree per release")
        }
        let trees = names.sorted().map { "\(corpus)/\($0)" }.filter { manager.fileExists(atPath: "\($0)/VERSION") }
        guard !trees.isEmpty else {
            throw CommandFailure.badInput("'\(corpus)': no QEMU tree in it (no subfolder with a VERSION file)")
        }
        var files: [(name: String, data: Data)] = []
        for tree in trees {
            var registry: ReleaseRegistry
            do {
                registry = try await TreeExtractor(tree: try DirectoryTree(root: tree)).extract()
            } catch {
                throw CommandFailure.badInput(error.description)
            }
            guard registry.complete else {
                throw CommandFailure.badInput(IncompleteTree.message(registry, tree: tree, remedy: "leave the tree out of the corpus folder; nothing was written"))
            }
            // Facts only: the origin names the release, not this machine's path.
            registry.origin = "qemu-\(registry.qemuVersion)"
            files.append(("\(registry.qemuVersion).json", try RegistryFile.compactJSON(registry)))
            // The CPU part of the migration state, for verdicts on embedded releases.
            var state: StateModel
            do {
                state = try await StateReader(tree: try DirectoryTree(root: tree)).read().cpuSubset
            } catch {
                throw CommandFailure.badInput(error.description)
            }
            state.origin = "qemu-\(registry.qemuVersion)"
            files.append((EmbeddedStateModel.fileName(registry.qemuVersion), try EmbeddedStateModel.json(state)))
            print("\(registry.qemuVersion): \(registry.machines.filter(\.registered).count) registered machines from \(tree)")
        }
        for file in files {
            let path = "\(outputDirectory)/\(file.name)"
            try OutputFile.write(file.data, to: path)
        }
        print("wrote \(files.count) registries to \(outputDirectory)")
    }
}
