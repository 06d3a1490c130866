/// The command-line arguments that give a VM a device, drives on the `null-co` block driver
/// (reads return zeroes, writes are dropped: no image file needed).
enum DeviceArguments {
    /// Block devices whose `-device` needs a `drive=`.
    static let driveDevices: Set<String> = [
        "virtio-blk-pci", "virtio-blk-device", "virtio-blk-ccw", "nvme", "ide-hd", "usb-storage", "scsi-hd",
    ]
    /// Devices that also need a `serial=`.
    static let serialDevices: Set<String> = ["nvme"]

    /// The arguments for `spec` (a driver, or `driver,prop=value,…`), the `index`-th device.
    static func arguments(for spec: String, index: Int) -> [String] {
        let driver = String(spec.split(separator: ",", maxSplits: 1).first ?? "")
        guard driveDevices.contains(driver), !spec.contains("drive=") else { return ["-device", spec] }
        let node = "guestabi-drive\(index)"
        var device = "\(spec),drive=\(node)"
        if serialDevices.contains(driver), !spec.contains("serial=") { device += ",serial=guestabi\(index)" }
        return ["-blockdev", "driver=null-co,node-name=\(node)", "-device", device]
    }

    /// The arguments for `specs`, in order.
    static func arguments(for specs: [String]) -> [String] {
        specs.enumerated().flatMap { arguments(for: $0.element, index: $0.offset) }
    }
}
