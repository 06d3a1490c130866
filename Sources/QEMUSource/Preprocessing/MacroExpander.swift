import GuestABI

/// Expands C macros over a token list the way the C preprocessor does: object-like and
/// function-like macros, `#` stringification, `##` pasting, `__VA_ARGS__`, arguments expanded
/// before substitution, and rescanning of each replacement together with the tokens after it
/// (which QEMU's `_MACHINE_VER_PICK(...)(args)` trick relies on). Each token carries the set of
/// macros it came out of (``HideSets``), so a macro is never expanded inside its own expansion.
///
/// Tokens produced by an expansion take the location of the outermost invocation, so whatever a
/// recogniser finds in them points at the line that wrote the macro call; argument tokens keep
/// their own.
struct MacroExpander {
    /// A token and the hide set of the macros it came out of.
    struct Item {
        var token: PPToken
        var hidden: HideSets.ID
    }

    /// Budget of macro expansions for one call of `expand`, so a pathological input ends.
    static let expansionBudget = 200_000
    /// Arguments nested deeper than this are not expanded (each level is a recursion).
    static let maximumArgumentDepth = SourceBudget.maximumNestingDepth

    let table: MacroTable
    /// Names left as they are even when defined: markers a recogniser reads itself.
    let frozen: Set<String>
    private(set) var diagnostics: [SourceDiagnostic] = []
    private var hideSets = HideSets()
    private var budget = MacroExpander.expansionBudget
    /// Tokens the current `expand` call may still produce (``SourceBudget/maximumTokensPerExpansion``).
    private var tokenBudget = SourceBudget.maximumTokensPerExpansion
    /// Tokens all calls may still produce (``SourceBudget/maximumExpandedTokensPerFile``).
    private var fileTokenBudget = SourceBudget.maximumExpandedTokensPerFile
    /// Whether running out of `fileTokenBudget` was reported.
    private var reportedFileBudget = false
    /// Nesting of argument expansions.
    private var depth = 0

    init(table: MacroTable, frozen: Set<String> = []) {
        self.table = table
        self.frozen = frozen
    }

    /// The fully expanded form of `tokens`.
    mutating func expand(_ tokens: [PPToken]) -> [PPToken] {
        budget = Self.expansionBudget
        tokenBudget = SourceBudget.maximumTokensPerExpansion
        guard !isExhausted else { return tokens }
        let expanded = expand(items: tokens.map { Item(token: $0, hidden: HideSets.empty) }, site: nil)
        // An expansion cut short by a budget is no C anyone compiles: give the tokens back as written.
        return isExhausted ? tokens : expanded.map(\.token)
    }

    /// Whether a budget ran out during the current call (or the file's budget at all).
    private var isExhausted: Bool {
        budget <= 0 || tokenBudget <= 0 || fileTokenBudget <= 0
    }

    // MARK: - Expansion

    /// Expands `items`; `site` is the location replacement tokens take (nil at the outermost
    /// level, where each invocation's own location is used).
    private mutating func expand(items: [Item], site: SourceLocation?) -> [Item] {
        guard depth < Self.maximumArgumentDepth else {
            if budget >= 0, let first = items.first {
                diagnostics.append(
                    SourceDiagnostic(
                        first.token.location,
                        "macro arguments nested more than \(Self.maximumArgumentDepth) deep at \(first.token.text); not expanded"))
                budget = -1
            }
            return items
        }
        depth += 1
        defer { depth -= 1 }
        // Most arguments name no macro (a string, a field name): they expand to themselves.
        // (A loop, not `contains(where: isExpandable)`: that closure would copy the expander.)
        var anyExpandable = false
        for item in items where isExpandable(item) {
            anyExpandable = true
            break
        }
        guard anyExpandable else { return items }
        // The input as a stack, its next token last, so a replacement is pushed in front cheaply.
        var input = Array(items.reversed())
        var output: [Item] = []
        output.reserveCapacity(items.count)
        while let item = input.popLast() {
            let token = item.token
            // The table first: most identifiers are no macro, and one lookup settles that.
            guard token.kind == .identifier, let macro = table[token.text], !hideSets.contains(item.hidden, macro),
                !frozen.contains(token.text)
            else {
                output.append(item)
                continue
            }
            guard !isExhausted else {
                // Whatever is left is not expanded; the caller drops it.
                reportExhaustedBudget(at: token)
                output.append(item)
                output.append(contentsOf: input.reversed())
                break
            }
            budget -= 1
            let location = site ?? token.location
            var replacement: [Item]
            if let parameters = macro.parameters {
                guard let open = input.last, open.token.isPunctuator("(") else {
                    output.append(item)  // A function-like macro's name without arguments.
                    continue
                }
                input.removeLast()
                guard let (arguments, close) = collectArguments(&input) else {
                    diagnostics.append(SourceDiagnostic(token.location, "unterminated arguments of macro \(token.text)"))
                    output.append(item)
                    output.append(open)
                    continue
                }
                let hidden = hideSets.inserting(macro, into: hideSets.intersection(item.hidden, close.hidden))
                replacement = substitute(macro, parameters: parameters, arguments: arguments, hidden: hidden, site: location)
            } else {
                let hidden = hideSets.inserting(macro, into: item.hidden)
                replacement = substitute(macro, parameters: [], arguments: [], hidden: hidden, site: location)
            }
            tokenBudget -= replacement.count
            fileTokenBudget -= replacement.count
            input.append(contentsOf: replacement.reversed())
        }
        return output
    }

    /// Whether the loop of ``expand(items:site:)`` would expand the macro `item` names.
    private func isExpandable(_ item: Item) -> Bool {
        guard item.token.kind == .identifier, let macro = table[item.token.text] else { return false }
        return !hideSets.contains(item.hidden, macro) && !frozen.contains(item.token.text)
    }

    /// Reports, once per `expand` call (once per file for the file's budget), which budget
    /// stopped the expansion at `token`; the rest of the call's tokens stay unexpanded.
    private mutating func reportExhaustedBudget(at token: PPToken) {
        if fileTokenBudget <= 0 {
            guard !reportedFileBudget else { return }
            reportedFileBudget = true
            diagnostics.append(
                SourceDiagnostic(
                    token.location,
                    "macro expansions of this file produce more than \(SourceBudget.maximumExpandedTokensPerFile) tokens; "
                        + "\(token.text) and the rest are not expanded"))
        } else if budget >= 0 {
            let what =
                budget == 0
                ? "more than \(Self.expansionBudget) macro expansions"
                : "more than \(SourceBudget.maximumTokensPerExpansion) tokens"
            diagnostics.append(SourceDiagnostic(token.location, "macro expansion too large at \(token.text): \(what); the rest is not expanded"))
        }
        budget = -1
    }

    /// Reads arguments up to the `)` matching an already consumed `(`; top-level commas split
    /// them. Returns nil when the input ends first.
    private func collectArguments(_ input: inout [Item]) -> ([[Item]], Item)? {
        var arguments: [[Item]] = [[]]
        var depth = 0
        while let item = input.popLast() {
            let token = item.token
            if token.kind == .punctuator, let byte = token.singleByte {
                switch byte {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")") where depth == 0: return (arguments, item)
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                case UInt8(ascii: ",") where depth == 0:
                    arguments.append([])
                    continue
                default: break
                }
            }
            arguments[arguments.count - 1].append(item)
        }
        return nil
    }

    // MARK: - Substitution

    private mutating func substitute(
        _ macro: MacroDefinition, parameters: [String], arguments: [[Item]], hidden: HideSets.ID, site: SourceLocation
    ) -> [Item] {
        // Arguments by parameter index; body tokens know the index of the parameter they name.
        var argumentFor: [[Item]?] = Array(repeating: nil, count: parameters.count)
        for (index, name) in parameters.enumerated() {
            if name == "__VA_ARGS__", macro.isVariadic {
                // Everything from here on, commas included.
                var rest: [Item] = []
                for (offset, argument) in arguments.dropFirst(index).enumerated() {
                    if offset > 0 {
                        rest.append(Item(token: PPToken(kind: .punctuator, text: ",", location: site), hidden: HideSets.empty))
                    }
                    rest.append(contentsOf: argument)
                }
                argumentFor[index] = rest
            } else {
                argumentFor[index] = index < arguments.count ? arguments[index] : []
            }
        }
        /// The argument of the parameter that the body token at `position` names, if any.
        func argument(at position: Int) -> (parameter: Int, items: [Item])? {
            guard position < macro.bodyParameterIndices.count else { return nil }
            let parameter = macro.bodyParameterIndices[position]
            guard parameter >= 0, parameter < argumentFor.count, let items = argumentFor[parameter] else { return nil }
            return (parameter, items)
        }
        var expandedCache: [[Item]?] = Array(repeating: nil, count: parameters.count)
        let body = macro.body
        let operators = macro.bodyOperators
        var output: [Item] = []
        var index = 0
        var pasteNext = false
        while index < body.count {
            let token = body[index]
            let nextIsPaste = index + 1 < body.count && operators[index + 1] == MacroDefinition.pasteMark
            var piece: [Item]
            if macro.isFunctionLike, operators[index] == MacroDefinition.stringifyMark, index + 1 < body.count,
                let (_, argument) = argument(at: index + 1)
            {
                piece = [Item(token: stringify(argument, site: site), hidden: HideSets.empty)]
                index += 1
            } else if operators[index] == MacroDefinition.pasteMark {
                pasteNext = true
                index += 1
                continue
            } else if token.kind == .identifier, let (parameter, argument) = argument(at: index) {
                if pasteNext || nextIsPaste {
                    piece = argument
                } else if let cached = expandedCache[parameter] {
                    piece = cached
                } else {
                    piece = expand(items: argument, site: site)
                    if isExhausted { return [] }
                    expandedCache[parameter] = piece
                }
            } else {
                var copy = token
                copy.location = site
                piece = [Item(token: copy, hidden: HideSets.empty)]
            }
            if pasteNext {
                pasteNext = false
                if let last = output.popLast() {
                    if let first = piece.first {
                        output.append(Item(token: paste(last.token, first.token), hidden: HideSets.empty))
                        output.append(contentsOf: piece.dropFirst())
                    } else {
                        output.append(last)
                    }
                } else {
                    output.append(contentsOf: piece)
                }
            } else {
                output.append(contentsOf: piece)
            }
            if output.count > tokenBudget || output.count > fileTokenBudget {
                // One substitution larger than what the budget has left: stop before building it.
                tokenBudget = 0
                reportExhaustedBudget(at: piece.first?.token ?? PPToken(kind: .identifier, text: macro.name, location: site))
                return []
            }
            index += 1
        }
        for position in output.indices {
            output[position].hidden = hideSets.union(output[position].hidden, hidden)
        }
        return output
    }

    private func stringify(_ argument: [Item], site: SourceLocation) -> PPToken {
        var text = ""
        for (offset, item) in argument.enumerated() {
            if offset > 0, item.token.precededBySpace { text += " " }
            if item.token.kind == .string || item.token.kind == .character {
                for character in item.token.text {
                    if character == "\"" || character == "\\" { text.append("\\") }
                    text.append(character)
                }
            } else {
                text += item.token.text
            }
        }
        return PPToken(kind: .string, text: "\"" + text + "\"", location: site)
    }

    private func paste(_ left: PPToken, _ right: PPToken) -> PPToken {
        let text = left.text + right.text
        let kind: CToken.Kind
        switch text.utf8.first {
        case let byte? where byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")):
            kind = .identifier
        case let byte? where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"):
            kind = .number
        default:
            kind = left.kind
        }
        return PPToken(kind: kind, text: text, location: left.location, precededBySpace: left.precededBySpace)
    }
}
