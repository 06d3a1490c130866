import Foundation
import QEMUSource
import Testing

extension SourceTreeTests {
    /// GitTree against a repository built once from two real corpus releases; most tests read a bare clone.
    @Suite(.enabled(if: CorpusRepository.isAvailable, "run scripts/qemu-sources.sh first"), CorpusRepository.Scope())
    struct GitTreeTests {
        @Test func readsEachRefOfAWorkTreesGitDirectory() async throws {
            let repository = try #require(CorpusRepository.shared)

            for version in CorpusRepository.versions {
                let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v\(version)")
                let directory = try DirectoryTree(root: CorpusRepository.tree(version))
                #expect(try await tree.readText("VERSION") == "\(version)\n")
                for path in CorpusRepository.files {
                    let expected = try #require(try await directory.read(path))
                    #expect(try await tree.read(path) == expected, "\(path) at v\(version)")
                }
                #expect(tree.displayName == "\(repository.gitDirectory)@v\(version)")
                #expect(tree.commit.count == 40)
                await tree.close()
            }
        }

        @Test func resolvesBranchesCommitsAndAnnotatedTags() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            let tagged = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.2.2")
            await tagged.close()

            for ref in ["release-10.2.2", "HEAD", String(tagged.commit.prefix(12)), "v10.2.2~0"] {
                let tree = try await GitTree(gitDir: repository.gitDirectory, ref: ref)
                #expect(tree.commit == tagged.commit, "\(ref)")
                #expect(try await tree.readText("VERSION") == "10.2.2\n")
                await tree.close()
            }
            let older = try await GitTree(gitDir: repository.gitDirectory, ref: "HEAD~1")
            #expect(try await older.readText("VERSION") == "10.0.2\n")
            await older.close()
        }

        @Test func missingPathsDirectoriesAndOutsideLinksReadAsNil() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.2.2")

            #expect(try await tree.read("hw/i386/no_such_board.c") == nil)
            #expect(try await tree.read("target/i386/cpu.c") == nil)
            #expect(try await tree.read("hw/i386") == nil)
            #expect(try await tree.read("outside.link") == nil)
            #expect(try await tree.read("VERSION.link") == Array("10.2.2\n".utf8))
            #expect(try await tree.read("path with spaces missing") == nil)
            let error = await #expect(throws: QEMUSourceError.self) { try await tree.read("../VERSION") }
            #expect(error?.code == .invalidPath)
            // The process survives all of that.
            #expect(try await tree.readText("./VERSION") == "10.2.2\n")
            await tree.close()
        }

        @Test func badRefIsAnErrorNamingTheRefAndHowToListRefs() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }

            for ref in ["v9.9.9", "no-such-branch", "-v10.2.2", "v10.2.2:VERSION"] {
                let error = await #expect(throws: QEMUSourceError.self) {
                    try await GitTree(gitDir: repository.gitDirectory, ref: ref)
                }
                #expect(error?.code == .unknownRef, "\(ref)")
                #expect(error?.description.contains(ref) == true)
                #expect(error?.description.contains("git --git-dir \(repository.gitDirectory) tag") == true)
            }
        }

        @Test func directoryThatIsNotARepositoryIsAnError() async throws {
            let directory = try TemporaryDirectory("not-a-repository")
            defer { directory.remove() }

            let error = await #expect(throws: QEMUSourceError.self) {
                try await GitTree(gitDir: directory.path, ref: "v10.2.2")
            }
            #expect(error?.code == .unreadableTree)
            #expect(error?.description.contains(directory.path) == true)
        }

        @Test func concurrentReadsShareOneProcessAndAllAnswerCorrectly() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.2.2")
            let directory = try DirectoryTree(root: CorpusRepository.tree("10.2.2"))
            var paths = try await directory.files(under: CorpusRepository.subtree, withSuffixes: [])
            paths += CorpusRepository.files + ["hw/i386/missing.c"]
            let expected = try await directory.readAll(paths)

            let mismatches = try await withThrowingTaskGroup(of: String?.self) { group in
                for index in 0..<200 {
                    let path = paths[index % paths.count]
                    group.addTask { try await tree.read(path) == expected[path] ? nil : path }
                }
                return try await group.reduce(into: [String]()) { if let path = $1 { $0.append(path) } }
            }
            #expect(mismatches.isEmpty)
            #expect(liveGitProcesses(for: repository.gitDirectory) == 1)
            await tree.close()
            #expect(liveGitProcesses(for: repository.gitDirectory) == 0)
            #expect(await eventually { unreapedGitChildren() == 0 })
        }

        @Test func readAllMatchesTheDirectoryCopy() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.2.2")
            let directory = try DirectoryTree(root: CorpusRepository.tree("10.2.2"))
            let paths = try await directory.files(under: CorpusRepository.subtree, withSuffixes: [])

            let fromGit = try await tree.readAll(paths + ["missing.h", paths[0]])
            #expect(fromGit == (try await directory.readAll(paths)))
            #expect(try await tree.readAll([]) == [:])
            await tree.close()
        }

        @Test func listsTheSameFilesAsTheDirectoryTree() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.2.2")
            let directory = try DirectoryTree(root: CorpusRepository.tree("10.2.2"))

            for suffixes in [[".c", ".h"], [], ["meson.build"]] {
                let fromGit = try await tree.files(under: CorpusRepository.subtree, withSuffixes: suffixes)
                let fromDirectory = try await directory.files(under: CorpusRepository.subtree, withSuffixes: suffixes)
                #expect(!fromGit.isEmpty)
                #expect(fromGit == fromDirectory, "suffixes \(suffixes)")
            }
            #expect(try await tree.files(under: "hw/core/", withSuffixes: []) == ["hw/core/machine.c"])
            #expect(try await tree.files(under: "target", withSuffixes: []) == [])
            #expect(try await tree.files(under: "", withSuffixes: [".link"]) == ["VERSION.link", "outside.link"])
            await tree.close()
        }

        @Test func closingEndsTheProcessAndLaterReadsThrow() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.0.2")
            #expect(try await tree.readText("VERSION") == "10.0.2\n")
            #expect(liveGitProcesses(for: repository.gitDirectory) == 1)

            await tree.close()
            await tree.close()
            #expect(liveGitProcesses(for: repository.gitDirectory) == 0)
            #expect(await eventually { unreapedGitChildren() == 0 })
            let error = await #expect(throws: QEMUSourceError.self) { try await tree.read("VERSION") }
            #expect(error?.code == .gitFailed)
            #expect(error?.description.contains("closed") == true)
        }

        @Test func droppingTheTreeEndsTheProcess() async throws {
            let repository = try await CorpusRepository.clone()
            defer { repository.remove() }
            do {
                let tree = try await GitTree(gitDir: repository.gitDirectory, ref: "v10.2.2")
                #expect(try await tree.read("VERSION") != nil)
                #expect(liveGitProcesses(for: repository.gitDirectory) == 1)
            }
            #expect(await eventually { liveGitProcesses(for: repository.gitDirectory) == 0 })
            #expect(await eventually { unreapedGitChildren() == 0 })
        }
    }
}
