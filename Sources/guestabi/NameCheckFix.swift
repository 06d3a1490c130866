import GuestABI
import QEMUSource

/// `bugfix generate --with-name-check-fix`: where the companion patch goes, and making it.
enum NameCheckFix {
    /// `10.0.patch` → `10.0.name-check.patch`; any other name gains `.name-check.patch`.
    static func path(beside output: String) -> String {
        output.hasSuffix(".patch") ? String(output.dropLast(".patch".count)) + ".name-check.patch" : output + ".name-check.patch"
    }

    /// The patch for `tree`, naming the plan's machines of `branch` that extend their base; nil
    /// when the tree already compares the whole name.
    static func patch(plan: BugfixPlan, branch: String, tree: any SourceTree) async throws(CommandFailure) -> String? {
        let bytes: [UInt8]
        do {
            guard let read = try await tree.read(NameCheckReader.file) else {
                throw CommandFailure.badInput("\(tree.displayName)/\(NameCheckReader.file): missing; the name-check fix needs the tree's migration code")
            }
            bytes = read
        } catch let error as QEMUSourceError {
            throw CommandFailure.badInput(error.description)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.badInput("\(tree.displayName): \(error)")
        }
        let extensions = plan.machines(definedIn: branch)
            .filter { $0.name.utf8.starts(with: $0.base.utf8) }
            .map { MachineNameCheck.Extension(target: $0.target, base: $0.base, extended: $0.name) }
        do {
            return try NameCheckPatchGenerator(extensions: extensions.sorted()).patch(savevm: bytes, tree: tree.displayName)
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }
}
