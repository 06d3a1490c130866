import GuestABI

/// The content of every synthetic compat array and options function, made once and shared by
/// every release: what `hw_compat_X_Y`, `<family>_compat_X_Y`, the family defaults and the
/// options functions set, before any release-specific break is planted.
///
/// Content is drawn from a seeded generator per array, so the arrays of the first releases are
/// the same whatever the number of releases: a smaller history is a prefix of a larger one.
struct SyntheticContent: Sendable {
    /// One compat entry, without its source.
    struct Item: Sendable {
        var driver: String
        var property: String
        var value: String
    }

    /// One class fact, without its source.
    struct Fact: Sendable {
        var field: String
        var value: String
    }

    /// The field a bugfix machine changes (`pc-q35-4.0.1` was 4.1 without split irqchip).
    static let bugfixField = "default_kernel_irqchip_split"

    /// `hw_compat_X_Y` of each feature version.
    let shared: [[Item]]
    /// `<family>_compat_X_Y` of each family and feature version.
    let family: [[[Item]]]
    /// `<family>_compat_defaults` of each family.
    let defaults: [[Item]]
    /// How each class field's default moves, for each family: the value of each feature
    /// release, and the release that introduced the field.
    let fields: [[FieldTimeline]]

    /// The default of one class field over time.
    struct FieldTimeline: Sendable {
        var field: String
        /// The feature release the field appears in; older machines get the legacy value
        /// (`values` before it) from the options function of the release before.
        var introduced: Int
        /// The default in each feature release.
        var values: [String]
    }

    /// The content of `features` feature versions of the families of `shape`.
    init(_ shape: SyntheticShape, features: Int) {
        let families = shape.familyList
        var shared: [[Item]] = []
        for version in 0..<features {
            var random = SplitMix64(shape.seed, 1, UInt64(version))
            var items: [Item] = []
            for index in 0..<random.int(in: shape.sharedEntries) {
                // One entry in eight sets a subject an older array already sets, to another value.
                if version > 0, random.int(in: 0...7) == 0 {
                    let older = shared[random.int(in: 0...version - 1)]
                    if let reused = older.first {
                        items.append(Item(driver: reused.driver, property: reused.property, value: Self.other(than: reused.value)))
                        continue
                    }
                }
                items.append(
                    Item(
                        driver: random.pick(Self.sharedDrivers), property: "x-\(random.pick(Self.propertyWords))-\(version)-\(index)",
                        value: random.pick(Self.values)))
            }
            shared.append(items)
        }
        self.shared = shared
        defaults = families.enumerated().map { number, family in
            var random = SplitMix64(shape.seed, 2, UInt64(number))
            return (0..<shape.defaultEntries).map { index in
                Item(driver: random.pick(Self.drivers(of: family)), property: "x-default-\(index)", value: random.pick(Self.values))
            }
        }
        family = families.enumerated().map { number, family in
            (0..<features).map { version in
                var random = SplitMix64(shape.seed, 3, UInt64(number << 32 | version))
                var items = (0..<random.int(in: shape.familyEntries)).map { index in
                    Item(driver: random.pick(Self.drivers(of: family)), property: "x-\(random.pick(Self.propertyWords))-\(version)-\(index)", value: random.pick(Self.values))
                }
                // A mispin: the array made for the next release pins a family default to a
                // value the family never had (planted in the first family only).
                if number == 0, version + 1 >= shape.mispinEvery, (version + 1) % shape.mispinEvery == 0, let pinned = Self.firstDefault(shape, family) {
                    items.append(Item(driver: pinned.driver, property: pinned.property, value: "mispinned-\(version)"))
                }
                return items
            }
        }
        fields = families.enumerated().map { number, _ in
            Self.fields.enumerated().map { index, field in
                var random = SplitMix64(shape.seed, 4, UInt64(number << 32 | index))
                let introduced = index < shape.baseFacts ? 0 : random.int(in: 1...300)
                var value = random.pick(Self.factValues)
                var values: [String] = []
                for _ in 0..<features {
                    values.append(value)
                    if random.int(in: 1...shape.factChangeOdds) == 1 { value = Self.other(than: value, in: Self.factValues) }
                }
                return FieldTimeline(field: field, introduced: introduced, values: values)
            }
        }
    }

    /// What `<family>_machine_options` sets in feature release `feature` (and its stable
    /// updates): every field introduced by then, with the default of that release.
    func baseFacts(_ family: Int, feature: Int) -> [Fact] {
        var facts = [Fact(field: Self.bugfixField, value: "true")]
        for timeline in fields[family] where timeline.introduced <= feature {
            facts.append(Fact(field: timeline.field, value: timeline.values[feature]))
        }
        return facts
    }

    /// What `<family>_machine_X_Y_options` of feature version `version` sets once the next
    /// feature release exists: the old value of every default that changed after X.Y, or that
    /// the next release introduced.
    func versionFacts(_ family: Int, version: Int) -> [Fact] {
        fields[family].compactMap { timeline in
            let next = version + 1
            guard next < timeline.values.count else { return nil }
            let introducedNext = next == timeline.introduced
            let changed = version >= timeline.introduced && timeline.values[version] != timeline.values[next]
            return introducedNext || changed ? Fact(field: timeline.field, value: timeline.values[version]) : nil
        }
    }

    private static func firstDefault(_ shape: SyntheticShape, _ family: MachineFamily) -> Item? {
        guard let number = shape.familyList.firstIndex(of: family), shape.defaultEntries > 0 else { return nil }
        var random = SplitMix64(shape.seed, 2, UInt64(number))
        return Item(driver: random.pick(drivers(of: family)), property: "x-default-0", value: random.pick(values))
    }

    private static func other(than value: String, in choices: [String]) -> String {
        choices[(choices.firstIndex(of: value).map { $0 + 1 } ?? 0) % choices.count]
    }

    private static func other(than value: String) -> String {
        switch value {
        case "on": "off"
        case "off": "on"
        case "true": "false"
        case "false": "true"
        default: value + "0"
        }
    }

    static let sharedDrivers = [
        "virtio-net-pci", "virtio-blk-device", "virtio-scsi-device", "virtio-gpu-device", "virtio-balloon-device",
        "virtio-device", "virtio-pci", "virtio-rng-pci", "pci-bridge", "pcie-root-port-base", "e1000", "e1000e",
        "vhost-user-blk", "usb-host", "qemu-xhci", "scsi-hd", "scsi-disk-base", "ide-hd", "vfio-pci", "nvme",
        "migration", "acpi-ged", "ramfb", "i6300esb", "VGA", "qxl", "pvpanic", "vmcoreinfo",
    ]

    static let propertyWords = [
        "migrate-extra", "ext-tag", "lnksta-dllla", "queue-size", "vectors", "seg-max-adjust", "ats-page-aligned",
        "hotplug-handler", "use-started", "disable-legacy-check", "rombar-size", "config-wce", "pcie-flr-init",
        "aer-hotplug", "num-queues", "write-zeroes", "discard-granularity", "packed-ring", "tx-queue", "guest-rsc",
    ]

    static let values = ["off", "on", "false", "true", "0", "1", "48", "128", "256"]

    static let fields = [
        "pci_root_uid", "default_cpu_version", "units_per_default_bus", "default_display", "default_nic", "no_floppy",
        "max_cpus", "smbios_uuid_encoded", "numa_mem_align_shift", "smp_props.prefer_sockets", "legacy_acpi_table_size",
        "has_reserved_memory", "default_ram_size", "pvh_enabled", "broken_32bit_mem_addr_check", "enforce_aligned_dimm",
    ]

    static let factValues = ["0", "1", "true", "false", "255", "288", "1024", "2047 * TiB", "\"std\"", "\"e1000e\""]

    static func drivers(of family: MachineFamily) -> [String] {
        switch family.target {
        case .x86_64: ["x86_64-cpu", "mch", "ICH9-LPC", "isa-pcspk", "intel-iommu", "fw_cfg_io", "kvmclock"]
        case .aarch64: ["arm-cpu", "arm-gicv3-common", "virtio-iommu-pci", "arm-smmuv3", "pl011"]
        case .ppc64: ["spapr-pci-host-bridge", "powerpc64-cpu", "spapr-vscsi", "spapr-nvram"]
        case .s390x: ["s390-skeys", "virtio-ccw-device", "s390-pcihost", "s390-flic"]
        case .m68k: ["m68k-cpu", "virt-ctrl", "goldfish_rtc"]
        }
    }

    /// The file each family's code lives in.
    static func file(of family: MachineFamily) -> String {
        switch family {
        case .pcQ35: "hw/i386/pc_q35.c"
        case .pcI440fx, .pcLegacy: "hw/i386/pc_piix.c"
        case .xenfv: "hw/i386/pc_piix.c"
        case .armVirt: "hw/arm/virt.c"
        case .pseries: "hw/ppc/spapr.c"
        case .s390Ccw: "hw/s390x/s390-virtio-ccw.c"
        case .m68kVirt: "hw/m68k/virt.c"
        }
    }

    /// The C prefix of each family's arrays and functions (`pc_q35`, `virt`).
    static func prefix(of family: MachineFamily) -> String {
        switch family {
        case .pcQ35: "pc_q35"
        case .pcI440fx, .pcLegacy: "pc_i440fx"
        case .xenfv: "xenfv"
        case .armVirt: "virt"
        case .pseries: "spapr"
        case .s390Ccw: "ccw"
        case .m68kVirt: "virt_m68k"
        }
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same content everywhere.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator for one stream (`kind`, `index`) of `seed`.
    init(_ seed: UInt64, _ kind: UInt64, _ index: UInt64) {
        state = seed ^ (kind &* 0x9E37_79B9_7F4A_7C15) ^ (index &* 0xBF58_476D_1CE4_E5B9)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// An element of `choices`.
    mutating func pick(_ choices: [String]) -> String { choices[int(in: 0...choices.count - 1)] }
}
