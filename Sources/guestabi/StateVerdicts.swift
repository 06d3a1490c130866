import Foundation
import GuestABI
import QEMUSource
import RegistryStore

/// The migration-state side of a verdict: the state models of the two releases a command was
/// given (a tree is read on the spot; a version uses the model shipped beside its registry),
/// compared, and their findings added to the verdict. A release without a model leaves the
/// verdict as it is, its scope saying so.
enum StateVerdicts {
    /// The model of the release `text` names (`registry` is what it resolved to), or nil.
    static func model(_ text: String, registry: ReleaseRegistry) async throws(CommandFailure) -> StateModel? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: text, isDirectory: &isDirectory), isDirectory.boolValue {
            do {
                return try await StateReader(tree: try DirectoryTree(root: text)).read()
            } catch {
                // A damaged tree accepted with --allow-partial: no state model, so the verdict's
                // scope stays the machine-type ABI alone and says state was not compared.
                if !registry.complete { return nil }
                throw CommandFailure.badInput(error.description)
            }
        }
        do {
            return try EmbeddedStateModel.model(registry.qemuVersion)
        } catch {
            throw CommandFailure.badInput("the embedded state model is damaged: \(error.description)")
        }
    }

    /// `verdict` with the state findings between `from` and `to` (unchanged when either model is
    /// missing).
    static func apply(
        _ verdict: MigrationVerdict, from: (String, ReleaseRegistry), to: (String, ReleaseRegistry)
    ) async throws(CommandFailure) -> MigrationVerdict {
        guard let a = try await model(from.0, registry: from.1), let b = try await model(to.0, registry: to.1) else {
            return verdict
        }
        return StateReasons.apply(StateDiff(a, b).findings, to: verdict)
    }

    /// The state diff between the releases `from` and `to` name, nil when either has no model.
    static func diff(from: (String, ReleaseRegistry), to: (String, ReleaseRegistry)) async throws(CommandFailure) -> StateDiff? {
        guard let a = try await model(from.0, registry: from.1), let b = try await model(to.0, registry: to.1) else {
            return nil
        }
        return StateDiff(a, b)
    }
}
