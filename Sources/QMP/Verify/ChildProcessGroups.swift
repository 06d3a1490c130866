import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process groups and private directories of the QEMUs a live verification runs, so that
/// an interrupt (SIGINT, SIGTERM) can kill every one and remove every directory before the
/// tool exits.
///
/// Each QEMU leads its own process group (the terminal's Ctrl-C does not reach it), so without
/// this a Ctrl-C would leave them running.
public final class ChildProcessGroups: Sendable {
    /// The registry every launcher of this process uses.
    public static let shared = ChildProcessGroups()

    private struct State {
        var groups: [Int32: String] = [:]
        var directories: Set<String> = []
        var stopping = false
        var sources: [any DispatchSourceSignal] = []
    }

    private let state = Mutex(State())

    /// Creates an empty registry (tests use their own; commands use ``shared``).
    public init() {}

    /// Records a group; when an interrupt is already being handled the group is killed at once
    /// and false is returned.
    @discardableResult
    func add(group: Int32, role: String) -> Bool {
        let stopping = state.withLock { state in
            if !state.stopping { state.groups[group] = role }
            return state.stopping
        }
        if stopping { kill(-group, SIGKILL) }
        return !stopping
    }

    /// Forgets a group (it has been killed and reaped).
    func remove(group: Int32) {
        state.withLock { _ = $0.groups.removeValue(forKey: group) }
    }

    /// Records a private directory to remove on interrupt.
    func add(directory: String) {
        state.withLock { _ = $0.directories.insert(directory) }
    }

    /// Forgets a directory (it has been removed).
    func remove(directory: String) {
        state.withLock { _ = $0.directories.remove(directory) }
    }

    /// True once ``stopAll()`` began: an interrupt is being handled and its handler ends the
    /// process; an error the killed QEMUs cause meanwhile must not end it first with another
    /// status.
    public var isStopping: Bool { state.withLock(\.stopping) }

    /// The groups alive now, with the role of the QEMU leading each (`source`, `destination`).
    public var groups: [Int32: String] { state.withLock(\.groups) }

    /// Kills every recorded group with SIGKILL and removes every recorded directory; later
    /// launches are killed as soon as they start. Returns how many groups were killed.
    @discardableResult
    public func stopAll() -> Int {
        let (groups, directories) = state.withLock { state in
            state.stopping = true
            return (state.groups, state.directories)
        }
        // A QEMU spawned a moment ago may lead its group before its launcher recorded it:
        // every child of ours that leads its own group is one of them.
        let all = Set(groups.keys).union(Self.childGroupLeaders())
        for group in all { kill(-group, SIGKILL) }
        // SIGKILL takes a moment on a busy machine: reap what can be reaped and wait (up to
        // two seconds) until no member of the groups is left, so none outlives the tool.
        let deadline = ContinuousClock.now + .seconds(2)
        var alive = Array(all)
        while !alive.isEmpty, ContinuousClock.now < deadline {
            alive = alive.filter { group in
                while waitpid(-group, nil, WNOHANG) > 0 {}
                return kill(-group, 0) == 0 || errno != ESRCH
            }
            if !alive.isEmpty { usleep(10_000) }
        }
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
        return groups.count
    }

    /// The children of this process that lead their own process group (from /proc; none
    /// where there is no /proc).
    static func childGroupLeaders() -> [Int32] {
        let me = getpid()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> Int32? in
            guard let pid = Int32(name), let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
            // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
            let text = String(decoding: data, as: UTF8.self)
            guard let close = text.lastIndex(of: ")") else { return nil }
            let fields = text[text.index(after: close)...].split(separator: " ")
            guard fields.count > 2, let parent = Int32(fields[1]), let group = Int32(fields[2]) else { return nil }
            return parent == me && group == pid ? pid : nil
        }
    }

    /// Installs handlers for SIGINT and SIGTERM that call ``stopAll()``, write `message` and
    /// the number of QEMUs stopped to standard error, and exit with 128 + the signal (130 for
    /// SIGINT). Call once, from the command that starts QEMUs.
    public func installInterruptHandlers(message: String = "interrupted") {
        state.withLock { state in
            guard state.sources.isEmpty else { return }
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [self] in
                    let stopped = stopAll()
                    let line = "guestabi: \(message): stopped \(stopped) QEMU process group\(stopped == 1 ? "" : "s"), removed their files\n"
                    FileHandle.standardError.write(Data(line.utf8))
                    exit(128 + signalNumber)
                }
                source.resume()
                state.sources.append(source)
            }
        }
    }
}
