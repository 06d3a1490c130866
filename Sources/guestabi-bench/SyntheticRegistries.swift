import GuestABI

/// Builds the ``ReleaseRegistry`` of every release of a ``SyntheticShape``, the way QEMU's
/// options chains do: each machine applies the family defaults, then the arrays of every newer
/// version (newest first), then its own; its class facts are the family-wide ones overridden by
/// each options function down the chain, the last one set winning.
///
/// Breaks planted on top of the shared content (``SyntheticShape``): an entry added to an array
/// that froze three releases earlier, present from then on; a mispin (in ``SyntheticContent``);
/// and backports into a frozen array that only one stable update has.
struct SyntheticRegistries {
    let shape: SyntheticShape
    let history: [SyntheticShape.Release]
    let content: SyntheticContent
    private let rule = LifecycleRule.enforcedDeletion
    private static let sharedFile = "hw/core/machine.c"

    /// The generator of `shape`.
    init(_ shape: SyntheticShape) {
        self.shape = shape
        history = shape.history
        content = SyntheticContent(shape, features: (history.last?.feature ?? 0) + 1)
    }

    /// Every release's registry, oldest first.
    func registries() -> [ReleaseRegistry] {
        var stableFeatures: Set<Int> = []
        return history.map { release in
            if release.isStable { stableFeatures.insert(release.feature) }
            var machines: [MachineDefinition] = []
            for (number, family) in shape.familyList.enumerated() {
                machines += self.machines(of: family, number: number, in: release, bugfixes: stableFeatures)
            }
            return ReleaseRegistry(
                qemuVersion: release.version, origin: "synthetic", lifecycleRule: rule, machines: machines, diagnostics: [],
                complete: true)
        }
    }

    /// The machines of one family defined in `release`: its versions down to the oldest still
    /// defined, each with its bugfix machine when a stable update made one.
    private func machines(of family: MachineFamily, number: Int, in release: SyntheticShape.Release, bugfixes: Set<Int>) -> [MachineDefinition] {
        let file = SyntheticContent.file(of: family)
        let prefix = SyntheticContent.prefix(of: family)
        let defaults = content.defaults[number].enumerated().map { index, item in
            property(item, origin: "\(prefix)_compat_defaults", file: file, line: 60 + index)
        }
        var facts = content.baseFacts(number, feature: release.feature).enumerated().map { index, fact in
            ClassFact(field: fact.field, value: fact.value, source: Provenance(origin: "\(prefix)_machine_options", location: SourceLocation(file: file, line: 300 + index)))
        }
        var factIndex = Dictionary(uniqueKeysWithValues: facts.enumerated().map { ($0.element.field, $0.offset) })
        func set(_ field: String, _ value: String, _ origin: String, _ line: Int) {
            let fact = ClassFact(field: field, value: value, source: Provenance(origin: origin, location: SourceLocation(file: file, line: line)))
            if let index = factIndex[field] {
                facts[index] = fact
            } else {
                factIndex[field] = facts.count
                facts.append(fact)
            }
        }
        var chain: [CompatProperty] = []
        var machines: [MachineDefinition] = []
        for version in stride(from: release.feature, through: 0, by: -1) {
            let age = release.feature - version
            guard age < 18 + shape.keepDeletedReleases else { break }
            let base = SyntheticShape.machineVersion(version)
            let line = 400 + age * 20
            // The arrays and settings named for this version exist once the next feature
            // release is developed.
            let origin = function(prefix, base)
            if version < release.feature {
                chain += sharedArray(version, in: release)
                chain += content.family[number][version].enumerated().map { index, item in
                    property(item, origin: "\(prefix)_compat_\(base.major)_\(base.minor)", file: file, line: 100 + age * 8 + index)
                }
                for (index, fact) in content.versionFacts(number, version: version).enumerated() { set(fact.field, fact.value, origin, line + 1 + index) }
            }
            // A bugfix machine X.Y.1 is X.Y with the fix; X.Y keeps the old behaviour.
            if bugfixes.contains(version) {
                let bugfix = SyntheticShape.machineVersion(version, micro: 1)
                var fixed = facts
                fixed[factIndex[SyntheticContent.bugfixField]!] = ClassFact(
                    field: SyntheticContent.bugfixField, value: "false",
                    source: Provenance(origin: function(prefix, bugfix), location: SourceLocation(file: file, line: line - 5)))
                machines.append(machine(family, bugfix, in: release, compat: defaults + chain, facts: fixed, newest: machines.isEmpty))
                set(SyntheticContent.bugfixField, "true", origin, line)
            }
            machines.append(machine(family, base, in: release, compat: defaults + chain, facts: facts, newest: machines.isEmpty))
        }
        return machines
    }

    /// `hw_compat_X_Y` as `release` has it, with the breaks planted in it.
    private func sharedArray(_ version: Int, in release: SyntheticShape.Release) -> [CompatProperty] {
        let base = SyntheticShape.machineVersion(version)
        let origin = "hw_compat_\(base.major)_\(base.minor)"
        let top = 40 + (release.feature - 1 - version) * 12
        var items = content.shared[version]
        // An entry added to an array frozen three releases before: a frozen-compat break.
        let edit = version + 4
        if edit % shape.frozenEditEvery == 0, release.feature >= edit {
            items.append(SyntheticContent.Item(driver: "virtio-net-pci", property: "x-late-fix-\(edit)", value: "off"))
        }
        // A backport that only this stable update has: stable drift, and frozen-compat onwards.
        if release.isStable, release.stableOrdinal % shape.driftEvery == 0, version == release.feature - 1 {
            items.append(SyntheticContent.Item(driver: "virtio-blk-device", property: "x-backport-\(release.stableOrdinal)", value: "on"))
        }
        return items.enumerated().map { index, item in property(item, origin: origin, file: Self.sharedFile, line: top + index) }
    }

    private func property(_ item: SyntheticContent.Item, origin: String, file: String, line: Int) -> CompatProperty {
        CompatProperty(driver: item.driver, property: item.property, value: item.value, source: Provenance(origin: origin, location: SourceLocation(file: file, line: line)))
    }

    private func function(_ prefix: String, _ version: MachineVersion) -> String {
        "\(prefix)_machine_\(version.description.replacingDots())_options"
    }

    private func machine(
        _ family: MachineFamily, _ version: MachineVersion, in release: SyntheticShape.Release, compat: [CompatProperty],
        facts: [ClassFact], newest: Bool
    ) -> MachineDefinition {
        MachineDefinition(
            target: family.target, name: "\(family.namePrefix)-\(version)", family: family, version: version,
            alias: newest ? family.alias : nil, isDefault: newest && family == shape.familyList.first,
            registered: !rule.isDeleted(version, at: release.version, environment: .standard),
            deprecated: rule.isDeprecated(version, at: release.version), summary: "synthetic \(family.rawValue) \(version)",
            location: SourceLocation(file: SyntheticContent.file(of: family), line: 500), compat: compat, classFacts: facts)
    }
}

extension String {
    /// `4.0.1` → `4_0_1`.
    fileprivate func replacingDots() -> String { String(map { $0 == "." ? "_" : $0 }) }
}
