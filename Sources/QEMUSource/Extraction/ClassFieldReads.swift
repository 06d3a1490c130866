import GuestABI

/// Where a tree reads each machine-class field that some machine's options chain sets, and
/// what each read makes of a difference in it: the effect of a class fact comes from its
/// consumers in the tree, each with its `file:line`.
///
/// A read is `ptr->field` or `obj.field` not followed by an assignment. It is classified by the
/// statement (or the `if` condition) it sits in, then by the enclosing function and file:
/// - it feeds a firmware table the guest reads (an ACPI, SMBIOS or fw_cfg builder: a call or
///   name with the prefix `aml_`, `acpi_`, `build_`, `smbios_` or `fw_cfg_`, or a file of those
///   builders) → `guest-visible`, at the guest's next boot;
/// - it feeds the flattened device tree given to the guest (a name holding `fdt`) →
///   `guest-visible`, likewise;
/// - it is only tested together with the tree's "create default devices" switch (a name holding
///   `defaults`), or only passed to a call that creates NICs from `-nic`/`-net` (a callee holding
///   `_nic`) → it matters only to VMs created from defaults (``ClassFieldUse/defaultsOnly``);
/// - anything else → `unknown`, with the place, never silently harmless.
///
/// Field names are short and shared by unrelated structures (`irq`), so a read counts only in
/// the folders of the files that set the field and in the machine code every target shares
/// (``sharedFolders``).
enum ClassFieldReads {
    /// Folders whose code serves every machine: the machine core, the firmware-table builders
    /// (ACPI, SMBIOS, fw_cfg) and the system emulator's start-up.
    static let sharedFolders = ["hw/core/", "hw/acpi/", "hw/smbios/", "hw/nvram/", "system/", "softmmu/"]

    /// The reads of the class facts `machines` set, in the `.c` files of `files`.
    static func uses(of machines: [MachineDefinition], in files: [String: [UInt8]]) async -> ClassFieldUses {
        var folders: [String: Set<String>] = [:]
        for machine in machines {
            for fact in machine.classFacts {
                guard let file = fact.source.location?.file else { continue }
                folders[fact.field, default: []].insert(folder(of: file))
            }
        }
        return await uses(of: folders, in: files)
    }

    /// The folder part of `path`, with its slash (`hw/i386/`).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The reads of each field of `fields` (field → the folders that set it) in `files`.
    static func uses(of fields: [String: Set<String>], in files: [String: [UInt8]]) async -> ClassFieldUses {
        guard !fields.isEmpty else { return .empty }
        let paths = files.keys.filter { $0.hasSuffix(".c") }.sorted()
        // A read counts in a shared folder or in a folder that sets the field, and a file reads
        // a field only where its bytes spell the field's name: a file whose folder sets none, or
        // which spells none of the fields that count there, is not tokenized.
        let allNames = NeedleSet(fields.keys.map { Array($0.utf8) })
        var fieldsSetIn: [String: [String]] = [:]
        for (field, folders) in fields {
            for folder in folders { fieldsSetIn[folder, default: []].append(field) }
        }
        let namesSetIn = fieldsSetIn.mapValues { names in NeedleSet(names.map { Array($0.utf8) }) }
        let taskCount = 8
        let found = await withTaskGroup(of: [ClassFieldUse].self) { group in
            for task in 0..<taskCount {
                group.addTask {
                    var uses: [ClassFieldUse] = []
                    for index in stride(from: task, to: paths.count, by: taskCount) {
                        let path = paths[index]
                        let shared = sharedFolders.contains { path.hasPrefix($0) }
                        guard let names = shared ? allNames : namesSetIn[folder(of: path)], let bytes = files[path],
                            names.occurs(in: bytes)
                        else { continue }
                        uses += reads(of: fields, in: CTokenizer(bytes: bytes, file: paths[index]).tokenize(), file: paths[index])
                    }
                    return uses
                }
            }
            var all: [ClassFieldUse] = []
            for await uses in group { all += uses }
            return all
        }
        var byField: [String: [ClassFieldUse]] = [:]
        for use in found { byField[use.field, default: []].append(use) }
        return ClassFieldUses(uses: byField.mapValues { $0.sorted { ($0.location, $0.function) < ($1.location, $1.function) } })
    }

    /// The reads of `fields` in one tokenized file.
    static func reads(of fields: [String: Set<String>], in stream: CTokenStream, file: String) -> [ClassFieldUse] {
        let tokens = stream.tokens
        let shared = sharedFolders.contains { file.hasPrefix($0) }
        let folder = folder(of: file)
        var uses: [ClassFieldUse] = []
        var depth = 0
        var function = ""
        var lastName = ""
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .punctuator:
                if stream.matches(token, "{") {
                    depth += 1
                    if depth == 1 { function = lastName }
                } else if stream.matches(token, "}") {
                    depth = max(0, depth - 1)
                }
            case .identifier:
                if depth == 0, index + 1 < tokens.count, stream.matches(tokens[index + 1], "(") { lastName = stream.text(token) }
                guard index > 0, stream.matches(tokens[index - 1], "->") || stream.matches(tokens[index - 1], ".") else { continue }
                let name = stream.text(token)
                guard let setters = fields[name], shared || setters.contains(folder), !isAssigned(at: index, in: stream) else { continue }
                let statement = statementNames(around: index, in: stream)
                let (effect, defaultsOnly, why) = classify(statement: statement, function: function, file: file)
                uses.append(
                    ClassFieldUse(
                        field: name, location: "\(file):\(token.line)", function: depth > 0 ? function : "(file scope)",
                        effect: effect, defaultsOnly: defaultsOnly, why: why))
            default:
                continue
            }
        }
        return uses
    }

    /// True when the field at `index` is the target of an assignment (`=`, `+=`, `|=`…).
    private static func isAssigned(at index: Int, in stream: CTokenStream) -> Bool {
        guard index + 1 < stream.tokens.count else { return false }
        let next = stream.tokens[index + 1]
        guard next.kind == .punctuator else { return false }
        let text = stream.text(next)
        return text == "=" || (text.count >= 2 && text.hasSuffix("=") && !["==", "!=", "<=", ">="].contains(text))
    }

    /// The identifiers of the statement (or `if`/`while` condition) holding `index`: back to the
    /// previous `;`, `{` or `}`, forward to the next `;` or `{`.
    private static func statementNames(around index: Int, in stream: CTokenStream) -> [String] {
        let tokens = stream.tokens
        var start = index
        while start > 0 {
            let token = tokens[start - 1]
            if token.kind == .punctuator && (stream.matches(token, ";") || stream.matches(token, "{") || stream.matches(token, "}")) { break }
            if token.kind == .directive || token.kind == .endOfDirective { break }
            start -= 1
        }
        var end = index
        while end + 1 < tokens.count {
            let token = tokens[end + 1]
            if token.kind == .punctuator && (stream.matches(token, ";") || stream.matches(token, "{")) { break }
            if token.kind == .endOfDirective { break }
            end += 1
        }
        return tokens[start...end].filter { $0.kind == .identifier }.map(stream.text)
    }

    private static let firmwarePrefixes = ["aml_", "acpi_", "build_", "smbios_", "fw_cfg_"]
    private static let firmwareFileWords = ["acpi", "smbios", "fw_cfg"]

    /// The effect of one read, whether it matters only to VMs created from defaults, and why.
    private static func classify(statement: [String], function: String, file: String) -> (MigrationReason.Effect, Bool, String) {
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        if let name = statement.first(where: { name in firmwarePrefixes.contains { name.hasPrefix($0) } }) {
            return (.guestVisible, false, "feeds a firmware table the guest reads (\(name)), seen at its next boot")
        }
        if firmwarePrefixes.contains(where: { function.hasPrefix($0) }) {
            return (.guestVisible, false, "read by the firmware-table builder \(function), seen by the guest at its next boot")
        }
        if file.hasPrefix("hw/acpi/") || file.hasPrefix("hw/smbios/") || firmwareFileWords.contains(where: { fileName.contains($0) }) {
            return (.guestVisible, false, "read by a firmware-table builder (\(fileName)), seen by the guest at its next boot")
        }
        if statement.contains(where: { $0.contains("fdt") }) || function.contains("fdt") {
            return (.guestVisible, false, "feeds the device tree the guest reads (\(function)), seen at its next boot")
        }
        if statement.contains(where: { $0.contains("defaults") }) {
            return (.unknown, true, "tested only when the VM is created with default devices (\(function))")
        }
        if statement.contains(where: { $0.contains("_nic") }) {
            return (.unknown, true, "passed only to the creation of NICs configured by -nic/-net (\(function))")
        }
        return (.unknown, false, "read by \(function) (\(fileName)): what it does there is not classified")
    }
}
