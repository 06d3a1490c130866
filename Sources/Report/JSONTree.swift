/// A JSON value as ``SortedJSONEncoder`` builds it: scalars inline, containers by reference so
/// that a container the encoder has handed out can keep filling the value it belongs to.
enum JSONTree {
    case string(String)
    /// A number, already spelled as JSON.
    case number(String)
    case bool(Bool)
    case null
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// Whatever a `superEncoder()` encoder holds once encoding is done (an empty object if nothing).
    case deferred(SortedJSONEncoder)
}

/// The elements of a JSON array being encoded.
final class JSONArrayBox {
    var elements: [JSONTree] = []
}

/// The members of a JSON object being encoded, in the order set. A key set again replaces its
/// value: ``PrettyJSONWriter`` writes the last value set for each key.
final class JSONObjectBox {
    var members: [(key: String, value: JSONTree)] = []

    init() {
        members.reserveCapacity(8)
    }

    func set(_ value: JSONTree, for key: String) {
        members.append((key, value))
    }

    /// The object at `key`, created (replacing any other value there) unless one is there.
    func nestedObject(for key: String) -> JSONObjectBox {
        if let index = members.lastIndex(where: { $0.key == key }) {
            if case .object(let object) = members[index].value { return object }
            let object = JSONObjectBox()
            members[index].value = .object(object)
            return object
        }
        let object = JSONObjectBox()
        members.append((key, .object(object)))
        return object
    }

    /// The array at `key`, created (replacing any other value there) unless one is there.
    func nestedArray(for key: String) -> JSONArrayBox {
        if let index = members.lastIndex(where: { $0.key == key }) {
            if case .array(let array) = members[index].value { return array }
            let array = JSONArrayBox()
            members[index].value = .array(array)
            return array
        }
        let array = JSONArrayBox()
        members.append((key, .array(array)))
        return array
    }
}
