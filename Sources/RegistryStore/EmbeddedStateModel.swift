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
    public static func model(_ version: QEMUVersion) throws(RegistryFile.Failure) -> StateModel? {
        let url = EmbeddedRegistry.directory.appendingPathComponent(fileName(version))
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(StateModel.self, from: data)
        } catch {
            throw RegistryFile.Failure(path: url.path, reason: "not a state model: \(error)", hint: "rebuild it with guestabi registry build")
        }
    }

    /// The compact JSON of `model` as shipped.
    public static func json(_ model: StateModel) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(model)
    }
}
