import ArgumentParser
import Foundation
import GuestABI
import QEMUSource
import QMP
import RegistryStore

/// `--registry FILE|DIR` (repeatable): registry JSON files, or QEMU trees (a branch's checkout),
/// that add releases to the embedded ones.
struct RegistryOptions: ParsableArguments {
    @Option(
        name: .customLong("registry"),
        help: ArgumentHelp(
            "Add a release (repeatable): a registry JSON file (`extract --format json` or `registry build` output) or a QEMU tree.",
            valueName: "file|dir"))
    var files: [String] = []

    @Option(
        name: .customLong("probe"),
        help: ArgumentHelp(
            "Use a probed binary as the release of its version, above the sources (repeatable): a `probe --format json` file of QEMU 9.1 or later.",
            valueName: "file"))
    var probes: [String] = []

    @Flag(help: "Accept a QEMU tree whose extraction is incomplete (damaged or unreadable files) instead of exiting 2.")
    var allowPartial = false
}

/// Where a command finds the releases it is given: a version held by a `--registry` file or the
/// embedded registry, a QEMU tree directory (extracted on the spot), or a registry JSON file.
struct ReleaseCatalog: Sendable {
    /// The releases of the `--registry` files, by version.
    private var added: [QEMUVersion: ReleaseRegistry] = [:]
    /// Registries already loaded, by the argument that named them.
    private var loaded: [String: ReleaseRegistry] = [:]
    /// Whether a tree whose extraction is incomplete is accepted (`--allow-partial`).
    private var allowPartial = false

    /// Loads every `--registry` file, and extracts every `--registry` tree; bad input is named.
    static func loading(_ options: RegistryOptions) async throws(CommandFailure) -> ReleaseCatalog {
        var catalog = ReleaseCatalog()
        catalog.allowPartial = options.allowPartial
        for path in options.files {
            let registry: ReleaseRegistry
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                registry = try await catalog.resolve(path)
            } else {
                do {
                    registry = try RegistryFile.read(path)
                } catch {
                    throw CommandFailure.badInput(error.description)
                }
            }
            catalog.added[registry.qemuVersion] = registry
        }
        for path in options.probes {
            try catalog.addProbe(path)
        }
        return catalog
    }

    /// The targets whose machines come from a probed binary, per release.
    private(set) var probed: [QEMUVersion: [Target: String]] = [:]

    /// Makes a probe file the release of its version for its target: its machines replace that
    /// target's machines of the release (from `--registry` or embedded), the other targets stay.
    private mutating func addProbe(_ path: String) throws(CommandFailure) {
        let report: ProbeReport
        do {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure.badInput("\(path): cannot read the probe file")
            }
            report = try JSONDecoder().decode(ProbeReport.self, from: data)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.badInput("\(path): not a probe file (guestabi probe --format json): \(error)")
        }
        try addProbe(report, path: path)
    }

    /// Makes a probe report the release of its version for its target (``addProbe(_:)``);
    /// `path` names it in messages.
    mutating func addProbe(_ report: ProbeReport, path: String) throws(CommandFailure) {
        let fromProbe: ReleaseRegistry
        do {
            fromProbe = try ReleaseRegistry(probe: report, path: path)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        guard let target = report.target else { return }
        if probed[report.qemuVersion]?[target] != nil {
            throw CommandFailure.badInput("\(path): a second probe of QEMU \(report.qemuVersion) for \(target)")
        }
        var merged = fromProbe
        if let base = try registry(report.qemuVersion) {
            // A binary does not report class facts nor where an entry comes from: those stay the
            // sources' (same release), matched by machine and by entry.
            let sourced = Dictionary(base.machines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let machines = fromProbe.machines.map { machine in
                guard let source = sourced[machine.id] else { return machine }
                var machine = machine
                machine.classFacts = source.classFacts
                machine.location = source.location
                machine.summary = source.summary
                machine.compat = machine.compat.map { entry in
                    var entry = entry
                    if let match = source.compat.last(where: { $0.key == entry.key && $0.value == entry.value }) {
                        entry.source = match.source
                        entry.optional = match.optional
                    }
                    return entry
                }
                return machine
            }
            merged.machines = (base.machines.filter { $0.target != target } + machines).sorted()
            merged.qomParents = base.qomParents.merging(fromProbe.qomParents) { _, probed in probed }
        }
        added[report.qemuVersion] = merged
        probed[report.qemuVersion, default: [:]][target] = report.binary
    }

    /// Which tier a verdict about `target` between two releases rests on, for its scope line.
    func tier(from: QEMUVersion, to: QEMUVersion, target: Target?) -> String? {
        tierDescription(from: from, to: to, target: target).map { "tier: \($0)" }
    }

    /// What ``tier(from:to:target:)`` says, without its `tier:` label (a verdict's `tier`).
    func tierDescription(from: QEMUVersion, to: QEMUVersion, target: Target?) -> String? {
        func side(_ version: QEMUVersion) -> String {
            if let target, let binary = probed[version]?[target] { return "probed binary \(binary)" }
            if target == nil, let binaries = probed[version], !binaries.isEmpty { return "probed binaries (\(binaries.keys.sorted().map(\.rawValue).joined(separator: ", ")))" }
            return "sources"
        }
        guard probed[from] != nil || probed[to] != nil else { return nil }
        return "\(from) from \(side(from)), \(to) from \(side(to)); a probed binary gives the compat properties "
            + "as QEMU applies them; class facts come from the sources of the same release"
    }

    private init() {}

    /// The releases the `--registry` files give (they take precedence over embedded ones).
    var addedVersions: Set<QEMUVersion> { Set(added.keys) }

    /// Every release known without naming a tree: `--registry` files and embedded, oldest first.
    var versions: [QEMUVersion] {
        Array(Set(added.keys).union(EmbeddedRegistry.versions())).sorted()
    }

    /// The accepted forms, for error messages.
    var acceptedForms: String {
        (versions.isEmpty ? "" : "a release the registry holds (\(versions.map(\.description).joined(separator: ", "))), ") + "a QEMU tree directory, or a registry JSON file"
    }

    /// The release `text` names.
    mutating func release(_ text: String) async throws(CommandFailure) -> ReleaseRegistry {
        if let registry = loaded[text] { return registry }
        let registry = try await resolve(text)
        loaded[text] = registry
        return registry
    }

    /// The release `text` names, without remembering it (for loading several concurrently).
    func loading(_ text: String) async throws(CommandFailure) -> ReleaseRegistry {
        try await resolve(text)
    }

    private func resolve(_ text: String) async throws(CommandFailure) -> ReleaseRegistry {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: text, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                let registry: ReleaseRegistry
                do {
                    registry = try await TreeExtractor(tree: try DirectoryTree(root: text)).extract()
                } catch {
                    throw CommandFailure.badInput(error.description)
                }
                try IncompleteTree.check(registry, tree: text, allowPartial: allowPartial)
                return registry
            }
            do {
                return try RegistryFile.read(text)
            } catch {
                throw CommandFailure.badInput(error.description)
            }
        }
        guard let version = try? QEMUVersion(parsing: text) else {
            throw CommandFailure.badInput("'\(text)': no such file or directory, and not a QEMU version; expected \(acceptedForms)")
        }
        if let registry = try registry(version) { return registry }
        // `10.0` names the newest 10.0.z held.
        if text.split(separator: ".").count == 2,
            let newest = versions.last(where: { $0.major == version.major && $0.minor == version.minor && $0.isRelease }),
            let registry = try registry(newest)
        {
            return registry
        }
        throw CommandFailure.badInput("'\(text)': release not in the registry; expected \(acceptedForms) (add one with --registry FILE)")
    }

    /// The held registry of `version`: a `--registry` file first, then the embedded one.
    func registry(_ version: QEMUVersion) throws(CommandFailure) -> ReleaseRegistry? {
        if let registry = added[version] { return registry }
        do {
            return try EmbeddedRegistry.registry(version)
        } catch {
            throw CommandFailure.badInput("the embedded registry is damaged: \(error.description)")
        }
    }
}
