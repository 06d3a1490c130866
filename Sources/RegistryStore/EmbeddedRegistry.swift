public import Foundation
public import GuestABI

/// The registries of real QEMU releases that guestabi ships (built from the sha256-pinned
/// corpus by `guestabi registry build`), so that diffs and verdicts need no QEMU and no tree.
public enum EmbeddedRegistry {
    /// Where the shipped files live in the source tree, relative to the package root.
    public static let sourceDirectory = "Sources/RegistryStore/Releases"

    /// The folder of shipped registry files, one `<version>.json` each.
    public static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Releases", isDirectory: true)
    }

    /// The releases shipped, oldest first.
    public static func versions() -> [QEMUVersion] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.compactMap { name -> QEMUVersion? in
            guard name.hasSuffix(".json") else { return nil }
            return try? QEMUVersion(parsing: String(name.dropLast(5)))
        }.sorted()
    }

    /// The shipped registry of `version`, or `nil` when it is not shipped.
    public static func registry(_ version: QEMUVersion) throws(RegistryFile.Failure) -> ReleaseRegistry? {
        let url = directory.appendingPathComponent("\(version).json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try RegistryFile.read(url.path)
    }
}
