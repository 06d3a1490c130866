import Foundation
import GuestABI

/// Plans for the `bugfix verify` tests, in the JSON `bugfix plan --format json` writes: the
/// issue's fix (`virtio-net-pci.aer: off → on`) for branch 10.0, with master 11.0.
enum BugfixVerifyPlans {
    static let aer = """
        {"fix": {"title": "virtio-net-pci: advertise AER", "compat": [{"driver": "virtio-net-pci", "property": "aer", "old": "off", "new": "on"}], "classFacts": []},
         "master": "11.0.0", "branches": {"10.0": "10.0.14"},
         "machines": [{"name": "pc-q35-10.0.14", "family": "pc-q35", "target": "x86_64", "branch": "10.0", "version": "10.0.14",
                       "base": "pc-q35-10.0", "before": "pc-q35-10.1", "definedIn": ["10.0", "master"], "abiFrom": "10.0.13",
                       "abi": {"virtio-net-pci.aer": "on"}, "classFacts": {}}],
         "holes": [], "releaseOrder": ["11.0.0", "10.0.14"], "policy": []}
        """

    static func decode(_ text: String) throws -> BugfixPlan {
        try JSONDecoder().decode(BugfixPlan.self, from: Data(text.utf8))
    }
}
