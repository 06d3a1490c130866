/// The checks of QEMU's `scripts/vmstate-static-checker.py`, written anew: for every section of
/// the source dump, does the destination have it, with versions it accepts, the same fields
/// (names, order, sizes, `unused` padding), descriptions and subsections? Findings carry the
/// checker's own wording, so the two can be compared line by line.
///
/// One quirk is kept for parity: at section level (no description) the checker does not report
/// a `minimum_version_id` error.
///
/// The dumps are read as ``JSONDocument``s: values are node indices, names are compared as bytes,
/// and a string is made only for a finding's text or a rename lookup.
public struct VMStateChecker {
    private let source: JSONDocument
    private let destination: JSONDocument
    private var findings: [VMStateFinding] = []

    /// Compares `source` with `destination` (both `-dump-vmstate` documents: objects keyed by
    /// device type). A repeated machine-type mismatch warning is not a finding.
    public static func check(source: JSONDocument, destination: JSONDocument) -> [VMStateFinding] {
        var checker = VMStateChecker(source: source, destination: destination)
        checker.run(source.members(source.root), destination.memberTable(destination.root))
        return checker.findings.sorted()
    }

    private init(source: JSONDocument, destination: JSONDocument) {
        self.source = source
        self.destination = destination
    }

    private mutating func run(_ members: [(key: Int, value: Int)], _ sections: [String: Int]) {
        for (key, s) in members {
            let section = source.string(key)
            var target = section
            if sections[target] == nil {
                target = VMStateRenames.otherName(of: section) ?? ""
                if sections[target] == nil {
                    add(section, .sectionMissing, nil, "Section \"\(section)\" does not exist in dest")
                    continue
                }
            }
            guard let d = sections[target] else { continue }
            if section == "vmschkmachine" { continue }
            checkVersion(VMStateEntries(source, s), VMStateEntries(destination, d), section, nil)
            for (entryKey, value) in source.members(s) {
                guard let other = destination.member(matching: entryKey, of: source, in: d) else {
                    let entry = source.string(entryKey)
                    add(section, .entryMissing, entry, "Section \"\(section)\": Entry \"\(entry)\" missing")
                    continue
                }
                if source.stringEquals(entryKey, "Description") { checkDescriptions(value, other, section) }
            }
        }
    }

    private mutating func add(_ section: String, _ kind: VMStateFinding.Kind, _ subject: String?, _ message: String) {
        findings.append(VMStateFinding(section: section, kind: kind, subject: subject, message: message))
    }

    // MARK: - Checks

    private mutating func checkVersion(
        _ s: VMStateEntries, _ d: VMStateEntries, _ section: String, _ description: String?
    ) {
        let sVersion = s.versionID
        let dVersion = d.versionID
        let sourceVersion = source.doubleValue(sVersion) ?? 0
        if sourceVersion > destination.doubleValue(dVersion) ?? 0 {
            let prefix = "Section \"\(section)\"" + (description.map { " Description \"\($0)\":" } ?? "")
            add(
                section, .versionTooNew, description,
                "\(prefix) version error: \(Self.number(source, sVersion)) > \(Self.number(destination, dVersion))")
        }
        guard let minimum = d.minimumVersionID, let description else { return }
        if sourceVersion < destination.doubleValue(minimum) ?? 0 {
            add(
                section, .versionTooOld, description,
                "Section \"\(section)\" Description \"\(description)\": minimum version error: "
                    + "\(Self.number(source, sVersion)) < \(Self.number(destination, minimum))")
        }
    }

    private mutating func checkDescriptions(_ s: Int, _ d: Int, _ section: String) {
        let sEntries = VMStateEntries(source, s)
        let dEntries = VMStateEntries(destination, d)
        let name = source.stringValue(sEntries.name) ?? ""
        checkVersion(sEntries, dEntries, section, name)
        if !sameText(sEntries.name, dEntries.name) {
            let otherName = destination.stringValue(dEntries.name) ?? ""
            if !VMStateRenames.sameField(section, name, otherName) {
                add(
                    section, .descriptionRenamed, name,
                    "Section \"\(section)\": Description \"\(name)\" missing, got \"\(otherName)\" instead; skipping")
                return
            }
        }
        for (entryKey, value) in source.members(s) {
            guard let other = destination.member(matching: entryKey, of: source, in: d) else {
                let entry = source.string(entryKey)
                add(section, .entryMissing, entry, "Section \"\(section)\" Description \"\(name)\": Entry \"\(entry)\" missing")
                continue
            }
            if source.stringEquals(entryKey, "Fields") { checkFields(value, other, name, section) }
            if source.stringEquals(entryKey, "Subsections") { checkSubsections(value, other, name, section) }
        }
    }

    private mutating func checkSubsections(_ sList: Int, _ dList: Int, _ description: String, _ section: String) {
        for s in source.elements(sList) {
            let name = Self.string(source, VMStateEntries(source, s).name)
            var found = false
            for d in destination.elements(dList) {
                let otherName = Self.string(destination, VMStateEntries(destination, d).name)
                // Names compared as optionals: two subsections without a name match.
                let matches: Bool =
                    switch (name, otherName) {
                    case (nil, nil): true
                    case (let name?, let otherName?): source.stringsEqual(name, destination, otherName)
                    default: false
                    }
                guard matches else { continue }
                found = true
                checkDescriptions(s, d, section)
            }
            if !found {
                let subject = source.stringValue(name)
                let text = subject ?? ""
                add(
                    section, .subsectionMissing, subject,
                    "Section \"\(section)\", Description \"\(description)\": Subsection \"\(text)\" not found")
            }
        }
    }

    private mutating func checkDescriptionInList(
        _ s: VMStateEntries, _ d: VMStateEntries, _ section: String, _ description: String
    ) {
        guard let nested = s.description else { return }
        guard let other = d.description else {
            let field = text(source, s.field)
            add(
                section, .descriptionMissing, field,
                "Section \"\(section)\", Description \"\(description)\", Field \"\(field)\": missing description")
            return
        }
        checkDescriptions(nested, other, section)
    }

    private mutating func checkSize(_ s: VMStateEntries, _ d: VMStateEntries, _ section: String, _ description: String) {
        // As the script compares: unequal values, and unequal as numbers.
        let sValue = source.value(s.size)
        let dValue = destination.value(d.size)
        if sValue != dValue, sValue?.doubleValue != dValue?.doubleValue {
            let field = text(source, s.field)
            add(
                section, .sizeMismatch, field,
                "Section \"\(section)\" Description \"\(description)\" Field \"\(field)\" size mismatch: "
                    + "\(Self.number(sValue)) , \(Self.number(dValue))")
        }
    }

    // MARK: - Fields

    /// Walks both field lists in step: a renamed field, a field that moved into a nested
    /// description, and `unused` padding that stands for fields of the same total size are
    /// matched; the first real difference ends the comparison of this description.
    private mutating func checkFields(_ sList: Int, _ dList: Int, _ description: String, _ section: String) {
        // An iterator over one list of fields, kept on a stack while a nested description is read.
        var sCursor = source.elements(sList).makeIterator()
        var dCursor = destination.elements(dList).makeIterator()
        var sStack: [JSONDocument.Elements.Iterator] = []
        var dStack: [JSONDocument.Elements.Iterator] = []
        var advanceSource = true
        var advanceDestination = true
        var unused = 0.0
        // The current fields' entries; both are set before their first use, as each list is
        // advanced first.
        var s = VMStateEntries()
        var d = VMStateEntries()
        var prefix: String { "Section \"\(section)\", Description \"\(description)\":" }
        while true {
            if advanceSource {
                guard let next = sCursor.next() else {
                    guard let outer = sStack.popLast() else { break }
                    sCursor = outer
                    continue
                }
                s = VMStateEntries(source, next)
            } else if unused == 0 {
                advanceSource = true
            }
            if advanceDestination {
                guard let next = dCursor.next() else {
                    guard let outer = dStack.popLast() else {
                        let field = text(source, s.field)
                        add(
                            section, .fieldsMissing, field,
                            "\(prefix) expected field \"\(field)\", while dest has no further fields")
                        break
                    }
                    dCursor = outer
                    advanceSource = false
                    continue
                }
                d = VMStateEntries(destination, next)
            } else if unused == 0 {
                advanceDestination = true
            }
            if unused != 0 {
                if !advanceDestination {
                    unused -= source.doubleValue(s.size) ?? 0
                    if unused == 0 {
                        advanceDestination = true
                        continue
                    }
                    if unused < 0 {
                        let field = text(source, s.field)
                        add(section, .unusedSizeMismatch, field, "\(prefix) unused size mismatch near \" \(field)\"")
                        break
                    }
                    continue
                }
                if !advanceSource {
                    unused -= destination.doubleValue(d.size) ?? 0
                    if unused == 0 {
                        advanceSource = true
                        continue
                    }
                    if unused < 0 {
                        let field = text(destination, d.field)
                        add(section, .unusedSizeMismatch, field, "\(prefix) unused size mismatch near \" \(field)\"")
                        break
                    }
                    continue
                }
            }
            if !sameText(s.field, d.field) {
                let sField = text(source, s.field)
                let dField = text(destination, d.field)
                if !VMStateRenames.sameField(description, sField, dField) {
                    if let nested = Self.substructFields(destination, d, startingWith: sField) {
                        dStack.append(dCursor)
                        dCursor = destination.elements(nested).makeIterator()
                        advanceSource = false
                        continue
                    }
                    if let nested = Self.substructFields(source, s, startingWith: dField) {
                        sStack.append(sCursor)
                        sCursor = source.elements(nested).makeIterator()
                        advanceDestination = false
                        continue
                    }
                    if sField == "unused" || dField == "unused" {
                        let sSize = Self.totalSize(source, s)
                        let dSize = Self.totalSize(destination, d)
                        if sSize == dSize { continue }
                        if dField == "unused" {
                            advanceDestination = false
                            unused = dSize - sSize
                            continue
                        }
                        if sField == "unused" {
                            advanceSource = false
                            unused = sSize - dSize
                            continue
                        }
                    }
                    add(
                        section, .fieldMismatch, sField,
                        "\(prefix) expected field \"\(sField)\", got \"\(dField)\"; skipping rest")
                    break
                }
            }
            checkVersion(s, d, section, description)
            if s.description == nil { checkSize(s, d, section, description) }
            checkDescriptionInList(s, d, section, description)
        }
    }

    /// A string member's text: `""` when it is missing or not a string (as the script's
    /// `.get(..., "")` reads it).
    private func text(_ document: JSONDocument, _ value: Int?) -> String {
        document.stringValue(value) ?? ""
    }

    /// `value` when it is a string; `nil` when it is missing or another kind of value.
    private static func string(_ document: JSONDocument, _ value: Int?) -> Int? {
        guard let value, document.kind(value) == .string else { return nil }
        return value
    }

    /// True when a source value and a destination value read as the same text, where a value
    /// that is missing or not a string reads as `""` (as the script's `.get(..., "")` does).
    private func sameText(_ s: Int?, _ d: Int?) -> Bool {
        switch (Self.string(source, s), Self.string(destination, d)) {
        case (nil, nil): return true
        case (let sString?, let dString?): return source.stringsEqual(sString, destination, dString)
        case (let sString?, nil): return source.stringEquals(sString, "")
        case (nil, let dString?): return destination.stringEquals(dString, "")
        }
    }

    /// The field list of `item`'s nested description when its first field is `name` (or a known
    /// rename of it); `nil` otherwise.
    private static func substructFields(_ document: JSONDocument, _ item: VMStateEntries, startingWith name: String) -> Int? {
        guard let nested = item.description else { return nil }
        let entries = VMStateEntries(document, nested)
        guard let fields = entries.fields, document.kind(fields) == .array,
            let first = document.elements(fields).first(where: { _ in true })
        else { return nil }
        let firstField = document.stringValue(VMStateEntries(document, first).field) ?? ""
        let nestedName = document.stringValue(entries.name) ?? ""
        return VMStateRenames.sameField(nestedName, firstField, name) ? fields : nil
    }

    private static func totalSize(_ document: JSONDocument, _ item: VMStateEntries) -> Double {
        let size = document.doubleValue(item.size) ?? 0
        guard let count = document.doubleValue(item.num) else { return size }
        return size * count
    }

    /// A number as Python prints an `int` (or a `float` with a fraction).
    static func number(_ document: JSONDocument, _ value: Int?) -> String {
        number(document.value(value))
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
