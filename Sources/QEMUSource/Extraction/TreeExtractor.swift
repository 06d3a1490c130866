public import GuestABI

/// Reads a QEMU source tree into a ``ReleaseRegistry``: every versioned machine type it
/// defines, whether that release registers and deprecates it, and the ordered compat list and
/// class facts of its options chain.
///
/// Reading never stops at the first problem: whatever could not be understood becomes a
/// diagnostic with `file:line`, and the registry says whether it is complete.
public struct TreeExtractor: Sendable {
    /// The tree to read.
    public let tree: any SourceTree

    /// Creates an extractor for `tree`.
    public init(tree: any SourceTree) {
        self.tree = tree
    }

    /// Extracts the machines of `targets` (all targets when nil), and with `qomHierarchy` the
    /// tree's QOM type hierarchy (``ReleaseRegistry/qomParents``; it reads every `.c` file that
    /// declares a type, which costs about as much again as the machines) and its device
    /// property model (``ReleaseRegistry/properties``).
    ///
    /// Throws when the tree cannot be read at all (no `VERSION`, unreadable directory or ref).
    public func extract(targets: Set<Target>? = nil, qomHierarchy: Bool = true) async throws(QEMUSourceError) -> ReleaseRegistry {
        guard let versionBytes = try await tree.read("VERSION") else {
            throw QEMUSourceError(
                .notAQEMUTree, subject: tree.displayName, reason: "no VERSION file",
                hint: "point at the top of a QEMU source tree (the folder holding VERSION, hw/ and include/)")
        }
        let versionText = String(decoding: versionBytes, as: UTF8.self)
        let qemuVersion: QEMUVersion
        do {
            qemuVersion = try QEMUVersion(parsing: versionText)
        } catch {
            throw QEMUSourceError(
                .notAQEMUTree, subject: tree.displayName + "/VERSION", reason: "unreadable version: \(error.reason)",
                hint: "VERSION must hold a QEMU version such as 10.2.2")
        }
        // The three listings at once; a failure is reported for the first directory in this order.
        async let include = sources(under: "include")
        async let hw = sources(under: "hw")
        async let target = sources(under: "target")
        async let nameCheck = readNameCheck()
        let paths = try await include.get() + hw.get() + target.get()
        let wanted = FamilySource.all.filter { targets?.contains($0.target) ?? true }
        let roots = FamilySource.roots(of: wanted)
        let read = try await readAndParse(paths, roots: roots, keepAll: qomHierarchy)
        var extraction = TreeExtraction(files: read.files, qemuVersion: qemuVersion, parsed: read.parsed)
        extraction.report(Self.damage(read, roots: roots))
        // Where the tree reads the class fields the machines set: in hw/ and in the system
        // emulator's start-up code (system/, softmmu/ before 8.0), which creates default devices;
        // the start-up files are read while the machines are.
        async let startUpFiles = qomHierarchy ? readStartUpFiles() : [:]
        // The field reads need the machines only: they are read while the QOM types and the
        // property model still are.
        let machines = await extraction.run(families: wanted, qomHierarchy: qomHierarchy, waitForQOM: false)
        var fieldUses = ClassFieldUses.empty
        if qomHierarchy {
            var readers = extraction.files.filter { $0.key.hasPrefix("hw/") && $0.key.hasSuffix(".c") }
            readers.merge(await startUpFiles) { first, _ in first }
            fieldUses = await ClassFieldReads.uses(of: machines, in: readers)
        }
        await extraction.finishQOM()
        let errors = extraction.diagnostics.contains { $0.severity == .error }
        defer {
            // The tree's bytes and parsed state take a while to free; free them beside the
            // caller's next step rather than before it.
            Task.detached(priority: .utility) { [extraction] in withExtendedLifetime(extraction) {} }
        }
        var registry = ReleaseRegistry(
            qemuVersion: qemuVersion, origin: tree.displayName, lifecycleRule: extraction.lifecycleRule,
            machines: machines, diagnostics: Self.distinct(extraction.diagnostics).sorted { $0.location < $1.location },
            complete: !errors, qomParents: extraction.qomParents, nameCheck: try await nameCheck.get())
        registry.classFieldUses = fieldUses
        registry.properties = extraction.properties
        return registry
    }

    /// The `.c` files of the system emulator's start-up code (`system/`, `softmmu/` before 8.0);
    /// none when they cannot be listed or read.
    private func readStartUpFiles() async -> [String: [UInt8]] {
        async let system = sources(under: "system")
        async let softmmu = sources(under: "softmmu")
        let startUp = ((try? await system.get()) ?? []) + ((try? await softmmu.get()) ?? [])
        return (try? await tree.readAll(startUp.filter { $0.hasSuffix(".c") })) ?? [:]
    }

    /// How the tree's migration destination compares machine names; nil when the tree has no
    /// `migration/savevm.c` (a partial checkout).
    private func readNameCheck() async -> Result<MachineNameCheck?, QEMUSourceError> {
        do {
            guard let bytes = try await tree.read(NameCheckReader.file) else { return .success(nil) }
            return .success(NameCheckReader.read(bytes))
        } catch {
            return .failure(error)
        }
    }

    /// `diagnostics` with repeats left out (the copies of a family's state each report a budget
    /// they run out of).
    private static func distinct(_ diagnostics: [SourceDiagnostic]) -> [SourceDiagnostic] {
        var seen = Set<SourceDiagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// What ``readAndParse(_:roots:keepAll:)`` found.
    private struct Read {
        var files: [String: [UInt8]]
        var parsed: [String: ParsedFile]
        var damaged: [String: FileDamage]
    }

    /// The bytes of `paths`, and the files reachable from `roots` parsed: the headers and
    /// `roots` are read first and parsed while the other files are read. Of those other files
    /// only the ones that define `TYPE_` macros (and empty ones, which are damage) are kept
    /// unless `keepAll` (the QOM hierarchy reads every `.c` file that declares a type). Paths
    /// that are not regular files of the tree are damaged.
    private func readAndParse(_ paths: [String], roots: [String], keepAll: Bool) async throws(QEMUSourceError) -> Read {
        let rootSet = Set(roots)
        let first = paths.filter { $0.hasPrefix("include/") || $0.hasSuffix(".h") || rootSet.contains($0) }
        let firstSet = Set(first)
        let head = try await tree.readFiles(first, keeping: { _, _ in true })
        // The rest is read only now, so that the first files are ready as soon as they can be.
        let restPaths = paths.filter { !firstSet.contains($0) }
        async let rest = readFiles(restPaths) { _, bytes in keepAll || bytes.isEmpty || TypeMacroIndex.definesTypeMacros(bytes) }
        let listed = Set(paths).subtracting(head.damaged.keys)
        let parsed = await ParsedFile.parseClosure(of: roots, in: head.contents, available: { listed.contains($0) })
        let tail = try await rest.get()
        let files = head.contents.merging(tail.contents) { first, _ in first }
        // The closure was parsed with the listed paths as the ones that exist; if some of the
        // first files vanished before they were read, the tree's own files decide instead.
        return Read(
            files: files, parsed: head.contents.count == Set(first).count - head.damaged.count ? parsed : [:],
            damaged: head.damaged.merging(tail.damaged) { first, _ in first })
    }

    /// ``SourceTree/readFiles(_:keeping:)``, or the error reading them.
    private func readFiles(
        _ paths: [String], keeping keep: @escaping @Sendable (String, [UInt8]) -> Bool
    ) async -> Result<TreeFiles, QEMUSourceError> {
        do {
            return .success(try await tree.readFiles(paths, keeping: keep))
        } catch {
            return .failure(error)
        }
    }

    /// The damaged paths of `read`, and the empty files extraction reads or would read: the
    /// roots, the `.c` files under `hw/`, and the headers the parsed files include.
    private static func damage(_ read: Read, roots: [String]) -> [String: FileDamage] {
        var damage = read.damaged
        let included = Set(roots).union(read.parsed.values.flatMap(\.includes))
        for (path, bytes) in read.files where bytes.isEmpty && damage[path] == nil {
            if included.contains(path) || (path.hasPrefix("hw/") && path.hasSuffix(".c")) { damage[path] = .empty }
        }
        return damage
    }

    /// The `.h` and `.c` files below `directory`.
    private func sources(under directory: String) async -> Result<[String], QEMUSourceError> {
        do {
            return .success(try await tree.files(under: directory, withSuffixes: [".h", ".c"]))
        } catch {
            return .failure(error)
        }
    }
}
