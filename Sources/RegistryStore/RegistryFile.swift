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
        case unsupportedSchema(String)
        case earlierCompactForm(String)

        private enum Keys: String, CodingKey {
            case format, schema
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            let format = try container.decodeIfPresent(String.self, forKey: .format)
            guard container.contains(.schema) else {
                self = .noSchema
                return
            }
            // A number outside the supported range, or no whole number at all, is refused by name.
            let number = try? container.decode(Double.self, forKey: .schema)
            guard let number, number == number.rounded(), RegistryFile.supportedSchemas.contains(Int(exactly: number) ?? -1) else {
                let text = (try? container.decode(String.self, forKey: .schema)).map { "'\($0)'" } ?? number.map { "\($0)" } ?? "that"
                self = .unsupportedSchema(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
                return
            }
            if let format, CompactRegistry.earlierFormatNames.contains(format) {
                self = .earlierCompactForm(format)
            } else if format == CompactRegistry.formatName {
                self = .registry(try CompactRegistry(from: decoder).expanded())
            } else {
                self = .registry(try ReleaseRegistry(from: decoder))
            }
        }
    }

    /// The registry schema versions this guestabi reads.
    public static let supportedSchemas = 1...ReleaseRegistry.currentSchema

    /// Decodes a registry from `data` in either form; `path` names it in errors.
    public static func decode(_ data: Data, path: String) throws(Failure) -> ReleaseRegistry {
        let decoder = JSONDecoder()
        do {
            switch try decoder.decode(Document.self, from: data) {
            case .registry(let registry):
                return registry
            case .noSchema:
                throw Failure(path: path, reason: "not a guestabi registry (no \"schema\" key)", hint: "give the output of `guestabi extract --format json` or `guestabi registry build`")
            case .earlierCompactForm(let format):
                throw Failure(
                    path: path, reason: "a compact registry in the earlier form '\(format)', which this guestabi no longer reads",
                    hint: "regenerate it with `guestabi registry build` (or give the full form of `guestabi extract --format json`)")
            case .unsupportedSchema(let schema):
                throw Failure(
                    path: path,
                    reason: "registry schema \(schema) is not supported; this guestabi reads schema \(supportedSchemas.lowerBound) to \(supportedSchemas.upperBound)",
                    hint: "regenerate the file with this guestabi (`guestabi extract --format json`), or use the guestabi that wrote it")
            }
        } catch let failure as Failure {
            throw failure
        } catch let error as GuestABIError {
            throw Failure(path: path, reason: error.description, hint: "regenerate the file")
        } catch let error as DecodingError {
            throw Failure(path: path, reason: JSONProblem.describe(error, in: data), hint: "give the output of `guestabi extract --format json` or `guestabi registry build`")
        } catch {
            throw Failure(path: path, reason: "cannot be decoded as a registry", hint: "give the output of `guestabi extract --format json` or `guestabi registry build`")
        }
    }

    /// Reads the registry file at `path`.
    public static func read(_ path: String) throws(Failure) -> ReleaseRegistry {
        let data: Data
        do {
            data = try FileContents.read(path)
        } catch {
            throw Failure(path: path, reason: "cannot read: \(error)", hint: "give a registry JSON file (a regular file or a pipe)")
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
}
