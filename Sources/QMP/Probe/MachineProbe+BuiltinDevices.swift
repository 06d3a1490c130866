extension MachineProbe {
    /// The arguments that start `machine` paused, without default devices, on TCG.
    public static func builtinDeviceArguments(machine: String) -> [String] {
        ["-machine", machine, "-accel", "tcg", "-nodefaults", "-display", "none", "-nographic", "-S"]
    }

    /// The QOM type names of the devices in the composition tree under `/machine` of a running
    /// (paused) QEMU, sorted and without repeats: with `-nodefaults`, the devices the machine
    /// type itself creates, CPUs included.
    ///
    /// - Parameters:
    ///   - client: A session with the QEMU to look at.
    ///   - qomParents: The binary's QOM hierarchy (``qomTypes(using:)``), to tell devices from
    ///     other objects (memory regions, buses); fetched when `nil`.
    public static func builtinDevices(using client: QMPClient, qomParents: [String: String]? = nil) async throws
        -> [String]
    {
        let parents: [String: String]
        if let qomParents { parents = qomParents } else { parents = try await qomTypes(using: client) }
        let types = try await compositionTypes(using: client, root: "/machine")
        return types.filter { QOMAncestry.descends($0, from: "device", parents: parents) }.sorted()
    }

    /// Starts `binary` with `machine` paused and `-nodefaults`, and returns its built-in devices
    /// (``builtinDevices(using:qomParents:)``).
    public static func builtinDevices(binary: String, machine: String, qomParents: [String: String]? = nil)
        async throws -> [String]
    {
        try await QEMUProcess(binary: binary, arguments: builtinDeviceArguments(machine: machine)).run { session in
            try await builtinDevices(using: session.client, qomParents: qomParents)
        }
    }

    /// The types of every object in the composition tree below `root` (`child<TYPE>`
    /// properties, walked breadth first, each level's `qom-list` commands sent at once).
    static func compositionTypes(using client: QMPClient, root: String) async throws -> Set<String> {
        var types: Set<String> = []
        var level = [root]
        while !level.isEmpty {
            let replies = try await withThrowingTaskGroup(of: (String, JSONValue).self) { group in
                for path in level {
                    group.addTask { (path, try await client.execute("qom-list", arguments: ["path": .string(path)])) }
                }
                var replies: [(String, JSONValue)] = []
                for try await reply in group { replies.append(reply) }
                return replies
            }
            var next: [String] = []
            for (path, reply) in replies {
                for property in reply.arrayValue ?? [] {
                    guard let name = property["name"]?.stringValue, let type = property["type"]?.stringValue,
                        type.hasPrefix("child<"), type.hasSuffix(">")
                    else { continue }
                    types.insert(String(type.dropFirst(6).dropLast()))
                    next.append(path == "/" ? "/" + name : path + "/" + name)
                }
            }
            level = next
        }
        return types
    }
}

/// Questions about the QOM type hierarchy (a name → parent map).
public enum QOMAncestry {
    /// True when `type` is `ancestor` or descends from it.
    public static func descends(_ type: String, from ancestor: String, parents: [String: String]) -> Bool {
        var current: String? = type
        var steps = 0
        while let name = current, steps < 64 {
            if name == ancestor { return true }
            current = parents[name]
            steps += 1
        }
        return false
    }

    /// `type` and its ancestors, nearest first.
    public static func lineage(of type: String, parents: [String: String]) -> [String] {
        var chain: [String] = []
        var current: String? = type
        while let name = current, chain.count < 64 {
            chain.append(name)
            current = parents[name]
        }
        return chain
    }
}

extension MachineProbe {
    /// The device types of a VM of `machine` with `devices` added (`-device DRIVER` each),
    /// started paused with `-nodefaults`: the built-in devices, the added ones and what they
    /// create inside (a `virtio-rng-pci` holds a `virtio-rng-device`).
    public static func vmDevices(binary: String, machine: String, devices: [String]) async throws -> [String] {
        let arguments = builtinDeviceArguments(machine: machine) + devices.flatMap { ["-device", $0] }
        return try await QEMUProcess(binary: binary, arguments: arguments).run { session in
            try await builtinDevices(using: session.client)
        }
    }
}
