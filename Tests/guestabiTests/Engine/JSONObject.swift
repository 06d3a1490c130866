import Foundation

/// A parsed JSON document for assertions on command output.
struct JSONObject {
    let value: Any

    init(_ text: String) throws {
        value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    private init(raw: Any) { value = raw }

    subscript(key: String) -> JSONObject? {
        (value as? [String: Any])?[key].map { JSONObject(raw: $0) }
    }

    var array: [JSONObject] { ((value as? [Any]) ?? []).map { JSONObject(raw: $0) } }
    var string: String? { value as? String }
    var int: Int? { value as? Int }
    var keys: Set<String> { Set((value as? [String: Any])?.keys.map { $0 } ?? []) }
}
