import GuestABI
import OrderedCollections

/// Turns one `TypeInfo` of a family file into a machine definition, when it is a versioned
/// machine type: reads its name, runs its class init (and instance options), and applies the
/// tree's lifecycle rule.
struct MachineRecogniser {
    /// The suffix QEMU's QOM type names of machines carry (`TYPE_MACHINE_SUFFIX`).
    static let typeSuffix = "-machine"

    let variable: InitializedVariable
    let target: Target
    let qemuVersion: QEMUVersion
    let rule: LifecycleRule
    let declarations: TopLevelDeclarations
    /// The version each register function passes to `MACHINE_VER_DELETION(…)`, by the name of
    /// the `TypeInfo` it registers (see ``deletionVersions(in:)``).
    let deletionVersions: [String: MachineVersion]
    /// The abstract machine types the file declares, whose class inits run first.
    let ancestry: MachineAncestry
    /// The lines of the family file only a build without TCG compiles.
    var linesWithoutTCG: Set<Int> = []

    func machine(interpreter: inout ChainInterpreter, condition: String?) -> MachineDefinition? {
        let fields = MachineAncestry.designatedFields(variable.initializer)
        // `MACHINE_TYPE_NAME(x)` expands to `(x TYPE_MACHINE_SUFFIX)`: drop the parentheses.
        guard let nameTokens = fields["name"]?.filter({ !$0.isPunctuator("(") && !$0.isPunctuator(")") }),
            let typeName = nameTokens.concatenatedString,
            typeName.hasSuffix(Self.typeSuffix)
        else { return nil }
        let name = String(typeName.dropLast(Self.typeSuffix.count))
        guard let parsed = try? MachineTypeName(parsing: name, target: target) else { return nil }
        var inherited = MachineClassState()
        // A parent's class init as a TCG build compiles it (`#ifdef CONFIG_TCG` picks the
        // default CPU model of virt): its other build's branch is not run.
        interpreter.skipped = (variable.location.file, linesWithoutTCG)
        for parentInit in ancestry.classInits(parent: fields["parent"], expander: &interpreter.expander) {
            interpreter.run(parentInit, into: &inherited)
        }
        interpreter.skipped = nil
        var state = MachineClassState()
        if let classInit = fields["class_init"]?.first?.text {
            interpreter.run(classInit, into: &state)
        }
        for initFunction in instanceFunctions(fields: fields, state: state) {
            interpreter.run(initFunction, into: &state, instance: true)
        }
        let explicitlyDeprecated = state.metadataString("deprecation_reason") != nil
        let ruleDeprecated = state.versionedDeprecation.map { rule.isDeprecated($0, at: qemuVersion) } ?? false
        let deleted = deletionVersions[variable.name].map { rule.isDeleted($0, at: qemuVersion, environment: .standard) } ?? false
        return MachineDefinition(
            target: target, name: name, family: parsed.family, version: parsed.version,
            alias: state.metadataString("alias"), isDefault: state.metadataFlag("is_default"), registered: !deleted,
            deprecated: explicitlyDeprecated || ruleDeprecated, summary: state.metadataString("desc"),
            condition: condition, location: variable.location, compat: state.compat, classFacts: Array(state.facts.values),
            inheritedFacts: inherited.facts.isEmpty ? nil : Array(inherited.facts.values))
    }

    /// Functions that run instance options: `.instance_init`, and an `mc->init` function that
    /// calls a `*_instance_options` function (s390x).
    private func instanceFunctions(fields: [String: [PPToken]], state: MachineClassState) -> [String] {
        var names: [String] = []
        if let instanceInit = fields["instance_init"]?.first?.text { names.append(instanceInit) }
        if let initTokens = state.metadata["init"], initTokens.count == 1, let function = declarations.functions[initTokens[0].text],
            function.body.contains(where: { $0.isIdentifier && $0.text.hasSuffix("_instance_options") })
        {
            names.append(function.name)
        }
        return names
    }

    /// For every register function of the file that calls `MACHINE_VER_DELETION(…)` and then
    /// `type_register_static(&info)`: `info`'s name and the version it passes. Read once per file.
    static func deletionVersions(in declarations: TopLevelDeclarations) -> [String: MachineVersion] {
        var versions: [String: MachineVersion] = [:]
        for function in declarations.functions.values {
            let body = function.body
            guard let marker = body.firstIndex(where: { $0.isIdentifier && $0.text == "MACHINE_VER_DELETION" }),
                marker + 1 < body.count, let close = TopLevelDeclarations.closing(body, from: marker + 1),
                let register = body.firstIndex(where: { $0.isIdentifier && $0.text == "type_register_static" }),
                let info = body[register...].first(where: { $0.isIdentifier && $0.text != "type_register_static" }),
                let version = ChainInterpreter.machineVersion(fromMacroArguments: Array(body[(marker + 2)..<close]).splitTopLevel())
            else { continue }
            versions[info.text] = version
        }
        return versions
    }
}
