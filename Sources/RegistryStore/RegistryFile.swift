public import Foundation
public import GuestABI

/// Reads and writes registry JSON files: the full form `guestabi extract --format json` prints
/// and the compact form the embedded registry ships (``CompactRegistry``).
public enum RegistryFile {
    /// An error reading or writing a registry file: the path, what is wrong and what to do.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file.
        public var path: String
        /// What is wrong.
        public var reason: String
        /// How to fix it.
        public var hint: String

        public var description: String { "\(path): \(reason); \(hint)" }
    }

    private struct FormatProbe: Decodable {
        var format: String?
        var schema: Int?
    }

    /// Decodes a registry from `data` in either form; `path` names it in errors.
    public static func decode(_ data: Data, path: String) throws(Failure) -> ReleaseRegistry {
        let decoder = JSONDecoder()
        do {
            let probe = try decoder.decode(FormatProbe.self, from: data)
            guard let schema = probe.schema else {
                throw Failure(path: path, reason: "not a guestabi registry (no \"schema\" key)", hint: "give the output of `guestabi extract --format json` or `guestabi registry build`")
            }
            guard schema <= ReleaseRegistry.currentSchema else {
                throw Failure(path: path, reason: "registry schema \(schema) is newer than this guestabi reads (\(ReleaseRegistry.currentSchema))", hint: "upgrade guestabi or regenerate the file")
            }
            if probe.format == CompactRegistry.formatName {
                return try decoder.decode(CompactRegistry.self, from: data).expanded()
            }
            return try decoder.decode(ReleaseRegistry.self, from: data)
        } catch let failure as Failure {
            throw failure
        } catch let error as GuestABIError {
            throw Failure(path: path, reason: error.description, hint: "regenerate the file")
        } catch let error as DecodingError {
            throw Failure(path: path, reason: describe(error), hint: "give the output of `guestabi extract --format json` or `guestabi registry build`")
        } catch {
            throw Failure(path: path, reason: "\(error)", hint: "check the file")
        }
    }

    /// Reads the registry file at `path`.
    public static func read(_ path: String) throws(Failure) -> ReleaseRegistry {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(path: path, reason: "cannot read: \(error.localizedDescription)", hint: "check the path")
        }
        return try decode(data, path: path)
    }

    /// The compact JSON of `registry`: keys sorted, one key per line, so regenerating the
    /// same release gives the same bytes and a readable diff.
    public static func compactJSON(_ registry: ReleaseRegistry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(CompactRegistry(registry))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .dataCorrupted(let context): return "invalid JSON\(path(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context): return "missing key \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context): return "wrong type\(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
