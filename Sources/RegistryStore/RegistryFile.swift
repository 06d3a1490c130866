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

    /// A registry file read in one pass: its `format` and `schema` keys are looked at first,
    /// then the same decoder decodes the body in the form they name, so the JSON is scanned
    /// once rather than once for the keys and again for the body.
    private enum Document: Decodable {
        case registry(ReleaseRegistry)
        case noSchema
        case newerSchema(Int)

        private enum Keys: String, CodingKey {
            case format, schema
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            let format = try container.decodeIfPresent(String.self, forKey: .format)
            guard let schema = try container.decodeIfPresent(Int.self, forKey: .schema) else {
                self = .noSchema
                return
            }
            guard schema <= ReleaseRegistry.currentSchema else {
                self = .newerSchema(schema)
                return
            }
            if format == CompactRegistry.formatName {
                self = .registry(try CompactRegistry(from: decoder).expanded())
            } else {
                self = .registry(try ReleaseRegistry(from: decoder))
            }
        }
    }

    /// Decodes a registry from `data` in either form; `path` names it in errors.
    public static func decode(_ data: Data, path: String) throws(Failure) -> ReleaseRegistry {
        let decoder = JSONDecoder()
        do {
            switch try decoder.decode(Document.self, from: data) {
            case .registry(let registry):
                return registry
            case .noSchema:
                throw Failure(path: path, reason: "not a guestabi registry (no \"schema\" key)", hint: "give the output of `guestabi extract --format json` or `guestabi registry build`")
            case .newerSchema(let schema):
                throw Failure(path: path, reason: "registry schema \(schema) is newer than this guestabi reads (\(ReleaseRegistry.currentSchema))", hint: "upgrade guestabi or regenerate the file")
            }
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
            data = try FileContents.read(path)
        } catch {
            throw Failure(path: path, reason: "cannot read: \(error)", hint: "check the path")
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
