import GuestABI

/// Runs a machine's class init and options chain over the statements QEMU writes in them, and
/// records what they do to the machine class: `compat_props_add(…, array, …)` appends entries,
/// `m->field = value;` sets a class fact, a call to another function of the file runs that
/// function first (the older-calls-newer chain), `if (true)` / `if (false)` from macro
/// arguments choose a branch, and `MACHINE_VER_DEPRECATION(…)` marks the rule-based
/// deprecation. Instance options (s390x) are run the same way, their effects prefixed with
/// `instance.`.
struct ChainInterpreter {
    /// Calls nested deeper than this are reported, not followed (a chain is ~80 deep at most).
    static let maximumDepth = 256

    let functions: [String: FunctionDefinition]
    let globalArrays: [String: [CompatProperty]]
    var expander: MacroExpander
    var diagnostics: [SourceDiagnostic] = []
    private var active: [String] = []
    /// Functions run so far, for every machine of the file (``SourceBudget/maximumChainCallsPerFile``).
    private var calls = 0
    /// Blocks (`{ … }`, `if`, `do`) entered and not left yet, across calls.
    private var nesting = 0
    /// Statements starting on these lines of this file are not run (a build's other branch).
    var skipped: (file: String, lines: Set<Int>)?

    init(functions: [String: FunctionDefinition], globalArrays: [String: [CompatProperty]], expander: MacroExpander) {
        self.functions = functions
        self.globalArrays = globalArrays
        self.expander = expander
    }

    /// Runs `name` and everything it calls, in order, into `state`.
    mutating func run(_ name: String, into state: inout MachineClassState, instance: Bool = false) {
        guard let function = functions[name] else { return }
        guard calls < SourceBudget.maximumChainCallsPerFile else {
            if calls == SourceBudget.maximumChainCallsPerFile {
                calls += 1
                diagnostics.append(
                    SourceDiagnostic(
                        function.location,
                        "the options chains of this file make more than \(SourceBudget.maximumChainCallsPerFile) calls; \(name) and the rest are not run"))
            }
            return
        }
        calls += 1
        if active.contains(name) || active.count >= Self.maximumDepth {
            diagnostics.append(SourceDiagnostic(function.location, "options chain loops or is too deep at \(name)"))
            return
        }
        active.append(name)
        defer { active.removeLast() }
        var locals: [String: [CompatProperty]] = [:]
        execute(function.body[...], in: function, state: &state, instance: instance, locals: &locals)
    }

    // MARK: - Statements

    private mutating func execute(
        _ tokens: ArraySlice<PPToken>, in function: FunctionDefinition, state: inout MachineClassState, instance: Bool,
        locals: inout [String: [CompatProperty]]
    ) {
        // Blocks that macros nest deeper than any real function are not run (each is a recursion).
        guard nesting < SourceBudget.maximumNestingDepth else {
            if let first = tokens.first {
                diagnostics.append(
                    SourceDiagnostic(
                        first.location, "\(function.name): blocks nested more than \(SourceBudget.maximumNestingDepth) deep are not read"))
            }
            return
        }
        nesting += 1
        defer { nesting -= 1 }
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            if token.isPunctuator(";") {
                index += 1
            } else if token.isPunctuator("{") {
                let close = TopLevelDeclarations.closing(tokens, from: index) ?? tokens.endIndex
                execute(tokens[(index + 1)..<max(close, index + 1)], in: function, state: &state, instance: instance, locals: &locals)
                index = close + 1
            } else if token.isIdentifier, token.text == "if" {
                index = executeIf(tokens, at: index, in: function, state: &state, instance: instance, locals: &locals)
            } else if token.isIdentifier, token.text == "do" {
                // `do { … } while (0);` as macros write it: run the block once.
                let block = branch(tokens, at: index + 1)
                execute(tokens[block], in: function, state: &state, instance: instance, locals: &locals)
                index = statementEnd(tokens, from: block.upperBound) + 1
            } else if let skipped, token.location.file == skipped.file, skipped.lines.contains(token.location.line) {
                index = statementEnd(tokens, from: index) + 1
            } else {
                let end = statementEnd(tokens, from: index)
                simpleStatement(Array(tokens[index..<end]), in: function, state: &state, instance: instance, locals: &locals)
                index = end + 1
            }
        }
    }

    /// The index of the `;` ending the statement at `start` (or the end).
    func statementEnd(_ tokens: ArraySlice<PPToken>, from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < tokens.endIndex {
            let token = tokens[index]
            if token.kind == .punctuator {
                switch token.text {
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth -= 1
                case ";" where depth == 0: return index
                default: break
                }
            }
            index += 1
        }
        return tokens.endIndex
    }

    private mutating func executeIf(
        _ tokens: ArraySlice<PPToken>, at start: Int, in function: FunctionDefinition, state: inout MachineClassState,
        instance: Bool, locals: inout [String: [CompatProperty]]
    ) -> Int {
        let open = start + 1
        guard open < tokens.endIndex, tokens[open].isPunctuator("("),
            let close = TopLevelDeclarations.closing(tokens, from: open)
        else { return statementEnd(tokens, from: start) + 1 }
        let condition = Array(tokens[(open + 1)..<close]).normalizedText
        let thenRange = branch(tokens, at: close + 1)
        var next = thenRange.upperBound
        var elseRange: Range<Int>?
        if next < tokens.endIndex, tokens[next].isIdentifier, tokens[next].text == "else" {
            elseRange = branch(tokens, at: next + 1)
            next = elseRange!.upperBound
        }
        let chosen: Range<Int>?
        switch condition {
        case "true", "1": chosen = thenRange
        case "false", "0": chosen = elseRange
        default:
            diagnostics.append(
                SourceDiagnostic(
                    tokens[start].location, "\(function.name): condition '\(condition)' depends on the build or host; both branches skipped",
                    severity: .warning))
            chosen = nil
        }
        if let chosen {
            execute(tokens[chosen], in: function, state: &state, instance: instance, locals: &locals)
        }
        return next
    }

    /// The token range of the statement or block at `start`.
    private func branch(_ tokens: ArraySlice<PPToken>, at start: Int) -> Range<Int> {
        guard start < tokens.endIndex else { return start..<start }
        if tokens[start].isPunctuator("{") {
            let close = TopLevelDeclarations.closing(tokens, from: start) ?? tokens.endIndex - 1
            return start..<(close + 1)
        }
        return start..<min(statementEnd(tokens, from: start) + 1, tokens.endIndex)
    }
}
