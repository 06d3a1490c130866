import Foundation

/// How each live migration of a verification is run.
public struct LiveMigrationOptions: Sendable {
    /// A Linux guest to boot on the source and follow on the destination.
    public struct Guest: Sendable, Hashable {
        /// The kernel (`-kernel`) and initramfs (`-initrd`).
        public var kernel: String
        public var initrd: String
        /// The kernel command line.
        public var append: String
        /// The text the guest prints before each heartbeat counter on its serial console.
        public var heartbeatMarker: String

        /// Describes a guest; the defaults match `scripts/build-guest-initramfs.sh`.
        public init(
            kernel: String, initrd: String, append: String = "console=ttyS0 panic=-1 quiet",
            heartbeatMarker: String = "guestabi-heartbeat "
        ) {
            self.kernel = kernel
            self.initrd = initrd
            self.append = append
            self.heartbeatMarker = heartbeatMarker
        }
    }

    /// Keep QEMU's default devices (no `-nodefaults`).
    public var defaults: Bool
    /// Start the source running instead of paused (`-S`).
    public var running: Bool
    /// Boot this guest (implies a running source).
    public var guest: Guest?
    /// Guest memory in MiB.
    public var memoryMiB: Int
    /// How long a migration may take from `migrate` to an outcome.
    public var migrationTimeout: Duration
    /// How long each QEMU has to start and answer on QMP.
    public var startupTimeout: Duration
    /// How long each QMP command may take.
    public var commandTimeout: Duration
    /// How long a booted guest has to print its first heartbeat, and to print a newer one on
    /// the destination.
    public var guestTimeout: Duration
    /// Where incoming migrations listen.
    public var ports: LoopbackPortChooser
    /// How many ports to try when the destination cannot listen on one.
    public var portAttempts: Int
    /// The source's migration bandwidth limit in bytes per second (`max-bandwidth`); nil
    /// keeps QEMU's default.
    public var maxBandwidth: Int?

    /// Creates options; the defaults suit a shared, loaded machine.
    public init(
        defaults: Bool = false, running: Bool = false, guest: Guest? = nil, memoryMiB: Int = 256,
        migrationTimeout: Duration = .seconds(120), startupTimeout: Duration = .seconds(60),
        commandTimeout: Duration = .seconds(60), guestTimeout: Duration = .seconds(180),
        ports: LoopbackPortChooser = LoopbackPortChooser(), portAttempts: Int = 5, maxBandwidth: Int? = nil
    ) {
        self.maxBandwidth = maxBandwidth
        self.defaults = defaults
        self.running = running
        self.guest = guest
        self.memoryMiB = memoryMiB
        self.migrationTimeout = migrationTimeout
        self.startupTimeout = startupTimeout
        self.commandTimeout = commandTimeout
        self.guestTimeout = guestTimeout
        self.ports = ports
        self.portAttempts = portAttempts
    }

    /// Whether the source's CPUs run.
    var sourceRuns: Bool { running || guest != nil }

    /// The arguments both sides share for `machine` and `devices`.
    func arguments(machine: String, devices: [String], serialLog: String?) -> [String] {
        var arguments = ["-machine", machine, "-accel", "tcg", "-m", "\(memoryMiB)", "-display", "none"]
        if !defaults { arguments.append("-nodefaults") }
        if let guest {
            arguments += ["-kernel", guest.kernel, "-initrd", guest.initrd, "-append", guest.append]
        }
        if let serialLog {
            arguments += ["-serial", "file:\(serialLog.replacingOccurrences(of: ",", with: ",,"))"]
        }
        return arguments + DeviceArguments.arguments(for: devices)
    }
}
