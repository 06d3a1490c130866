import Foundation
import GuestABI
import RegistryStore
import Testing

/// The compact form the state models are shipped in: what goes in comes back, a value it cannot
/// hold is refused when the registry is built (not garbled), and a damaged file names itself.
@Suite struct EmbeddedStateModelTests {
    static let location = SourceLocation(file: "hw/misc/widget.c", line: 41)

    static func model(test: String? = "widget_post_v2", size: String? = "sizeof(uint32_t)") -> StateModel {
        var section = StateSection(
            identifier: "vmstate_widget", name: "widget", scope: "hw/misc", versionID: 3, minimumVersionID: nil,
            fields: [
                StateField(
                    name: "level", info: "uint32", nested: nil, flags: ["VMS_ARRAY", "VMS_SINGLE"], size: size, count: "4",
                    versionGuard: 2, test: test, location: location),
                StateField(
                    name: "timer", info: nil, nested: "vmstate_timer", flags: [], size: nil, count: nil, versionGuard: 0, test: nil,
                    location: SourceLocation(file: "hw/misc/widget.c", line: 44)),
            ],
            subsections: ["vmstate_widget_irq"],
            needed: NeededPredicate(function: "widget_needed", body: "return s->a || s->b;", reads: ["a", "b"], location: location),
            unmigratable: false, referenced: false, location: location)
        section.users = ["widget_realize@hw/misc/widget.c"]
        return StateModel(
            qemuVersion: "10.1.0", origin: "fixture", sections: [section],
            registrations: [
                StateRegistration(section: "vmstate_widget", mechanism: .deviceClass, function: "widget_class_init", qomType: "widget", location: location),
                StateRegistration(section: "ram", mechanism: .savevmLive, function: nil, qomType: nil, location: location),
            ],
            registerTables: [
                CPRegTable(
                    identifier: "widget_cp_reginfo", definedIn: "define_widget_regs", gate: ["ARM_FEATURE_V8"],
                    keys: [
                        CPRegKey(key: "aa64 op0=3 op1=0 crn=1 crm=0 op2=0", name: "SCTLR_EL1", location: location),
                        CPRegKey(
                            key: "aa32 cp15 op1=0 crn=7 crm=4 op2=0", name: "PAR", location: location,
                            conditions: ["!(arm_feature(env, ARM_FEATURE_LPAE))", "!arm_feature(env, ARM_FEATURE_V8)"]),
                    ],
                    excluded: ["WIDGET_ALIAS"], location: location)
            ],
            cpuScopes: ["arm": "target/arm"],
            cpuModelCode: [
                "target/arm": CPUModelCode(
                    models: [
                        CPUModelEntry(name: "widget-a1", functions: ["widget_a1_initfn"], location: location),
                        CPUModelEntry(name: "widget-m1", functions: ["widget_m1_initfn", "widget_m_class_init"], location: location),
                    ],
                    functions: [
                        "widget_a1_initfn": CPUFunctionFacts(sets: [GuardedName(name: "ARM_FEATURE_V7VE", conditions: [])]),
                        "widget_realizefn": CPUFunctionFacts(
                            calls: [GuardedName(name: "define_widget_regs", conditions: ["!kvm_enabled()"])],
                            sets: [GuardedName(name: "ARM_FEATURE_LPAE", conditions: ["arm_feature(env, ARM_FEATURE_V7VE)"])],
                            unsets: [GuardedName(name: "ARM_FEATURE_EL3", conditions: ["!cpu->has_el3", "1"])]),
                    ])
            ])
    }

    @Test func aModelComesBackAsItWent() throws {
        let model = Self.model()
        let back = try EmbeddedStateModel.model(from: try EmbeddedStateModel.json(model), path: "fixture.state.json")
        #expect(back == model)
    }

    @Test(arguments: [("tab\tinside", "sizeof(x)"), ("widget_post_v2", "")])
    func aValueTheFormCannotHoldIsRefusedWhenWritten(test: String, size: String) {
        #expect(throws: (any Error).self) { try EmbeddedStateModel.json(Self.model(test: test, size: size)) }
    }

    /// Every shipped model is what writing it again gives (the files are the form's output).
    @Test(arguments: EmbeddedRegistry.versions())
    func theShippedModelsAreInTheCurrentForm(version: QEMUVersion) throws {
        let url = EmbeddedRegistry.directory.appendingPathComponent(EmbeddedStateModel.fileName(version))
        let data = try Data(contentsOf: url)
        let model = try #require(try EmbeddedStateModel.model(version))
        #expect(!model.sections.isEmpty)
        #expect(try EmbeddedStateModel.json(model) == data)
    }

    /// A model with CPU code of two targets and shared code, defined out of group order.
    static func targetsModel() -> StateModel {
        func section(_ identifier: String, _ file: String, _ line: Int) -> StateSection {
            StateSection(
                identifier: identifier, name: identifier, scope: StateScope.scope(of: file), versionID: 1, minimumVersionID: 1,
                fields: [], subsections: [], needed: nil, unmigratable: false, referenced: false,
                location: SourceLocation(file: file, line: line))
        }
        func table(_ identifier: String, _ file: String) -> CPRegTable {
            CPRegTable(
                identifier: identifier, definedIn: "define_regs", gate: [], keys: [], excluded: [],
                location: SourceLocation(file: file, line: 7))
        }
        return StateModel(
            qemuVersion: "10.1.0", origin: "fixture",
            sections: [
                section("vmstate_core", "hw/core/cpu.c", 9), section("vmstate_arm_cpu", "target/arm/machine.c", 3),
                section("vmstate_arm_vfp", "target/arm/machine.c", 40), section("vmstate_x86_cpu", "target/i386/machine.c", 5),
            ],
            registrations: [], registerTables: [table("gic_regs", "hw/intc/gic.c"), table("v8_regs", "target/arm/helper.c")])
    }

    /// Read for one CPU folder, a model holds that folder's and the shared entries, in their
    /// order, and nothing else: what ``StateModel/restricted(toCPUScopes:)`` keeps.
    @Test(arguments: [
        ("target/i386", ["vmstate_core", "vmstate_x86_cpu"], ["gic_regs"]),
        ("target/arm", ["vmstate_core", "vmstate_arm_cpu", "vmstate_arm_vfp"], ["gic_regs", "v8_regs"]),
        ("target/ppc", ["vmstate_core"], ["gic_regs"]),
    ])
    func aModelReadForOneCPUHoldsItsAndTheSharedEntries(scope: String, sections: [String], tables: [String]) throws {
        let scopes: Set = [scope]
        let model = Self.targetsModel()
        let json = try EmbeddedStateModel.json(model)
        let read = try EmbeddedStateModel.model(from: json, path: "fixture.state.json", cpuScopes: scopes)
        #expect(read.sections.map(\.identifier) == sections)
        #expect(read.registerTables.map(\.identifier) == tables)
        #expect(read == model.restricted(toCPUScopes: scopes))
        #expect(try EmbeddedStateModel.model(from: json, path: "fixture.state.json") == model)
    }

    /// The shipped models read for one target's CPU are the whole models restricted to it.
    @Test(arguments: EmbeddedRegistry.versions())
    func aShippedModelReadForOneCPUIsTheWholeOneRestricted(version: QEMUVersion) throws {
        let whole = try #require(try EmbeddedStateModel.model(version))
        for target in Target.allCases {
            let scopes: Set = [StateScope.cpuScope(for: target)]
            #expect(try EmbeddedStateModel.model(version, cpuScopes: scopes) == whole.restricted(toCPUScopes: scopes), "\(target)")
        }
    }

    /// A file of another form (a newer build's, and the earlier form of objects whose shape this
    /// build no longer decodes) and one that is no state model at all.
    @Test(arguments: [
        ("newer", "format 'guestabi-state-compact-9'"), ("earlier", "format 'guestabi-state-compact-3'"), ("none", "not a state model"),
    ])
    func aDamagedFileNamesItselfAndTheFix(form: String, message: String) throws {
        let written = String(decoding: try EmbeddedStateModel.json(Self.model()), as: UTF8.self)
        let json =
            switch form {
            case "newer": written.replacingOccurrences(of: "guestabi-state-compact-5", with: "guestabi-state-compact-9")
            case "earlier": #"{"format": "guestabi-state-compact-3", "sections": [["cpu\\tcpu"]]}"#
            default: #"{"sections": []}"#
            }
        #expect(json != written)
        do {
            _ = try EmbeddedStateModel.model(from: Data(json.utf8), path: "x/10.1.0.state.json")
            Issue.record("no error for \(json)")
        } catch {
            #expect(error.description.contains("x/10.1.0.state.json"))
            #expect(error.description.contains(message))
            #expect(error.description.contains("guestabi registry build"))
        }
    }
}
