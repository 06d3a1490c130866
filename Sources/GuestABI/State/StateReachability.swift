/// What reaches each description of a model: the registrations from which it is migrated,
/// through nested structs (`VMS_STRUCT`) and subsections.
public struct StateReachability: Sendable {
    /// Reaches by description identifier.
    public private(set) var reaches: [String: [StateReach]] = [:]

    /// Works out the reaches of `model`.
    public init(_ model: StateModel) {
        let sections = model.sectionsByIdentifier
        var seeds: [(String, StateReach)] = model.registrations.map { ($0.section, Self.reach(of: $0)) }
        let registered = Set(model.registrations.map(\.section))
        for section in model.sections where !registered.contains(section.identifier) {
            // Saved or loaded by code of its own (a custom VMStateInfo's get/put).
            for user in section.users {
                let parts = user.split(separator: "@", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                let reach: StateReach = StateScope.cpuScope(of: parts[1]).map { .cpu(scope: $0) } ?? .code(function: parts[0], file: parts[1])
                seeds.append((section.identifier, reach))
            }
        }
        for (root, reach) in seeds where !(reaches[root]?.contains(reach) ?? false) || registered.contains(root) {
            var queue = [root]
            var seen = Set<String>()
            while let identifier = queue.popLast() {
                guard seen.insert(identifier).inserted else { continue }
                if !(reaches[identifier]?.contains(reach) ?? false) { reaches[identifier, default: []].append(reach) }
                guard let section = sections[identifier] else { continue }
                queue.append(contentsOf: section.subsections)
                queue.append(contentsOf: section.fields.compactMap(\.nested))
            }
        }
    }

    /// The reaches of `identifier` (`[.unregistered]` when nothing registers it).
    public func reach(of identifier: String) -> [StateReach] { reaches[identifier] ?? [.unregistered] }

    /// A CPU's when the code is under `target/<arch>/`, a device type's for a class's `vmsd`,
    /// else the registering function's.
    static func reach(of registration: StateRegistration) -> StateReach {
        let file = registration.location.file
        if let scope = StateScope.cpuScope(of: file) { return .cpu(scope: scope) }
        if let type = registration.qomType { return .device(type: type) }
        return .code(function: registration.function ?? "file scope", file: file)
    }
}

/// Scopes of descriptions: CPU code under `target/<arch>/` keeps its target.
public enum StateScope {
    /// `target/arm` for `target/arm/machine.c`; nil outside `target/`.
    public static func cpuScope(of file: String) -> String? {
        let parts = file.split(separator: "/", maxSplits: 2)
        guard parts.count >= 3, parts[0] == "target" else { return nil }
        return "target/" + parts[1]
    }

    /// The scope of a description defined in `file`: its folder (`hw/net`), or `target/<arch>`.
    public static func scope(of file: String) -> String {
        cpuScope(of: file) ?? file.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The byte sizes `sizeof(T)` has in code of `scope`: C's fixed-width types everywhere, and
    /// `target_ulong` / `target_long` in a target's CPU folder (the guest's register width:
    /// 8 on the 64-bit targets, 4 on m68k). Elsewhere (`hw/`, built for several targets) the
    /// target types stay unresolved.
    public static func typeSizes(scope: String) -> [String: Int] {
        var sizes: [String: Int] = [
            "uint8_t": 1, "int8_t": 1, "uint16_t": 2, "int16_t": 2, "uint32_t": 4, "int32_t": 4, "uint64_t": 8, "int64_t": 8,
        ]
        if let target = Target.allCases.first(where: { cpuScope(for: $0) == scope }) {
            let bytes = target.guestLongBytes
            sizes["target_ulong"] = bytes
            sizes["target_long"] = bytes
        }
        return sizes
    }

    /// The `target/<arch>` folder whose CPU a guestabi target runs.
    public static func cpuScope(for target: Target) -> String {
        switch target {
        case .x86_64: "target/i386"
        case .aarch64: "target/arm"
        case .ppc64: "target/ppc"
        case .s390x: "target/s390x"
        case .m68k: "target/m68k"
        }
    }
}
