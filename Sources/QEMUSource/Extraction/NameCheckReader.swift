public import GuestABI

/// Reads how a tree's migration destination compares the machine type name it receives
/// (``MachineNameCheck``) from `migration/savevm.c`, with the project's tokenizer: the function
/// `configuration_post_load`, the string comparison in it that involves the local machine's
/// name (`MACHINE_GET_CLASS(…)->name`), its length argument, and any length guard beside it in
/// the same `if` condition.
///
/// Shapes it knows, each backed by real binaries:
/// - `strncmp(state->name, local, state->len)` where the tree's vmstate declares `len` as the
///   size of the `name` buffer: ``MachineNameCheck/Rule/prefix`` (QEMU 2.x to today).
/// - the same call with a `state->len != strlen(local) ||` guard in the condition, or
///   `strcmp`/`g_str_equal`/`g_strcmp0` of the two names: ``MachineNameCheck/Rule/wholeName``.
///
/// Anything else is ``MachineNameCheck/Rule/unknown`` with the reason.
public enum NameCheckReader {
    /// The file holding the check.
    public static let file = "migration/savevm.c"
    /// The function holding the check.
    public static let function = "configuration_post_load"

    /// The check read from the bytes of ``file``.
    public static func read(_ bytes: [UInt8], file: String = Self.file) -> MachineNameCheck {
        analyse(CTokenizer(bytes: bytes, file: file).tokenize()).check
    }

    /// Where a prefix-only check's condition is, for a patch: the `if` line, and the line and
    /// byte column of the condition's first token; with the length and local name as written.
    struct Site {
        var ifLine: Int
        var conditionLine: Int
        var conditionColumn: Int
        var length: String
        var local: String
    }

    /// The site of the check in `bytes` when it compares a prefix inside an `if` condition.
    static func prefixSite(_ bytes: [UInt8], file: String = Self.file) -> Site? {
        let stream = CTokenizer(bytes: bytes, file: file).tokenize()
        let (check, found) = analyse(stream)
        guard check.rule == .prefix, let found, let ifToken = found.ifToken, let first = found.condition?.first else { return nil }
        // The raw token after `if (` on the `if` line, for its byte column.
        for index in stream.tokens.indices.dropLast(2) {
            let token = stream.tokens[index]
            guard token.line == ifToken.location.line, stream.matches(token, "if"), stream.matches(stream.tokens[index + 1], "(") else { continue }
            let conditionToken = stream.tokens[index + 2]
            var lineStart = conditionToken.start
            while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            return Site(
                ifLine: ifToken.location.line, conditionLine: first.location.line, conditionColumn: conditionToken.start - lineStart,
                length: found.length.normalizedText, local: found.local.normalizedText)
        }
        return nil
    }

    /// The tokens a reading found: the `if` holding the comparison, its condition, and the
    /// comparison's length and local-name arguments.
    private struct Found {
        var ifToken: PPToken?
        var condition: [PPToken]?
        var length: [PPToken]
        var local: [PPToken]
    }

    private static func analyse(_ stream: CTokenStream) -> (check: MachineNameCheck, found: Found?) {
        let file = stream.file
        let tokens = stream.ppTokens()
        let declarations = TopLevelDeclarations(tokens)
        guard let definition = declarations.functions[function] else {
            return (unknown(nil, "\(file) defines no function \(function)"), nil)
        }
        let body = definition.body
        let locals = localMachineNames(in: body)
        let calls = comparisonCalls(in: body).filter { call in call.arguments.contains { denotesLocalName($0, locals: locals) } }
        guard let call = calls.first else {
            return (unknown(definition.location, "\(function) compares no string with the local machine name (MACHINE_GET_CLASS(…)->name)"), nil)
        }
        guard calls.count == 1 else {
            return (unknown(call.location, "\(function) compares the local machine name \(calls.count) times; guestabi reads one comparison"), nil)
        }
        let enclosing = enclosingCondition(of: call.range, in: body)
        let condition = enclosing?.condition
        let comparison = (condition ?? Array(body[call.range])).normalizedText
        func result(_ rule: MachineNameCheck.Rule, _ reason: String? = nil) -> (check: MachineNameCheck, found: Found?) {
            let found = call.arguments.count == 3
                ? Found(
                    ifToken: enclosing?.ifToken, condition: condition, length: call.arguments[2],
                    local: call.arguments.first { denotesLocalName($0, locals: locals) } ?? [])
                : nil
            return (MachineNameCheck(rule: rule, function: function, comparison: comparison, location: call.location, reason: reason), found)
        }
        guard let received = call.arguments.first(where: { !denotesLocalName($0, locals: locals) }) else {
            return result(.unknown, "both names compared are the local one")
        }
        switch call.name {
        case "strcmp", "g_strcmp0", "g_str_equal":
            return call.arguments.count == 2 ? result(.wholeName) : result(.unknown, "\(call.name) with \(call.arguments.count) arguments")
        case "strncmp", "memcmp":
            guard call.arguments.count == 3 else { return result(.unknown, "\(call.name) with \(call.arguments.count) arguments") }
            let length = call.arguments[2]
            guard let receivedField = memberAccess(received), let lengthField = memberAccess(length), receivedField.object == lengthField.object
            else {
                return result(.unknown, "the length compared, '\(length.normalizedText)', is not a field of the received state ('\(received.normalizedText)')")
            }
            guard sizesBuffer(lengthField.field, of: receivedField.field, in: tokens) else {
                return result(
                    .unknown,
                    "no vmstate field in \(file) declares '\(lengthField.field)' as the size of the received '\(receivedField.field)' buffer, so what '\(length.normalizedText)' holds is not known")
            }
            let guarded = condition.map { hasLengthGuard($0, length: length, locals: locals) } ?? false
            return result(guarded ? .wholeName : .prefix)
        default:
            return result(.unknown, "\(call.name) is not a comparison guestabi knows")
        }
    }

    private static func unknown(_ location: SourceLocation?, _ reason: String) -> MachineNameCheck {
        MachineNameCheck(rule: .unknown, function: function, location: location, reason: reason)
    }

    // MARK: - The local name

    /// Identifiers the body initializes from `MACHINE_GET_CLASS(…)->name`.
    private static func localMachineNames(in body: [PPToken]) -> Set<String> {
        var names: Set<String> = []
        for statement in body.splitTopLevel(on: ";") {
            guard let equals = statement.firstIndex(where: { $0.isPunctuator("=") }), equals > 0, statement[equals - 1].isIdentifier else {
                continue
            }
            if isMachineClassName(Array(statement[(equals + 1)...])) { names.insert(statement[equals - 1].text) }
        }
        return names
    }

    /// `MACHINE_GET_CLASS(x)->name`, possibly cast.
    private static func isMachineClassName(_ tokens: [PPToken]) -> Bool {
        guard tokens.count >= 2, tokens[tokens.count - 1].text == "name", tokens[tokens.count - 2].isPunctuator("->") else { return false }
        return tokens.contains { $0.isIdentifier && $0.text == "MACHINE_GET_CLASS" }
    }

    private static func denotesLocalName(_ argument: [PPToken], locals: Set<String>) -> Bool {
        if argument.count == 1, argument[0].isIdentifier { return locals.contains(argument[0].text) }
        return isMachineClassName(argument)
    }

    // MARK: - The comparison

    private struct Call {
        var name: String
        var arguments: [[PPToken]]
        /// The call's tokens in the body, name to `)`.
        var range: ClosedRange<Int>
        var location: SourceLocation
    }

    private static let comparisonFunctions: Set<String> = ["strcmp", "strncmp", "memcmp", "g_strcmp0", "g_str_equal"]

    private static func comparisonCalls(in body: [PPToken]) -> [Call] {
        var calls: [Call] = []
        var index = 0
        while index + 1 < body.count {
            defer { index += 1 }
            let token = body[index]
            guard token.isIdentifier, comparisonFunctions.contains(token.text), body[index + 1].isPunctuator("("),
                let close = TopLevelDeclarations.closing(body, from: index + 1)
            else { continue }
            let arguments = body[(index + 2)..<close].splitTopLevel()
            calls.append(Call(name: token.text, arguments: arguments, range: index...close, location: token.location))
        }
        return calls
    }

    /// `object->field` or `object.field`.
    private static func memberAccess(_ tokens: [PPToken]) -> (object: String, field: String)? {
        guard tokens.count == 3, tokens[0].isIdentifier, tokens[1].isPunctuator("->") || tokens[1].isPunctuator("."), tokens[2].isIdentifier
        else { return nil }
        return (tokens[0].text, tokens[2].text)
    }

    /// Whether a `VMSTATE_VBUFFER…(buffer, Type, …, size)` in the file sizes `buffer` by `size`.
    private static func sizesBuffer(_ size: String, of buffer: String, in tokens: [PPToken]) -> Bool {
        for index in tokens.indices where tokens[index].isIdentifier && tokens[index].text.hasPrefix("VMSTATE_VBUFFER") {
            guard index + 1 < tokens.count, tokens[index + 1].isPunctuator("("),
                let close = TopLevelDeclarations.closing(tokens, from: index + 1)
            else { continue }
            let arguments = tokens[(index + 2)..<close].splitTopLevel()
            guard arguments.count >= 3, arguments[0].normalizedText == buffer, arguments[arguments.count - 1].normalizedText == size else {
                continue
            }
            return true
        }
        return false
    }

    /// The `if` whose parentheses hold `range`, and its condition.
    private static func enclosingCondition(of range: ClosedRange<Int>, in body: [PPToken]) -> (ifToken: PPToken, condition: [PPToken])? {
        var index = range.lowerBound - 1
        while index > 0 {
            if body[index].isPunctuator("("), body[index - 1].isIdentifier, body[index - 1].text == "if",
                let close = TopLevelDeclarations.closing(body, from: index), close > range.upperBound
            {
                return (body[index - 1], Array(body[(index + 1)..<close]))
            }
            if body[index].isPunctuator(";") || body[index].isPunctuator("{") || body[index].isPunctuator("}") { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether one `||` operand of `condition` is `length != strlen(local)` (either way round):
    /// then a name of another length is refused before the prefix is compared.
    private static func hasLengthGuard(_ condition: [PPToken], length: [PPToken], locals: Set<String>) -> Bool {
        let lengthText = length.normalizedText
        for operand in condition.splitTopLevel(on: "||") {
            let sides = operand.splitTopLevel(on: "!=")
            guard sides.count == 2 else { continue }
            for (one, other) in [(sides[0], sides[1]), (sides[1], sides[0])] where one.normalizedText == lengthText {
                if other.count >= 4, other[0].text == "strlen", other[1].isPunctuator("("), other[other.count - 1].isPunctuator(")"),
                    denotesLocalName(Array(other[2..<(other.count - 1)]), locals: locals)
                {
                    return true
                }
            }
        }
        return false
    }
}
