import GuestABI

/// The preprocessor conditions (`#ifdef CONFIG_XEN`) that enclose each line of a file, so a
/// machine defined under one can say so.
struct ConditionalRegions: Sendable {
    private struct Region {
        var lines: ClosedRange<Int>
        var condition: String
    }

    private var regions: [Region] = []

    init(_ stream: CTokenStream) {
        var stack: [(line: Int, condition: String)] = []
        let tokens = stream.tokens
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .directive else { continue }
            let name = MacroTable.directiveName(stream.text(tokens[index]))
            var end = index + 1
            while end < tokens.count, tokens[end].kind != .endOfDirective { end += 1 }
            let argument = (index + 1..<end).map { stream.ppToken(at: $0) }.normalizedText
            let line = tokens[index].line
            switch name {
            case "if": stack.append((line, argument))
            case "ifdef": stack.append((line, "defined(\(argument))"))
            case "ifndef": stack.append((line, "!defined(\(argument))"))
            case "elif", "else":
                if let open = stack.popLast() {
                    regions.append(Region(lines: open.line...line, condition: open.condition))
                    let next = name == "else" ? "!(\(open.condition))" : argument
                    stack.append((line, next))
                }
            case "endif":
                if let open = stack.popLast() {
                    regions.append(Region(lines: open.line...line, condition: open.condition))
                }
            default: break
            }
            index = end
        }
        // Include guards (`#ifndef HW_FOO_H`) wrap whole headers; they say nothing about a line.
        regions.removeAll { $0.condition.hasPrefix("!defined(") && $0.condition.hasSuffix("_H)") }
    }

    /// The condition of a TCG build's code (`#ifdef CONFIG_TCG`).
    static let tcgBuild = "defined(CONFIG_TCG)"

    /// The lines only a build without TCG compiles (the `#else` of `#ifdef CONFIG_TCG`, an
    /// `#ifndef CONFIG_TCG`). guestabi judges TCG builds (the only accelerator its lab runs).
    var linesWithoutTCG: Set<Int> {
        var lines: Set<Int> = []
        for region in regions where region.condition == "!(\(Self.tcgBuild))" || region.condition == "!defined(CONFIG_TCG)" {
            lines.formUnion(region.lines)
        }
        return lines
    }

    /// The conditions around `line`, outermost first, joined with `&&`; nil when none.
    func condition(at line: Int) -> String? {
        let enclosing = regions.filter { $0.lines.contains(line) }.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
        guard !enclosing.isEmpty else { return nil }
        return enclosing.map(\.condition).joined(separator: " && ")
    }
}
