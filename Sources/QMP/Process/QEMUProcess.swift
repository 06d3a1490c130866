import Foundation
import Subprocess
import SystemPackage

/// How to start one QEMU binary with a QMP monitor, for probing it.
///
/// ``run(_:)`` starts the binary with ``arguments`` plus `-qmp unix:PATH,server=on,wait=on`
/// (``QMPMonitorOption`` says why it waits for the client),
/// where PATH is in a private temporary directory; connects a ``QMPClient`` once the socket
/// listens; hands a ``QEMUSession`` to the body; then stops the process (SIGTERM, SIGKILL after
/// ``shutdownGracePeriod``), reaps it and removes the directory. When the body throws, or the
/// task is cancelled, the process is killed at once. Every run has its own process and socket,
/// so runs may go on concurrently.
///
/// ```swift
/// let version = try await QEMUProcess(binary: "/opt/qemu-lab/10.0.2/qemu-system-x86_64").run { session in
///     session.client.greeting.version
/// }
/// ```
///
/// Built on swift-subprocess's scoped `run(…) { execution in … }`: the child cannot outlive the
/// call, and its standard error is read as it comes so that a failed start reports QEMU's own
/// message.
public struct QEMUProcess: Sendable {
    /// The arguments of a probe: no board, no devices, no display, CPUs stopped. `-machine none`
    /// exists on every target; `-accel tcg` avoids needing `/dev/kvm`.
    public static let probeArguments = [
        "-machine", "none", "-accel", "tcg", "-nodefaults", "-display", "none", "-nographic", "-S",
    ]
    /// The socket's file name inside the private directory.
    public static let socketName = "qmp.sock"

    /// The binary: a path, or a name looked up in `PATH`.
    public var binary: String
    /// The arguments before the QMP monitor's (default: ``probeArguments``).
    public var arguments: [String]
    /// How long to wait for the QMP socket, the greeting and `qmp_capabilities`.
    public var startupTimeout: Duration
    /// How long each QMP command may take by default.
    public var commandTimeout: Duration
    /// How long QEMU has to exit after SIGTERM at the end of a successful run.
    public var shutdownGracePeriod: Duration

    /// Describes a run of `binary`.
    public init(
        binary: String, arguments: [String] = QEMUProcess.probeArguments, startupTimeout: Duration = .seconds(20),
        commandTimeout: Duration = .seconds(60), shutdownGracePeriod: Duration = .seconds(2)
    ) {
        self.binary = binary
        self.arguments = arguments
        self.startupTimeout = startupTimeout
        self.commandTimeout = commandTimeout
        self.shutdownGracePeriod = shutdownGracePeriod
    }

    /// The full argument list for a monitor socket at `socketPath` (commas in the path doubled,
    /// as QEMU's option syntax wants).
    public func commandLine(socketPath: String) -> [String] {
        arguments + QMPMonitorOption.arguments(socketPath: socketPath)
    }

    /// Starts the binary, runs `body` with a connected session, stops the process and cleans up.
    ///
    /// - Returns: What `body` returned.
    /// - Throws: ``QMPError/Code/launchFailed`` when the binary is missing or exits before its
    ///   monitor is ready (the message has its exit status and standard error), ``QMPError``
    ///   from the session, whatever `body` throws, `CancellationError`.
    nonisolated(nonsending) public func run<Result: Sendable>(
        _ body: (QEMUSession) async throws -> Result
    ) async throws -> Result {
        let executable = try resolveExecutable()
        let directory = try TemporaryDirectory.create(prefix: "guestabi-qmp-", roomForName: Self.socketName.utf8.count)
        defer { directory.remove() }
        let socketPath = directory.path + "/" + Self.socketName
        let log = StandardErrorLog()
        let finished: ExecutionResult<Attempt<Result>, DiscardedOutput, SequenceOutput>
        // Its own process group, recorded while it lives: an interrupt of the tool (its handlers
        // are ``ChildProcessGroups/installInterruptHandlers(message:)``) kills the group, and a
        // terminal's Ctrl-C does not reach QEMU behind the tool's back.
        var options = PlatformOptions()
        options.processGroupID = 0
        let groups = ChildProcessGroups.shared
        groups.add(directory: directory.path)
        defer { groups.remove(directory: directory.path) }
        do {
            finished = try await Subprocess.run(
                executable, arguments: Arguments(commandLine(socketPath: socketPath)), platformOptions: options, input: .none,
                output: .discarded, error: .sequence
            ) { execution in
                let pid = execution.processIdentifier.value
                groups.add(group: pid, role: "probe")
                defer { groups.remove(group: pid) }
                return await attempt(execution, socketPath: socketPath, log: log, body: body)
            }
        } catch let error as SubprocessError where error.code == .executableNotFound {
            throw QMPError(
                .launchFailed, subject: binary, reason: "no such executable in PATH",
                hint: "give the path of a qemu-system-* binary, or install the QEMU lab with scripts/setup-qemu-lab.sh")
        } catch let error as SubprocessError {
            throw QMPError(
                .launchFailed, subject: binary, reason: "cannot start it (\(error))",
                hint: "check that it is an executable QEMU system emulator")
        }
        switch finished.closureResult {
        case .finished(let value):
            return value
        case .failed(let error, let phase):
            throw explain(error, phase: phase, status: finished.terminationStatus, log: log)
        }
    }

    // MARK: - Steps

    /// How far a run got before it failed.
    enum Phase: Sendable {
        case startup
        case session
    }

    /// What happened inside the child's lifetime; the process status is only known after.
    enum Attempt<Value: Sendable>: Sendable {
        case finished(Value)
        case failed(any Error, Phase)
    }

    private func resolveExecutable() throws(QMPError) -> Executable {
        guard binary.contains("/") else { return .name(binary) }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            let exists = FileManager.default.fileExists(atPath: binary)
            throw QMPError(
                .launchFailed, subject: binary,
                reason: exists ? "the file is not executable" : "no such file",
                hint: "install the QEMU lab with scripts/setup-qemu-lab.sh, or give the path of a qemu-system-* binary")
        }
        return .path(FilePath(binary))
    }

    /// Connects, runs `body`, then stops the child: gently after success, at once after a failure.
    nonisolated(nonsending) private func attempt<Result: Sendable>(
        _ execution: Execution<NoInput, DiscardedOutput, SequenceOutput>, socketPath: String,
        log: StandardErrorLog, body: (QEMUSession) async throws -> Result
    ) async -> Attempt<Result> {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await log.drain(execution.standardError) }
            var phase = Phase.startup
            var client: QMPClient?
            let attempt: Attempt<Result>
            do {
                let connected = try await QMPClient.connect(
                    socketPath: socketPath, peer: binary, timeout: startupTimeout, commandTimeout: commandTimeout,
                    while: { !log.hasEnded })
                client = connected
                phase = .session
                let session = QEMUSession(
                    binary: binary, processID: execution.processIdentifier.value, socketPath: socketPath,
                    client: connected)
                attempt = .finished(try await body(session))
            } catch {
                attempt = .failed(error, phase)
            }
            await client?.close()
            switch attempt {
            case .finished:
                await execution.teardown(using: [.gracefulShutDown(allowedDurationToNextStep: shutdownGracePeriod)])
            case .failed:
                await execution.teardown(using: [])
            }
            await group.waitForAll()
            return attempt
        }
    }

    /// The error to report for a failed run. A process that died on its own (not by our
    /// SIGKILL) is the real cause: its status and standard error say why.
    private func explain(_ error: any Error, phase: Phase, status: TerminationStatus, log: StandardErrorLog)
        -> any Error
    {
        if error is CancellationError { return error }
        let stderr = log.text
        let said = stderr.isEmpty ? "" : ": \(stderr)"
        if status == .signaled(SIGKILL) {
            // We stopped it; the original error stands, with QEMU's words when it left some.
            guard var failure = error as? QMPError, failure.code == .timeout, !stderr.isEmpty else { return error }
            failure.reason += " (QEMU's standard error\(said))"
            return failure
        }
        let exit: String
        switch status {
        case .exited(let code): exit = "exited with status \(code)"
        case .signaled(let signal): exit = "was killed by signal \(signal)"
        }
        switch phase {
        case .startup:
            return QMPError(
                .launchFailed, subject: binary, reason: "it \(exit) before its QMP monitor was ready\(said)",
                hint: "fix what QEMU reports; to see it yourself run: \(displayCommandLine)")
        case .session:
            guard let failure = error as? QMPError else { return error }
            return QMPError(
                .connectionFailed, subject: failure.subject, reason: "QEMU \(exit) during the session\(said)",
                hint: "fix what QEMU reports; to see it yourself run: \(displayCommandLine)")
        }
    }

    /// The command line for a person to paste, with a placeholder socket path and a monitor
    /// that does not wait for a client.
    private var displayCommandLine: String {
        ([binary] + arguments + QMPMonitorOption.arguments(socketPath: "/tmp/qmp.sock", waitForClient: false))
            .joined(separator: " ")
    }
}

/// A running QEMU with a connected QMP client, valid only inside ``QEMUProcess/run(_:)``.
public struct QEMUSession: Sendable {
    /// The binary that was started.
    public let binary: String
    /// The process id of the QEMU process.
    public let processID: Int32
    /// The QMP socket's path (inside a private directory removed after the run).
    public let socketPath: String
    /// The QMP session, already past capabilities negotiation.
    public let client: QMPClient

    /// Creates a session value.
    public init(binary: String, processID: Int32, socketPath: String, client: QMPClient) {
        self.binary = binary
        self.processID = processID
        self.socketPath = socketPath
        self.client = client
    }
}
