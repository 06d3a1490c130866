import Foundation

/// Where the integration tests find the QEMU lab's binaries and the corpus trees, and whether
/// the full sweeps run: `QEMU_LAB` (default /opt/qemu-lab, scripts/setup-qemu-lab.sh),
/// `QEMU_CORPUS` (default /var/cache/qemu-corpus, scripts/qemu-sources.sh) and
/// `GUESTABI_FULL_SWEEP=1`.
enum TestEnvironment {
    static let lab = ProcessInfo.processInfo.environment["QEMU_LAB"] ?? "/opt/qemu-lab"
    static let corpus = ProcessInfo.processInfo.environment["QEMU_CORPUS"] ?? "/var/cache/qemu-corpus"
    static let fullSweep = ProcessInfo.processInfo.environment["GUESTABI_FULL_SWEEP"] == "1"
}
