import Foundation
import GuestABI
import Testing

/// One binary of the QEMU lab that `scripts/setup-qemu-lab.sh` installs:
/// `/opt/qemu-lab/<version>/qemu-system-<target>` (root overridable with `QEMU_LAB`).
struct LabBinary: Sendable, CustomTestStringConvertible {
    static let root = ProcessInfo.processInfo.environment["QEMU_LAB"] ?? "/opt/qemu-lab"

    /// The lab's directory name, and the version the binary reports.
    let labVersion: String
    let reportedVersion: QEMUVersion
    let target: Target

    /// The two builds of the lab: Debian bookworm's 7.2 (no `compat-props`) and backports' 10.0.2.
    static let older = (lab: "7.2", reported: QEMUVersion(7, 2, 22))
    static let newer = (lab: "10.0.2", reported: QEMUVersion(10, 0, 2))

    static let all: [LabBinary] = [older, newer].flatMap { version in
        Target.allCases.map { LabBinary(labVersion: version.lab, reportedVersion: version.reported, target: $0) }
    }

    /// The binaries present on this machine; parameterised tests run over these.
    static let installed = all.filter(\.isInstalled)

    /// A binary for tests of the launcher and client that any build serves: the newest
    /// installed x86_64 one (the 10.0.2 path when none is, so that the tests skip).
    static let anyX86 =
        installed.last { $0.target == .x86_64 } ?? binary(newer, .x86_64)

    static func binary(_ version: (lab: String, reported: QEMUVersion), _ target: Target) -> LabBinary {
        LabBinary(labVersion: version.lab, reportedVersion: version.reported, target: target)
    }

    var path: String { "\(Self.root)/\(labVersion)/\(target.binaryName)" }
    var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// The newest versioned machine of this build, e.g. `pc-q35-10.0`.
    var latestMachineSuffix: String { "\(reportedVersion.major).\(reportedVersion.minor)" }

    var testDescription: String { "\(labVersion)/\(target)" }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where the lab binary exists.
    static func installed(_ binary: LabBinary) -> Self {
        .enabled(if: binary.isInstalled, "\(binary.path) is not installed (run scripts/setup-qemu-lab.sh)")
    }

    /// Runs the test only where at least one lab binary exists.
    static var anyLabBinary: Self {
        .enabled(
            if: !LabBinary.installed.isEmpty, "no QEMU lab under \(LabBinary.root) (run scripts/setup-qemu-lab.sh)")
    }
}
