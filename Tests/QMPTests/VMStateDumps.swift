import Foundation
import QMP

/// The lab binaries' `-dump-vmstate` files, written once per test process into a private
/// temporary directory.
actor VMStateDumps {
    static let shared = VMStateDumps()

    private var paths: [String: String] = [:]
    private let directory: String = {
        let path = NSTemporaryDirectory() + "guestabi-vmstate-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return path
    }()

    /// The dump of `binary`, written on first use.
    func path(of binary: LabBinary) async throws -> String {
        if let path = paths[binary.path] { return path }
        let path = "\(directory)/\(binary.labVersion)-\(binary.target).json"
        try await VMStateDump.write(binary: binary.path, to: path)
        paths[binary.path] = path
        return path
    }
}
