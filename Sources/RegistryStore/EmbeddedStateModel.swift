public import Foundation
public import GuestABI

/// The migration-state models shipped beside the embedded registries (`<version>.state.json`,
/// the CPU subset a verdict needs, written by `guestabi registry build`), read only when a
/// verdict asks for them.
public enum EmbeddedStateModel {
    /// The file name of `version`'s model.
    public static func fileName(_ version: QEMUVersion) -> String { "\(version).state.json" }

    /// The shipped model of `version`, or nil when none is shipped. Throws a message naming the
    /// file when it is damaged.
    ///
    /// - Parameter cpuScopes: Read only the part a VM with one of these CPUs (`target/i386`)
    ///   reaches, ``StateModel/restricted(toCPUScopes:)``, and decode no more than that; nil
    ///   reads the whole model.
    public static func model(_ version: QEMUVersion, cpuScopes: Set<String>? = nil) throws(RegistryFile.Failure) -> StateModel? {
        let url = EmbeddedRegistry.directory.appendingPathComponent(fileName(version))
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try model(from: data, path: url.path, cpuScopes: cpuScopes)
    }

    /// The model a shipped file's `data` holds (restricted to `cpuScopes` when given); `path`
    /// names it in the error.
    public static func model(from data: Data, path: String, cpuScopes: Set<String>? = nil) throws(RegistryFile.Failure) -> StateModel {
        let compact: CompactStateModel
        do {
            let decoder = JSONDecoder()
            if let cpuScopes { decoder.userInfo[CompactStateModel.scopeSelection] = cpuScopes }
            compact = try decoder.decode(CompactStateModel.self, from: data)
        } catch let other as CompactStateModel.OtherFormat {
            throw RegistryFile.Failure(
                path: path, reason: "state model format '\(other.format)', expected '\(CompactStateModel.currentFormat)'",
                hint: "rebuild it with guestabi registry build")
        } catch {
            throw RegistryFile.Failure(path: path, reason: "not a state model: \(error)", hint: "rebuild it with guestabi registry build")
        }
        do {
            return try compact.model()
        } catch {
            throw RegistryFile.Failure(path: path, reason: "not a state model: \(error)", hint: "rebuild it with guestabi registry build")
        }
    }

    /// The compact JSON of `model` as shipped (``CompactStateModel``).
    public static func json(_ model: StateModel) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(try CompactStateModel(model))
    }
}
