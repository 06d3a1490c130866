import GuestABI
import Testing

@testable import QMP

/// `base-refuses` passes only when the destination refused the machine type's name; any other
/// failure shows nothing about it and fails the check with its cause.
@Suite struct BaseRefusalTests {
    @Test(arguments: [
        (LiveMigrationResult.Status.failed, Optional("Machine type received is 'pc-q35-4.0.1' and local is 'pc-q35-4.0'"), BugfixVerification.Status.pass, "refused: "),
        (.completed, nil, .fail, "ACCEPTED"),
        (.failed, "qemu-system-x86_64: -machine pc-q35-4.0: unsupported machine type", .fail, "not shown"),
        (.timeout, nil, .fail, "not shown"),
        (.failed, "error while loading state for instance 0x0 of device 'cpu'", .fail, "not shown"),
    ])
    func onlyAMachineTypeRefusalShowsTheCheck(
        status: LiveMigrationResult.Status, error: String?, expected: BugfixVerification.Status, evidence: String
    ) {
        let (judged, text) = BugfixVerifier.baseRefusal(
            status: status, error: error, bugfix: "pc-q35-4.0.1", base: "pc-q35-4.0", destination: "10.0 (patched)")
        #expect(judged == expected)
        #expect(text.hasPrefix(evidence), "\(text)")
        if let error { #expect(text.contains(error)) }
    }
}
