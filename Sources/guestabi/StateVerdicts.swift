import Foundation
import GuestABI
import QEMUSource
import RegistryStore

/// The migration-state side of a verdict: the state models of the two releases a command was
/// given (a tree is read on the spot; a version uses the model shipped beside its registry),
/// compared; their findings reach verdicts through ``StateReasonProducer``. A release without a
/// model leaves the verdict to the machine-type ABI, its scope saying so.
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

    /// The migration-state producer between the releases `from` and `to` name (A the source), as
    /// the extra producers of a check: none when either release has no model, so the verdict's
    /// scope stays the machine-type ABI and says state was not compared.
    static func producers(from: (String, ReleaseRegistry), to: (String, ReleaseRegistry)) async throws(CommandFailure) -> [any MigrationReasonProducer] {
        guard let diff = try await diff(from: from, to: to) else { return [] }
        return [StateReasonProducer(diff)]
    }

    /// The state diff between the releases `from` and `to` name, nil when either has no model.
    static func diff(from: (String, ReleaseRegistry), to: (String, ReleaseRegistry)) async throws(CommandFailure) -> StateDiff? {
        guard let a = try await model(from.0, registry: from.1), let b = try await model(to.0, registry: to.1) else {
            return nil
        }
        return StateDiff(a, b)
    }
}
