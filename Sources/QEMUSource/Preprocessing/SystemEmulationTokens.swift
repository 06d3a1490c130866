extension CTokenStream {
    /// The tokens outside preprocessor directives that a build without `macro` defined
    /// compiles, as far as `#ifdef macro` / `#ifndef macro` / `#if defined(macro)` and their
    /// `#else` decide; every other conditional keeps all its branches (as ``ppTokens(skippingDirectives:)``).
    ///
    /// The migration-state reader drops `CONFIG_USER_ONLY` code this way: user-mode emulation
    /// never migrates, and a register's `.type` written in both branches of an initializer
    /// (`#ifdef CONFIG_USER_ONLY .type = ARM_CP_CONST … #else .type = ARM_CP_NO_RAW`) must be
    /// the system emulator's.
    func ppTokens(undefining macro: String) -> [PPToken] {
        // Per open conditional: nil when it does not test `macro`, else whether its current
        // branch is compiled.
        var stack: [Bool?] = []
        var result: [PPToken] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .directive else {
                if !stack.contains(false) { result.append(ppToken(at: index)) }
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, tokens[end].kind != .endOfDirective { end += 1 }
            let argument = (index + 1..<end).map { ppToken(at: $0) }.normalizedText.filter { $0 != " " }
            switch MacroTable.directiveName(text(token)) {
            case "ifdef": stack.append(argument == macro ? false : nil)
            case "ifndef": stack.append(argument == macro ? true : nil)
            case "if":
                if argument == "defined(\(macro))" || argument == "defined\(macro)" {
                    stack.append(false)
                } else if argument == "!defined(\(macro))" || argument == "!defined\(macro)" {
                    stack.append(true)
                } else {
                    stack.append(nil)
                }
            case "elif":
                // After a compiled branch no other is; after a skipped one the `#elif` decides,
                // which this does not evaluate: keep it.
                if let last = stack.popLast() { stack.append(last.map { $0 ? false : nil } ?? nil) }
            case "else":
                if let last = stack.popLast() { stack.append(last.map { !$0 }) }
            case "endif":
                _ = stack.popLast()
            default: break
            }
            index = end + 1
        }
        return result
    }
}
