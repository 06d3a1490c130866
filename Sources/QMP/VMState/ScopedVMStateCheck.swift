/// The parity findings restricted to one VM: which can break a migration of a VM of this
/// machine type with these devices, and which cannot, with the reason.
public struct ScopedVMStateCheck: Sendable {
    /// How one finding bears on the VM.
    public enum Bearing: String, Hashable, Sendable, Codable {
        /// The VM has the device and the destination cannot load its state as the source sends it.
        case breaks
        /// The VM does not have the device: its state is never sent.
        case notInVM
        /// A subsection the destination lacks: QEMU sends a subsection only when the device's
        /// state needs it, so this breaks only for such guest states (a paused, fresh VM does not).
        case onlyIfSubsectionNeeded
        /// The destination binary has the device type but its dump has no section for it (the
        /// state is registered outside the class): not comparable from dumps.
        case notComparable
    }

    /// One finding with its bearing on the VM.
    public struct Judged: Hashable, Sendable, Codable {
        public var finding: VMStateFinding
        public var bearing: Bearing
        public var reason: String
    }

    /// The verdict.
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// No finding can break this VM.
        case safe
        /// At least one finding breaks this VM.
        case breaks
    }

    /// The machine type.
    public var machine: String
    /// The device types the VM has (built-in and added), as QOM type names.
    public var vmDevices: [String]
    /// Every parity finding, judged.
    public var findings: [Judged]
    /// The verdict.
    public var verdict: Verdict

    /// Judges `findings` for a VM whose devices are `vmDevices`. `destinationTypes` is the
    /// destination binary's QOM types, when known: without it a section missing from the
    /// destination's dump counts as a break.
    public init(machine: String, vmDevices: Set<String>, findings: [VMStateFinding], destinationTypes: Set<String>?) {
        self.machine = machine
        self.vmDevices = vmDevices.sorted()
        self.findings = findings.map { finding in
            guard vmDevices.contains(finding.section) else {
                return Judged(finding: finding, bearing: .notInVM, reason: "the VM has no \(finding.section)")
            }
            switch finding.kind {
            case .subsectionMissing:
                return Judged(
                    finding: finding, bearing: .onlyIfSubsectionNeeded,
                    reason: "sent only when the device's state needs subsection \(finding.subject ?? "")")
            case .entryMissing where finding.subject == "Subsections":
                return Judged(
                    finding: finding, bearing: .onlyIfSubsectionNeeded,
                    reason: "the destination has no subsections here; each is sent only when the state needs it")
            case .sectionMissing:
                if let destinationTypes, destinationTypes.contains(finding.section) {
                    return Judged(
                        finding: finding, bearing: .notComparable,
                        reason: "the destination has \(finding.section) but its dump has no state for it (registered "
                            + "outside the device class); the dumps cannot compare it")
                }
                return Judged(
                    finding: finding, bearing: .breaks,
                    reason: destinationTypes == nil
                        ? "the destination's dump has no \(finding.section) (give --dst-binary or --dst-probe to tell a "
                            + "device the destination lacks from state registered outside the class)"
                        : "the destination binary has no \(finding.section): \"Unknown savevm section\"")
            default:
                return Judged(finding: finding, bearing: .breaks, reason: "the VM has \(finding.section)")
            }
        }
        verdict = self.findings.contains { $0.bearing == .breaks } ? .breaks : .safe
    }
}

extension ScopedVMStateCheck: Codable, Hashable {}
