import Foundation
import GuestABI
import QEMUSource

/// The real QEMU trees that scripts/qemu-sources.sh unpacks, extracted once per test process.
enum CorpusTrees {
    static let root = ProcessInfo.processInfo.environment["QEMU_CORPUS"] ?? "/var/cache/qemu-corpus"
    static let releases = ["5.2.0", "7.2.0", "10.0.2", "10.0.13", "10.2.2"]

    static var available: Bool {
        releases.allSatisfy { FileManager.default.fileExists(atPath: "\(root)/\($0)/VERSION") }
    }

    static func path(_ release: String) -> String { "\(root)/\(release)" }

    private static let cache = RegistryCache()

    /// The registry of a corpus release, extracted on first use.
    static func registry(_ release: String) async throws -> ReleaseRegistry {
        try await cache.registry(release)
    }

    private actor RegistryCache {
        var registries: [String: ReleaseRegistry] = [:]

        func registry(_ release: String) async throws -> ReleaseRegistry {
            if let cached = registries[release] { return cached }
            let registry = try await TreeExtractor(tree: DirectoryTree(root: CorpusTrees.path(release))).extract()
            registries[release] = registry
            return registry
        }
    }
}
