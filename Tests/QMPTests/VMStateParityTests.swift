import Foundation
import GuestABI
import QMP
import Testing

/// `vmstate-diff` without `--machine` against QEMU's `scripts/vmstate-static-checker.py` on the
/// lab's dumps: the same findings, both directions of every cross-version pair (x86_64 and
/// aarch64 by default, every target with GUESTABI_FULL_SWEEP=1).
@Suite(.serialized) struct VMStateParityTests {
    static let script = "vmstate-static-checker.py"
    static let fullSweep = ProcessInfo.processInfo.environment["GUESTABI_FULL_SWEEP"] == "1"

    struct Pair: Sendable, CustomTestStringConvertible {
        var source: LabBinary
        var destination: LabBinary
        var testDescription: String { "\(source.testDescription) → \(destination.labVersion)" }
    }

    static let pairs: [Pair] = Target.allCases.filter { fullSweep || $0 == .x86_64 || $0 == .aarch64 }.flatMap { target in
        let older = LabBinary.binary(LabBinary.older, target)
        let newer = LabBinary.binary(LabBinary.newer, target)
        return [Pair(source: older, destination: newer), Pair(source: newer, destination: older)]
    }.filter { $0.source.isInstalled && $0.destination.isInstalled }

    @Test(.enabled(if: PeerScript.isAvailable(script), "no QEMU corpus tree 10.2.2"), arguments: pairs)
    func theFindingsAreThoseOfQEMUsChecker(pair: Pair) async throws {
        let source = try await VMStateDumps.shared.path(of: pair.source)
        let destination = try await VMStateDumps.shared.path(of: pair.destination)
        let peer = try PeerScript.script(Self.script, ["-s", source, "-d", destination])
        let findings = VMStateChecker.check(
            source: try JSONDocument(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: source)))),
            destination: try JSONDocument(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: destination)))))
        // The checker's exit status is its count of problems (at most 255).
        #expect(Int32(min(findings.count, 255)) == peer.status)
        let theirs = peer.output.split(separator: "\n").map { Self.withoutStrayPrefix(String($0)) }.sorted()
        #expect(theirs == findings.map(\.message).sorted())
    }

    /// The checker prints `Section "X" ` without a newline for a section-level minimum version
    /// error it does not count; that text sticks to the front of the next line.
    static func withoutStrayPrefix(_ line: String) -> String {
        var rest = Substring(line)
        while rest.hasPrefix("Section \""), let close = rest.dropFirst(9).firstIndex(of: "\"") {
            let after = rest[rest.index(after: close)...]
            guard after.hasPrefix(" Section \"") else { break }
            rest = after.dropFirst()
        }
        return String(rest)
    }
}
