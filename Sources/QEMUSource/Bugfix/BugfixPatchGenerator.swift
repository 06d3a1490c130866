public import GuestABI

/// Writes the patch that adds a plan's bugfix machine types to one branch of a QEMU tree.
///
/// Per family file, for each machine the branch must carry: the family's `_BUGFIX` define
/// macro (added in the style of the file's own macros when missing), options functions named
/// the way the macros expect (`pc_q35_machine_10_0_14_options`) that apply the base version's
/// chain and then the fix's new values explicitly — so the planned ABI holds whatever the
/// state of the fix's own cherry-pick — and the `DEFINE_…_BUGFIX(X, Y, N)` line right after
/// the base version's. In the plan's own branch the new machine becomes the latest: the
/// alias and default move to it, as `pc-q35-4.0.1` did on 4.0-stable.
public struct BugfixPatchGenerator: Sendable {
    /// The plan.
    public var plan: BugfixPlan
    /// The tree to patch.
    public var tree: any SourceTree
    /// The branch the tree is (`10.0`), or `master`.
    public var branch: String

    /// Creates a generator.
    public init(plan: BugfixPlan, tree: any SourceTree, branch: String) {
        self.plan = plan
        self.tree = tree
        self.branch = branch
    }

    /// The unified diff, with paths relative to the tree root (`git apply` in the tree).
    public func patch() async throws(QEMUSourceError) -> String {
        let machines = plan.machines(definedIn: branch)
        guard !machines.isEmpty else {
            let known = (Set(plan.machines.flatMap(\.definedIn))).sorted().joined(separator: ", ")
            throw QEMUSourceError(
                .cannotGenerate, subject: branch, reason: "the plan adds no machine to this branch",
                hint: "give --branch one of \(known)")
        }
        // Where else class fields are set: the other family files and the shared ones.
        var others: [FamilyFileLayout] = []
        for path in FamilySource.all.map(\.file) + FamilySource.sharedArrayFiles {
            if let bytes = try await tree.read(path) { others.append(FamilyFileLayout(path: path, bytes: bytes)) }
        }
        var output = ""
        for file in FamilySource.all.map(\.file) {
            let families = Set(machines.map(\.family)).filter { Self.file(of: $0) == file }
            guard !families.isEmpty else { continue }
            guard let bytes = try await tree.read(file) else {
                throw QEMUSourceError(.cannotGenerate, subject: "\(tree.displayName)/\(file)", reason: "missing", hint: "point at a QEMU source tree")
            }
            let layout = FamilyFileLayout(path: file, bytes: bytes)
            let edits = try self.edits(for: machines.filter { families.contains($0.family) }, in: layout, others: others)
            output += UnifiedDiff.render(path: file, original: layout.lines, edits: edits)
        }
        return output
    }

    /// The family file of `family`.
    static func file(of family: MachineFamily) -> String {
        switch family {
        case .pcQ35: "hw/i386/pc_q35.c"
        case .pcI440fx, .pcLegacy, .xenfv: "hw/i386/pc_piix.c"
        case .armVirt: "hw/arm/virt.c"
        case .pseries: "hw/ppc/spapr.c"
        case .s390Ccw: "hw/s390x/s390-virtio-ccw.c"
        case .m68kVirt: "hw/m68k/virt.c"
        }
    }

    private func failure(_ layout: FamilyFileLayout, _ line: Int?, _ reason: String, _ hint: String) -> QEMUSourceError {
        QEMUSourceError(
            .cannotGenerate, subject: "\(tree.displayName)/\(layout.path)" + (line.map { ":\($0 + 1)" } ?? ""), reason: reason, hint: hint)
    }

    private func edits(
        for machines: [BugfixPlan.Machine], in layout: FamilyFileLayout, others: [FamilyFileLayout]
    ) throws(QEMUSourceError) -> [UnifiedDiff.Edit] {
        var edits: [UnifiedDiff.Edit] = []
        var newMacros: [String: [String]] = [:]  // name → lines, added after the file's last machine macro
        for machine in machines.sorted(by: { $0.version > $1.version }) {
            let base = machine.version.base
            guard let invocation = layout.invocations[base] else {
                throw failure(layout, nil, "no DEFINE_…(\(base.major), \(base.minor)) machine definition", "generate against a tree of a branch that defines \(machine.base)")
            }
            if layout.invocations[machine.version] != nil {
                throw failure(layout, layout.invocations[machine.version]!.line, "\(machine.name) is already defined", "the tree already carries this bugfix machine")
            }
            guard let plain = layout.plainMacro(for: invocation) else {
                throw failure(layout, invocation.line, "cannot find the #define of \(invocation.macro) without _AS_LATEST", "the family's define macros are not in this file")
            }
            let becomesLatest = machine.branch == branch && invocation.macro.hasSuffix("_AS_LATEST")
            let bugfixName = plain.name + "_BUGFIX" + (becomesLatest ? "_AS_LATEST" : "")
            if layout.macro(bugfixName) == nil && newMacros[bugfixName] == nil {
                let template = becomesLatest ? layout.macro(invocation.macro) ?? plain : plain
                newMacros[bugfixName] = try bugfixMacro(named: bugfixName, from: template, in: layout)
            }
            if becomesLatest {
                // The alias and default move to the bugfix machine.
                let line = layout.lines[invocation.line]
                edits.append(.init(start: invocation.line, count: 1, lines: [line.replacingFirst(invocation.macro, with: plain.name)]))
            }
            let block = try definition(of: machine, invocation: invocation, macro: bugfixName, in: layout, others: others)
            edits.append(.init(start: invocation.line + 1, count: 0, lines: block))
        }
        if !newMacros.isEmpty, let last = layout.macros.max(by: { $0.lastLine < $1.lastLine }) {
            var lines: [String] = []
            for name in newMacros.keys.sorted() { lines += [""] + newMacros[name]! }
            edits.append(.init(start: last.lastLine + 1, count: 0, lines: lines))
        }
        return Self.merged(edits)
    }

    /// Edits at the same insertion point become one (in order), so none overlap.
    private static func merged(_ edits: [UnifiedDiff.Edit]) -> [UnifiedDiff.Edit] {
        var byStart: [Int: UnifiedDiff.Edit] = [:]
        for edit in edits {
            if var existing = byStart[edit.start] {
                existing.count = max(existing.count, edit.count)
                existing.lines += edit.lines
                byStart[edit.start] = existing
            } else {
                byStart[edit.start] = edit
            }
        }
        // A replacement of line L and an insertion at L + 1 stay separate edits.
        return byStart.values.sorted { $0.start < $1.start }
    }

    /// `#define NAME_BUGFIX(major, minor, micro) \` with the template's body, whose last
    /// `major, minor` gains `, micro`.
    private func bugfixMacro(named name: String, from template: FamilyFileLayout.MachineMacro, in layout: FamilyFileLayout) throws(QEMUSourceError) -> [String] {
        guard template.parameters.count == 2 else {
            throw failure(layout, template.firstLine, "\(template.name) takes \(template.parameters.count) parameters, not (major, minor)", "add the _BUGFIX macro by hand")
        }
        let (major, minor) = (template.parameters[0], template.parameters[1])
        var lines = Array(layout.lines[template.firstLine...template.lastLine])
        lines[0] = lines[0].replacingFirst("\(template.name)(\(major), \(minor))", with: "\(name)(\(major), \(minor), micro)")
        guard lines[0].contains(name) else {
            throw failure(layout, template.firstLine, "cannot read the parameter list of \(template.name)", "add the _BUGFIX macro by hand")
        }
        for index in lines.indices.reversed() {
            if let range = lines[index].lastRange(of: "\(major), \(minor)") {
                lines[index].replaceSubrange(range, with: "\(major), \(minor), micro")
                return lines
            }
        }
        throw failure(layout, template.firstLine, "\(template.name)'s body does not pass (\(major), \(minor)) on", "add the _BUGFIX macro by hand")
    }

    /// The options functions and the define line of one bugfix machine.
    private func definition(
        of machine: BugfixPlan.Machine, invocation: FamilyFileLayout.Invocation, macro: String, in layout: FamilyFileLayout,
        others: [FamilyFileLayout]
    ) throws(QEMUSourceError) -> [String] {
        let base = machine.version.base
        let functions = layout.optionsFunctions(of: base)
        guard functions.contains(where: \.takesMachineClass) else {
            throw failure(layout, invocation.line, "no options function of \(base) takes the MachineClass", "the family does not follow QEMU's MACHINE_VER_SYM naming")
        }
        let infix = "_machine_\(base.major)_\(base.minor)_"
        let newInfix = "_machine_\(base.major)_\(base.minor)_\(machine.version.micro ?? 0)_"
        var lines: [String] = []
        for function in functions {
            let name = function.name.replacingFirst(infix, with: newInfix)
            lines += ["", "static void \(name)(\(function.parameters))", "{"]
            if function.takesMachineClass {
                lines += try body(of: machine, calling: function, in: layout, others: others)
            } else {
                lines.append("    \(function.name)(\(function.parameterName));")
            }
            lines.append("}")
        }
        // The define line, in the file's own spelling of the base version's.
        let original = layout.lines[invocation.line]
        var define = original.replacingFirst(invocation.macro, with: macro)
        define = define.replacingFirst("(\(base.major), \(base.minor))", with: "(\(base.major), \(base.minor), \(machine.version.micro ?? 0))")
        lines += ["", define]
        return lines
    }

    private func body(
        of machine: BugfixPlan.Machine, calling function: FamilyFileLayout.OptionsFunction, in layout: FamilyFileLayout,
        others: [FamilyFileLayout]
    ) throws(QEMUSourceError) -> [String] {
        let parameter = function.parameterName
        let title = plan.fix.title.replacingAll("*/", with: "* /")
        var lines = [
            "    /*",
            "     * Bugfix machine type \(machine.version): \(machine.version.base) with the fix",
            "     * \"\(title)\".",
            "     * Generated by `guestabi bugfix generate`; it must have the same ABI in",
            "     * master and in every stable branch that carries it: never change it.",
            "     */",
        ]
        if !plan.fix.compat.isEmpty {
            lines.append("    static GlobalProperty compat[] = {")
            for change in plan.fix.compat {
                lines.append("        { \(Self.cString(change.driver)), \(Self.cString(change.property)), \(Self.cString(change.new)) },")
            }
            lines.append("    };")
        }
        var declarations: [String] = []
        var assignments: [String] = []
        for change in plan.fix.classFacts {
            // The family file first; a field set through the plain MachineClass elsewhere is
            // reached the same way here.
            let elsewhere = others.lazy.compactMap { $0.classFieldAccess(change.field, parameter: parameter) }.first { $0.declaration == nil }
            guard let access = layout.classFieldAccess(change.field, parameter: parameter) ?? elsewhere else {
                throw failure(layout, nil, "the file never sets the class field \(change.field)", "set it in the generated \(machine.name) options function by hand")
            }
            if let declaration = access.declaration, !declarations.contains("    " + declaration) { declarations.append("    " + declaration) }
            assignments.append("    \(access.pointer)->\(change.field) = \(change.new);")
        }
        lines += declarations
        if !plan.fix.compat.isEmpty || !declarations.isEmpty { lines.append("") }
        lines.append("    \(function.name)(\(parameter));")
        if !plan.fix.compat.isEmpty {
            lines.append("    compat_props_add(\(parameter)->compat_props, compat, G_N_ELEMENTS(compat));")
        }
        lines += assignments
        return lines
    }

    /// A C string literal.
    static func cString(_ text: String) -> String {
        var escaped = "\""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func lastRange(of target: String) -> Range<String.Index>? {
        ranges(of: target).last
    }
}
