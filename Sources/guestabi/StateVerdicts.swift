import Foundation
import GuestABI
import QEMUSource
import RegistryStore

/// The migration-state side of a verdict: the state models of the two releases a command was
/// given (a tree is read on the spot; a version uses the model shipped beside its registry),
/// compared; their findings reach verdicts through ``StateReasonProducer``. A release without a
/// model leaves the verdict to the machine-type ABI, its scope saying so.
enum StateVerdicts {
    /// The model of the release `text` names (`registry` is what it resolved to), or nil; with
    /// `cpuScopes`, only the part VMs with those CPUs reach (``StateModel/restricted(toCPUScopes:)``).
    static func model(_ text: String, registry: ReleaseRegistry, cpuScopes: Set<String>? = nil) async throws(CommandFailure) -> StateModel? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: text, isDirectory: &isDirectory), isDirectory.boolValue {
            do {
                let model = try await StateReader(tree: try DirectoryTree(root: text)).read()
                return cpuScopes.map(model.restricted(toCPUScopes:)) ?? model
            } catch {
                // A damaged tree accepted with --allow-partial: no state model, so the verdict's
                // scope stays the machine-type ABI alone and says state was not compared.
                if !registry.complete { return nil }
                throw CommandFailure.badInput(error.description)
            }
        }
        do {
            return try EmbeddedStateModel.model(registry.qemuVersion, cpuScopes: cpuScopes)
        } catch {
            throw CommandFailure.badInput("the embedded state model is damaged: \(error.description)")
        }
    }

    /// The migration-state producer between the releases `from` and `to` name (A the source), as
    /// the extra producers of a check: none when either release has no model, so the verdict's
    /// scope stays the machine-type ABI and says state was not compared.
    static func producers(from: (String, ReleaseRegistry), to: (String, ReleaseRegistry)) async throws(CommandFailure) -> [any MigrationReasonProducer] {
        producers(try await diff(from: from, to: to))
    }

    /// The producer of `diff`: none without one.
    static func producers(_ diff: StateDiff?) -> [any MigrationReasonProducer] {
        diff.map { [StateReasonProducer($0)] } ?? []
    }

    /// The state diff between the releases `from` and `to` name, nil when either has no model.
    /// Both models are read at once.
    static func diff(from: (String, ReleaseRegistry), to: (String, ReleaseRegistry)) async throws(CommandFailure) -> StateDiff? {
        async let a = result { () async throws(CommandFailure) in try await model(from.0, registry: from.1) }
        async let b = result { () async throws(CommandFailure) in try await model(to.0, registry: to.1) }
        return diff(try await a.get(), try await b.get())
    }

    /// The diff of two models, nil when either is missing.
    static func diff(_ a: StateModel?, _ b: StateModel?) -> StateDiff? {
        guard let a, let b else { return nil }
        return StateDiff(a, b)
    }

    /// The release `text` names, with its state model: the registry first (it says which
    /// version the model is of), then the model. Two of these run at once in a check, so each
    /// release's decoding overlaps the other's.
    ///
    /// A check about `machines` (of `target`, when given) needs only the state their CPU
    /// reaches: the model is read restricted to the CPU folders of the targets this release
    /// defines those machines for (or their names' families imply); the whole model when
    /// neither says.
    static func release(
        _ text: String, from catalog: ReleaseCatalog, machines: [String] = [], target: Target? = nil
    ) async throws(CommandFailure) -> LoadedRelease {
        let registry = try await catalog.loading(text)
        let scopes = cpuScopes(machines: machines, target: target, in: registry)
        return LoadedRelease(registry: registry, state: try await model(text, registry: registry, cpuScopes: scopes))
    }

    /// The CPU folders of the targets `machines` (names or aliases) can belong to in `registry`:
    /// `target`'s when given, else every target the registry defines one of them for, else
    /// those their names' families imply; nil (everything) when nothing is known.
    static func cpuScopes(machines: [String], target: Target?, in registry: ReleaseRegistry) -> Set<String>? {
        if let target { return [StateScope.cpuScope(for: target)] }
        guard !machines.isEmpty else { return nil }
        let names = Set(machines)
        var targets = Set(registry.machines.filter { names.contains($0.name) || $0.alias.map(names.contains) ?? false }.map(\.target))
        if targets.isEmpty {
            for name in machines {
                targets.formUnion(((try? MachineTypeName.candidates(parsing: name)) ?? []).map(\.target))
            }
        }
        return targets.isEmpty ? nil : Set(targets.map(StateScope.cpuScope(for:)))
    }

    /// What `body` returns or throws, as a value (`async let` keeps no typed error).
    static func result<Value: Sendable>(_ body: () async throws(CommandFailure) -> Value) async -> Result<Value, CommandFailure> {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}

/// A release's registry and its migration-state model (nil when none is known).
struct LoadedRelease: Sendable {
    let registry: ReleaseRegistry
    let state: StateModel?
}
