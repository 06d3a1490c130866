import Foundation
import GuestABI
import RegistryStore

/// What a `check` spends before its verdict: decoding one embedded release's registry (of which
/// its property model) and its migration-state model, each timed alone (median of `runs`), on
/// one core. A check decodes two releases, one per core.
enum LoadBenchmark {
    static func run(runs: Int) throws -> Bool {
        print("release   registry ms  (properties ms)  state model ms  total ms")
        for version in EmbeddedRegistry.versions() {
            let url = EmbeddedRegistry.directory.appendingPathComponent("\(version).json")
            let data = try Data(contentsOf: url)
            let registry = Stopwatch.median((0..<runs).map { _ in Stopwatch.time { _ = try? RegistryFile.read(url.path) }.seconds })
            let properties = try propertiesJSON(data)
            let property = Stopwatch.median(
                (0..<runs).map { _ in Stopwatch.time { _ = try? JSONDecoder().decode(PropertyModel.self, from: properties) }.seconds })
            let state = Stopwatch.median((0..<runs).map { _ in Stopwatch.time { _ = try? EmbeddedStateModel.model(version) }.seconds })
            print(
                String(
                    format: "%-9@ %11.1f  %15.1f  %14.1f  %8.1f", "\(version)" as NSString, registry * 1000, property * 1000, state * 1000,
                    (registry + state) * 1000))
        }
        return true
    }

    /// The `properties` member of a registry file, as JSON of its own.
    private static func propertiesJSON(_ data: Data) throws -> Data {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any], let properties = object["properties"] else {
            return Data("{}".utf8)
        }
        return try JSONSerialization.data(withJSONObject: properties)
    }
}
