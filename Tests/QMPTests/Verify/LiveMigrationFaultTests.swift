import Foundation
import GuestABI
import QMP
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Faults injected into live migrations: each gives a clear result and leaves no process, no
/// socket and no directory behind.
@Suite(.serialized) struct LiveMigrationFaultTests {
    static let binary = LabBinary.binary(LabBinary.newer, .x86_64)

    static func expectNothingLeft(_ groups: ChildProcessGroups, seen: Set<Int32>) {
        #expect(groups.groups.isEmpty)
        #expect(ChildProcessScan.members(of: seen).isEmpty, "left behind: \(ChildProcessScan.members(of: seen))")
        #expect(ChildProcessScan.children().filter { $0.command != "swift-test" }.allSatisfy { !$0.command.contains("qemu") })
    }

    /// Runs a migration while `watch` looks at the live process groups every 50 ms.
    static func migrate(
        _ cell: VerifyCell, from: String, to: String, options: LiveMigrationOptions,
        watch: @escaping @Sendable ([Int32: String]) -> Void = { _ in }
    ) async -> (LiveMigrationResult, Set<Int32>) {
        let groups = ChildProcessGroups()
        let seen = SeenGroups()
        let watcher = Task {
            while !Task.isCancelled {
                let now = groups.groups
                seen.insert(now.keys)
                watch(now)
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
        let result = await LiveMigration.run(cell, from: from, to: to, options: options, groups: groups)
        watcher.cancel()
        _ = await watcher.value
        expectNothingLeft(groups, seen: seen.all)
        return (result, seen.all)
    }

    @Test(.installed(binary)) func killingTheDestinationMidMigrationFailsTheRun() async {
        // A running source with a bandwidth limit keeps the migration going for seconds.
        let options = LiveMigrationOptions(running: true, maxBandwidth: 100_000)
        let killed = KilledOnce()
        let bothUp = Mutex<ContinuousClock.Instant?>(nil)
        let (result, seen) = await Self.migrate(
            VerifyCell(machine: "pc-q35-10.0", devices: ["virtio-net-pci"]), from: Self.binary.path, to: Self.binary.path,
            options: options
        ) { groups in
            guard groups.count == 2, let destination = groups.first(where: { $0.value == "destination" })?.key else { return }
            // Both QEMUs are up; give the source time to start sending, then kill mid-stream.
            let since = bothUp.withLock { first in
                if first == nil { first = .now }
                return first!
            }
            guard since.duration(to: .now) > .milliseconds(2500) else { return }
            killed.once { kill(destination, SIGKILL) }
        }
        #expect(killed.done)
        #expect(seen.count == 2)
        #expect(result.status == .failed)
        #expect(result.error?.contains("destination") == true, "\(result.error ?? "")")
    }

    @Test func aBinaryThatNeverGreetsIsALaunchFailure() async throws {
        let directory = try makeScratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = directory + "/silent-qemu"
        // Listens on the QMP socket it is given, accepts, and never says a word.
        let body = """
            #!/bin/sh
            for a in "$@"; do case "$a" in unix:*) p="${a#unix:}"; p="${p%%,*}";; esac; done
            if command -v python3 >/dev/null 2>&1; then
              exec python3 -c 'import socket,sys,time
            s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(1); c=s.accept(); time.sleep(600)' "$p"
            fi
            exec sleep 600
            """
        try body.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let options = LiveMigrationOptions(startupTimeout: .seconds(3))
        let (result, seen) = await Self.migrate(VerifyCell(machine: "pc"), from: script, to: script, options: options)
        #expect(seen.count == 1, "\(result.error ?? "")")
        #expect(result.status == .failed)
        #expect(result.error?.contains("destination \(script)") == true, "\(result.error ?? "")")
    }

    @Test(.installed(binary)) func aPortInUseIsReplacedByAnother() async throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        try #require(ok)
        let port = UInt16(bigEndian: address.sin_port)
        let options = LiveMigrationOptions(ports: LoopbackPortChooser(preferred: [port]))
        let (result, _) = await Self.migrate(
            VerifyCell(machine: "pc-q35-10.0"), from: Self.binary.path, to: Self.binary.path, options: options)
        #expect(result.status == .completed, "\(result.error ?? "")")
        #expect(result.notes.contains { $0.contains("port \(port) refused") }, "\(result.notes)")
    }

    @Test(.installed(binary)) func aPortInUseEverywhereIsAClearFailure() async throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        let port = UInt16(bigEndian: address.sin_port)
        let options = LiveMigrationOptions(ports: LoopbackPortChooser(preferred: [port, port]), portAttempts: 2)
        let (result, _) = await Self.migrate(
            VerifyCell(machine: "pc-q35-10.0"), from: Self.binary.path, to: Self.binary.path, options: options)
        #expect(result.status == .failed)
        #expect(result.error?.contains("cannot listen on 127.0.0.1") == true, "\(result.error ?? "")")
    }

    func makeScratch() throws -> String {
        var template = Array("/tmp/guestabi-fault-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap(mkdtemp).map { String(cString: $0) } }
        return try #require(path)
    }
}

/// The groups a watcher saw.
final class SeenGroups: Sendable {
    private let groups = Mutex<Set<Int32>>([])
    func insert(_ more: some Sequence<Int32>) { groups.withLock { $0.formUnion(more) } }
    var all: Set<Int32> { groups.withLock { $0 } }
}

/// Runs an action once.
final class KilledOnce: Sendable {
    private let state = Mutex(false)
    func once(_ action: () -> Void) {
        let first = state.withLock { done in
            defer { done = true }
            return !done
        }
        if first { action() }
    }
    var done: Bool { state.withLock { $0 } }
}

import Synchronization
