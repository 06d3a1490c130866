/// One live migration to run: the machine the source starts with, the machine the destination
/// starts with (the same unless `--to-machine`), and the devices both have.
public struct VerifyCell: Hashable, Sendable, Codable {
    /// The source's machine type, as given to `-machine`.
    public var machine: String
    /// The destination's machine type when it differs from ``machine`` (`--to-machine`).
    public var toMachine: String?
    /// The devices both sides get (`-device` drivers, or full `driver,prop=value` specs).
    public var devices: [String]
    /// Devices only the source gets: a negative control (the destination lacks their state).
    public var sourceOnlyDevices: [String]
    /// The source's CPU model (`-cpu`); nil keeps the machine's default.
    public var cpu: String?
    /// The destination's CPU model when it differs from ``cpu``.
    public var toCPU: String?

    /// Creates a cell.
    public init(
        machine: String, toMachine: String? = nil, devices: [String] = [], sourceOnlyDevices: [String] = [], cpu: String? = nil,
        toCPU: String? = nil
    ) {
        self.machine = machine
        self.toMachine = toMachine == machine ? nil : toMachine
        self.devices = devices
        self.sourceOnlyDevices = sourceOnlyDevices
        self.cpu = cpu
        self.toCPU = toCPU == cpu ? nil : toCPU
    }

    /// The destination's CPU model; nil keeps the machine's default.
    public var destinationCPU: String? { toCPU ?? cpu }

    /// The destination's machine type.
    public var destinationMachine: String { toMachine ?? machine }

    /// A stable, readable identity: `pc-q35-4.0→pc-q35-4.0.1 +virtio-net-pci,nvme`.
    public var id: String {
        var text = machine
        if let toMachine { text += "→" + toMachine }
        if !devices.isEmpty { text += " +" + devices.joined(separator: ",") }
        if !sourceOnlyDevices.isEmpty { text += " source+" + sourceOnlyDevices.joined(separator: ",") }
        if cpu != nil || toCPU != nil { text += " -cpu " + (cpu ?? "default") + (toCPU.map { "→" + $0 } ?? "") }
        return text
    }

    /// The order every cell list is run, sharded, reported and merged in: machine names with
    /// their numbers compared numerically (`pc-q35-9.2` before `pc-q35-10.0`), then the rest of
    /// the identity.
    public static func isOrderedBefore(_ lhs: VerifyCell, _ rhs: VerifyCell) -> Bool {
        if lhs.machine != rhs.machine { return NaturalOrder.isOrderedBefore(lhs.machine, rhs.machine) }
        return NaturalOrder.isOrderedBefore(lhs.id, rhs.id)
    }

    /// The cells of `machines` × `deviceSets`, in run order.
    public static func grid(
        machines: [String], toMachine: String? = nil, deviceSets: [[String]], sourceOnlyDevices: [String] = []
    ) -> [VerifyCell] {
        let sets = deviceSets.isEmpty ? [[]] : deviceSets
        var cells: [VerifyCell] = []
        var seen: Set<VerifyCell> = []
        for machine in machines {
            for devices in sets {
                let cell = VerifyCell(
                    machine: machine, toMachine: toMachine, devices: devices, sourceOnlyDevices: sourceOnlyDevices)
                if seen.insert(cell).inserted { cells.append(cell) }
            }
        }
        return cells.sorted(by: isOrderedBefore)
    }

    /// A digest of a cell list (FNV-1a, 64 bits, over the identities in order), so that shards
    /// of one run can be told from shards of another.
    public static func digest(_ cells: [VerifyCell]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for cell in cells {
            for byte in cell.id.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Compares strings with their digit runs as numbers: `pc-q35-9.2` < `pc-q35-10.0`.
enum NaturalOrder {
    static func isOrderedBefore(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var i = 0
        var j = 0
        while i < left.count, j < right.count {
            if isDigit(left[i]), isDigit(right[j]) {
                let leftEnd = left[i...].firstIndex { !isDigit($0) } ?? left.count
                let rightEnd = right[j...].firstIndex { !isDigit($0) } ?? right.count
                let leftNumber = left[i..<leftEnd].drop { $0 == UInt8(ascii: "0") }
                let rightNumber = right[j..<rightEnd].drop { $0 == UInt8(ascii: "0") }
                if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
                if !leftNumber.elementsEqual(rightNumber) { return leftNumber.lexicographicallyPrecedes(rightNumber) }
                i = leftEnd
                j = rightEnd
            } else {
                if left[i] != right[j] { return left[i] < right[j] }
                i += 1
                j += 1
            }
        }
        if left.count - i != right.count - j { return left.count - i < right.count - j }
        return lhs < rhs
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
