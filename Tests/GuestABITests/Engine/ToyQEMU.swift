import GuestABI

/// A tiny QEMU history built the way QEMU builds compat chains, for engine tests: each release
/// X.Y registers one `toy-X.Y` machine per earlier release, and machine V's compat list is the
/// arrays `hw_compat_A_B` for every A.B ≥ V up to the release, newest first (older arrays
/// applied last, so they win), then the class facts of `toy_machine_A_B_options`.
struct ToyQEMU {
    /// The arrays' entries per version, as of a release: `arrays[release][version]`.
    var arrays: [QEMUVersion: [MachineVersion: [(String, String, String)]]] = [:]
    /// Class facts of each options function, per release.
    var facts: [QEMUVersion: [MachineVersion: [(String, String)]]] = [:]
    /// Family-wide facts per release (`toy_machine_options`).
    var familyFacts: [QEMUVersion: [(String, String)]] = [:]

    func registry(_ release: QEMUVersion, machines: [MachineVersion], complete: Bool = true, qomParents: [String: String] = [:]) -> ReleaseRegistry {
        let definitions = machines.map { version in
            var compat: [CompatProperty] = []
            var classFacts: [ClassFact] = []
            for (field, value) in familyFacts[release] ?? [] {
                classFacts.append(ClassFact(field: field, value: value, source: Provenance(origin: "toy_machine_options")))
            }
            let newerVersions = (arrays[release] ?? [:]).keys.filter { $0 >= version }.sorted(by: >)
            for arrayVersion in newerVersions {
                for (driver, property, value) in arrays[release]?[arrayVersion] ?? [] {
                    compat.append(
                        CompatProperty(
                            driver: driver, property: property, value: value,
                            source: Provenance(origin: "hw_compat_\(arrayVersion.major)_\(arrayVersion.minor)")))
                }
            }
            for factVersion in (facts[release] ?? [:]).keys.filter({ $0 >= version }).sorted(by: >) {
                for (field, value) in facts[release]?[factVersion] ?? [] {
                    classFacts.removeAll { $0.field == field }
                    classFacts.append(
                        ClassFact(field: field, value: value, source: Provenance(origin: "toy_machine_\(factVersion.major)_\(factVersion.minor)_options")))
                }
            }
            return MachineDefinition(
                target: .x86_64, name: "pc-q35-\(version)", family: .pcQ35, version: version,
                alias: version == machines.max() ? "q35" : nil, compat: compat, classFacts: classFacts)
        }
        return ReleaseRegistry(
            qemuVersion: release, lifecycleRule: .none, machines: definitions, diagnostics: [], complete: complete,
            qomParents: qomParents)
    }
}
