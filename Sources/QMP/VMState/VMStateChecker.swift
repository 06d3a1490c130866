/// The checks of QEMU's `scripts/vmstate-static-checker.py`, written anew: for every section of
/// the source dump, does the destination have it, with versions it accepts, the same fields
/// (names, order, sizes, `unused` padding), descriptions and subsections? Findings carry the
/// checker's own wording, so the two can be compared line by line.
///
/// One quirk is kept for parity: at section level (no description) the checker does not report
/// a `minimum_version_id` error.
public struct VMStateChecker {
    private var findings: [VMStateFinding] = []

    /// Compares `source` with `destination` (both `-dump-vmstate` documents: objects keyed by
    /// device type). A repeated machine-type mismatch warning is not a finding.
    public static func check(source: JSONValue, destination: JSONValue) -> [VMStateFinding] {
        var checker = VMStateChecker()
        checker.run(source: source.objectValue ?? [:], destination: destination.objectValue ?? [:])
        return checker.findings.sorted()
    }

    private mutating func run(source: [String: JSONValue], destination: [String: JSONValue]) {
        for (section, s) in source {
            var target = section
            if destination[target] == nil {
                target = VMStateRenames.otherName(of: section) ?? ""
                if destination[target] == nil {
                    add(section, .sectionMissing, nil, "Section \"\(section)\" does not exist in dest")
                    continue
                }
            }
            guard let d = destination[target] else { continue }
            if section == "vmschkmachine" { continue }
            checkVersion(s, d, section, nil)
            for (entry, value) in s.objectValue ?? [:] {
                guard let other = d[entry] else {
                    add(section, .entryMissing, entry, "Section \"\(section)\": Entry \"\(entry)\" missing")
                    continue
                }
                if entry == "Description" { checkDescriptions(value, other, section) }
            }
        }
    }

    private mutating func add(_ section: String, _ kind: VMStateFinding.Kind, _ subject: String?, _ message: String) {
        findings.append(VMStateFinding(section: section, kind: kind, subject: subject, message: message))
    }

    // MARK: - Checks

    private mutating func checkVersion(_ s: JSONValue, _ d: JSONValue, _ section: String, _ description: String?) {
        let sourceVersion = s["version_id"]?.doubleValue ?? 0
        let prefix = "Section \"\(section)\"" + (description.map { " Description \"\($0)\":" } ?? "")
        if sourceVersion > d["version_id"]?.doubleValue ?? 0 {
            add(
                section, .versionTooNew, description,
                "\(prefix) version error: \(Self.number(s["version_id"])) > \(Self.number(d["version_id"]))")
        }
        guard let minimum = d["minimum_version_id"], let description else { return }
        if sourceVersion < minimum.doubleValue ?? 0 {
            add(
                section, .versionTooOld, description,
                "Section \"\(section)\" Description \"\(description)\": minimum version error: "
                    + "\(Self.number(s["version_id"])) < \(Self.number(minimum))")
        }
    }

    private mutating func checkDescriptions(_ s: JSONValue, _ d: JSONValue, _ section: String) {
        let name = s["name"]?.stringValue ?? ""
        let otherName = d["name"]?.stringValue ?? ""
        checkVersion(s, d, section, name)
        if !VMStateRenames.sameField(section, name, otherName) {
            add(
                section, .descriptionRenamed, name,
                "Section \"\(section)\": Description \"\(name)\" missing, got \"\(otherName)\" instead; skipping")
            return
        }
        for (entry, value) in s.objectValue ?? [:] {
            guard let other = d[entry] else {
                add(section, .entryMissing, entry, "Section \"\(section)\" Description \"\(name)\": Entry \"\(entry)\" missing")
                continue
            }
            if entry == "Fields" { checkFields(value.arrayValue ?? [], other.arrayValue ?? [], name, section) }
            if entry == "Subsections" { checkSubsections(value.arrayValue ?? [], other.arrayValue ?? [], name, section) }
        }
    }

    private mutating func checkSubsections(_ source: [JSONValue], _ destination: [JSONValue], _ description: String, _ section: String) {
        for s in source {
            let name = s["name"]?.stringValue
            var found = false
            for d in destination where d["name"]?.stringValue == name {
                found = true
                checkDescriptions(s, d, section)
            }
            if !found {
                add(
                    section, .subsectionMissing, name,
                    "Section \"\(section)\", Description \"\(description)\": Subsection \"\(name ?? "")\" not found")
            }
        }
    }

    private mutating func checkDescriptionInList(_ s: JSONValue, _ d: JSONValue, _ section: String, _ description: String) {
        guard let nested = s["Description"] else { return }
        guard let other = d["Description"] else {
            let field = s["field"]?.stringValue ?? ""
            add(
                section, .descriptionMissing, field,
                "Section \"\(section)\", Description \"\(description)\", Field \"\(field)\": missing description")
            return
        }
        checkDescriptions(nested, other, section)
    }

    private mutating func checkSize(_ s: JSONValue, _ d: JSONValue, _ section: String, _ description: String, _ field: String) {
        if s["size"] != d["size"], s["size"]?.doubleValue != d["size"]?.doubleValue {
            add(
                section, .sizeMismatch, field,
                "Section \"\(section)\" Description \"\(description)\" Field \"\(field)\" size mismatch: "
                    + "\(Self.number(s["size"])) , \(Self.number(d["size"]))")
        }
    }

    // MARK: - Fields

    /// An iterator over one list of fields, kept on a stack while a nested description is read.
    private struct Cursor {
        var items: [JSONValue]
        var position = 0
        mutating func next() -> JSONValue? {
            guard position < items.count else { return nil }
            defer { position += 1 }
            return items[position]
        }
    }

    /// Walks both field lists in step: a renamed field, a field that moved into a nested
    /// description, and `unused` padding that stands for fields of the same total size are
    /// matched; the first real difference ends the comparison of this description.
    private mutating func checkFields(_ source: [JSONValue], _ destination: [JSONValue], _ description: String, _ section: String) {
        var sCursor = Cursor(items: source)
        var dCursor = Cursor(items: destination)
        var sStack: [Cursor] = []
        var dStack: [Cursor] = []
        var advanceSource = true
        var advanceDestination = true
        var unused = 0.0
        var s = JSONValue.null
        var d = JSONValue.null
        func field(_ item: JSONValue) -> String { item["field"]?.stringValue ?? "" }
        let prefix = "Section \"\(section)\", Description \"\(description)\":"
        while true {
            if advanceSource {
                guard let next = sCursor.next() else {
                    guard let outer = sStack.popLast() else { break }
                    sCursor = outer
                    continue
                }
                s = next
            } else if unused == 0 {
                advanceSource = true
            }
            if advanceDestination {
                guard let next = dCursor.next() else {
                    guard let outer = dStack.popLast() else {
                        add(
                            section, .fieldsMissing, field(s),
                            "\(prefix) expected field \"\(field(s))\", while dest has no further fields")
                        break
                    }
                    dCursor = outer
                    advanceSource = false
                    continue
                }
                d = next
            } else if unused == 0 {
                advanceDestination = true
            }
            if unused != 0 {
                if !advanceDestination {
                    unused -= s["size"]?.doubleValue ?? 0
                    if unused == 0 {
                        advanceDestination = true
                        continue
                    }
                    if unused < 0 {
                        add(section, .unusedSizeMismatch, field(s), "\(prefix) unused size mismatch near \" \(field(s))\"")
                        break
                    }
                    continue
                }
                if !advanceSource {
                    unused -= d["size"]?.doubleValue ?? 0
                    if unused == 0 {
                        advanceSource = true
                        continue
                    }
                    if unused < 0 {
                        add(section, .unusedSizeMismatch, field(d), "\(prefix) unused size mismatch near \" \(field(d))\"")
                        break
                    }
                    continue
                }
            }
            if !VMStateRenames.sameField(description, field(s), field(d)) {
                if Self.startsSubstruct(d, with: field(s)), let nested = d["Description"]?["Fields"]?.arrayValue {
                    dStack.append(dCursor)
                    dCursor = Cursor(items: nested)
                    advanceSource = false
                    continue
                }
                if Self.startsSubstruct(s, with: field(d)), let nested = s["Description"]?["Fields"]?.arrayValue {
                    sStack.append(sCursor)
                    sCursor = Cursor(items: nested)
                    advanceDestination = false
                    continue
                }
                if field(s) == "unused" || field(d) == "unused" {
                    let sSize = Self.totalSize(s)
                    let dSize = Self.totalSize(d)
                    if sSize == dSize { continue }
                    if field(d) == "unused" {
                        advanceDestination = false
                        unused = dSize - sSize
                        continue
                    }
                    if field(s) == "unused" {
                        advanceSource = false
                        unused = sSize - dSize
                        continue
                    }
                }
                add(
                    section, .fieldMismatch, field(s),
                    "\(prefix) expected field \"\(field(s))\", got \"\(field(d))\"; skipping rest")
                break
            }
            checkVersion(s, d, section, description)
            if s["Description"] == nil { checkSize(s, d, section, description, field(s)) }
            checkDescriptionInList(s, d, section, description)
        }
    }

    /// True when `item` has a nested description whose first field is `name` (or a known
    /// rename of it).
    private static func startsSubstruct(_ item: JSONValue, with name: String) -> Bool {
        guard let nested = item["Description"], let fields = nested["Fields"]?.arrayValue, let first = fields.first
        else { return false }
        return VMStateRenames.sameField(nested["name"]?.stringValue ?? "", first["field"]?.stringValue ?? "", name)
    }

    private static func totalSize(_ item: JSONValue) -> Double {
        let size = item["size"]?.doubleValue ?? 0
        guard let count = item["num"]?.doubleValue else { return size }
        return size * count
    }

    /// A number as Python prints an `int` (or a `float` with a fraction).
    static func number(_ value: JSONValue?) -> String {
        switch value {
        case .int(let number)?: String(number)
        case .uint(let number)?: String(number)
        case .double(let number)?: String(number)
        case let other?: String(decoding: other.jsonBytes, as: UTF8.self)
        case nil: "None"
        }
    }
}
