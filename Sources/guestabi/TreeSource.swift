import ArgumentParser
import QEMUSource

/// Where a command reads a QEMU tree from: a directory, or a git repository at a ref.
struct TreeSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the tree from this git repository (with --ref), without a checkout.", valueName: "dir"))
    var gitDir: String?

    @Option(help: ArgumentHelp("The tag, branch or commit to read from --git-dir.", valueName: "ref"))
    var ref: String?

    /// The directory tree at `path`.
    static func directory(_ path: String) async throws(CommandFailure) -> any SourceTree {
        do {
            return try DirectoryTree(root: path)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }

    /// `ref` of the repository `gitDir`.
    static func git(_ gitDir: String, ref: String) async throws(CommandFailure) -> any SourceTree {
        do {
            return try await GitTree(gitDir: gitDir, ref: ref)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }

    /// Opens the tree: `path` on disk, or `--git-dir` at `--ref`.
    func open(path: String?) async throws(CommandFailure) -> any SourceTree {
        do {
            switch (gitDir, ref, path) {
            case let (gitDir?, ref?, nil):
                return try await GitTree(gitDir: gitDir, ref: ref)
            case (nil, nil, let path?):
                return try DirectoryTree(root: path)
            case (_?, nil, _), (nil, _?, _):
                throw CommandFailure.badInput("--git-dir and --ref go together")
            default:
                throw CommandFailure.badInput("give either a tree directory or --git-dir DIR --ref REF, not both")
            }
        } catch let error as QEMUSourceError {
            throw CommandFailure.badInput(error.description)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.badInput("\(error)")
        }
    }
}
