import SystemPackage

/// A QMP session with one QEMU process over a Unix-domain socket.
///
/// ``connect(socketPath:peer:timeout:commandTimeout:)`` reads the greeting and leaves
/// capabilities negotiation mode; ``execute(_:arguments:timeout:)`` then sends a command and
/// returns its `return` value. Asynchronous events that arrive meanwhile are set aside
/// (``takeEvents()``). Commands may be issued concurrently: each carries its own `id` and
/// waits for the reply with that `id`.
///
/// The socket is non-blocking and every wait is a `Task.sleep` with a deadline, so no thread
/// ever blocks on QEMU, every read has a timeout and cancellation ends a wait at once.
public actor QMPClient {
    /// The most events kept for ``takeEvents()``; older ones are dropped.
    public static let eventLimit = 1000

    /// The socket this client is connected to.
    public nonisolated let socketPath: String
    /// Who is at the other end, for messages: the binary's path, or the socket's.
    public nonisolated let peer: String
    /// The greeting the server sent: QEMU's version and capabilities.
    public nonisolated let greeting: QMPGreeting
    /// How long ``execute(_:arguments:timeout:)`` waits for a reply unless told otherwise.
    public nonisolated let commandTimeout: Duration

    private var reader: LineReader?
    private var nextID: Int64 = 1
    /// The ids of commands waiting for their reply, and replies that arrived for them.
    private var awaiting: Set<Int64> = []
    private var replies: [Int64: QMPMessage] = [:]
    private var events: [QMPEvent] = []
    /// Set once the connection is unusable; every later command fails with it.
    private var broken: QMPError?
    /// How many greetings arrived after the first one. QEMU sends one per `CHR_EVENT_OPENED`,
    /// and its socket chardev can deliver that event twice for one connection (the main loop's
    /// accept and the monitor I/O thread's handler set-up race); each greeting puts the monitor
    /// back into capabilities negotiation mode.
    private var repeatedGreetings = 0

    private init(
        reader: LineReader, socketPath: String, peer: String, greeting: QMPGreeting, commandTimeout: Duration
    ) {
        self.reader = reader
        self.socketPath = socketPath
        self.peer = peer
        self.greeting = greeting
        self.commandTimeout = commandTimeout
    }

    deinit {
        reader?.socket.close()
    }

    /// Connects to the QMP server at `socketPath`, waiting up to `timeout` for it to listen
    /// and greet, then sends `qmp_capabilities`.
    ///
    /// - Parameters:
    ///   - peer: Names the other end in error messages (default: the socket path).
    ///   - commandTimeout: The default time ``execute(_:arguments:timeout:)`` waits for a reply.
    public static func connect(
        socketPath: String, peer: String? = nil, timeout: Duration = .seconds(15),
        commandTimeout: Duration = .seconds(30)
    ) async throws -> QMPClient {
        try await connect(
            socketPath: socketPath, peer: peer ?? socketPath, timeout: timeout, commandTimeout: commandTimeout,
            while: { true })
    }

    /// ``connect(socketPath:peer:timeout:commandTimeout:)``, giving up as soon as
    /// `keepWaiting` returns false (the process that should listen has exited).
    static func connect(
        socketPath: String, peer: String, timeout: Duration, commandTimeout: Duration,
        while keepWaiting: () -> Bool
    ) async throws -> QMPClient {
        let deadline = ContinuousClock.now + timeout
        let reader = LineReader(
            socket: try await waitForListener(socketPath, peer: peer, deadline: deadline, while: keepWaiting))
        let (greeting, greeted) = try await readGreeting(reader, socketPath: socketPath, peer: peer, deadline: deadline)
        // From here the client owns the socket and closes it exactly once.
        let client = QMPClient(
            reader: greeted, socketPath: socketPath, peer: peer, greeting: greeting, commandTimeout: commandTimeout)
        do {
            try await client.negotiate(until: deadline)
        } catch {
            await client.close()
            throw error
        }
        return client
    }

    /// Reads the greeting; closes the socket when that fails.
    private static func readGreeting(
        _ reader: LineReader, socketPath: String, peer: String, deadline: ContinuousClock.Instant
    ) async throws -> (QMPGreeting, LineReader) {
        var reader = reader
        do {
            guard let line = try await reader.readLine(until: deadline, peer: peer) else {
                throw QMPError(
                    .timeout, subject: peer, reason: "no QMP greeting on \(socketPath) in time",
                    hint: "check that the socket belongs to a QEMU monitor in control mode (-qmp)")
            }
            guard case .greeting(let greeting) = try QMPMessage(line: line) else {
                throw QMPError(
                    .protocolError, subject: peer, reason: "the first message was not a QMP greeting",
                    hint: "check that the socket belongs to a QEMU monitor in control mode (-qmp)")
            }
            return (greeting, reader)
        } catch let error as Errno {
            reader.socket.close()
            throw QMPError(
                .connectionFailed, subject: peer, reason: "reading the QMP greeting from \(socketPath): \(error)",
                hint: "QEMU probably exited; its standard error says why")
        } catch {
            reader.socket.close()
            throw error
        }
    }

    /// Connects to `path` once something listens there.
    private static func waitForListener(
        _ path: String, peer: String, deadline: ContinuousClock.Instant, while keepWaiting: () -> Bool
    ) async throws -> UnixSocket {
        var backoff = PollingBackoff()
        while true {
            do throws(Errno) {
                return try UnixSocket.connect(path: path)
            } catch .noSuchFileOrDirectory, .connectionRefused, .resourceTemporarilyUnavailable {
                guard keepWaiting() else {
                    throw QMPError(
                        .connectionFailed, subject: peer, reason: "QEMU exited before it listened on \(path)",
                        hint: "its standard error says why")
                }
                guard try await backoff.wait(until: deadline) else {
                    throw QMPError(
                        .timeout, subject: peer, reason: "nothing listened on \(path) in time",
                        hint: "QEMU may be slow to start on a busy host: raise the startup timeout")
                }
            } catch .fileNameTooLong {
                throw QMPError(
                    .connectionFailed, subject: path,
                    reason: "a Unix socket path has at most \(UnixSocket.maximumPathLength) bytes",
                    hint: "use a shorter directory, for example set TMPDIR=/tmp")
            } catch {
                throw QMPError(
                    .connectionFailed, subject: path, reason: "cannot connect: \(error)",
                    hint: "check that the path is the QMP socket of a running QEMU and that you may open it")
            }
        }
    }

    // MARK: - Commands

    /// Runs the QMP command `command` and returns its `return` value.
    ///
    /// - Parameters:
    ///   - arguments: The command's `arguments` object; `nil` sends none.
    ///   - timeout: How long to wait for the reply (default: ``commandTimeout``).
    /// - Throws: ``QMPError`` with ``QMPError/Code/commandFailed`` and QEMU's error class when
    ///   QEMU answers with an error, ``QMPError/Code/timeout`` without a reply in time,
    ///   ``QMPError/Code/connectionFailed`` when the connection breaks; `CancellationError`.
    public func execute(
        _ command: String, arguments: [String: JSONValue]? = nil, timeout: Duration? = nil
    ) async throws -> JSONValue {
        let deadline = ContinuousClock.now + (timeout ?? commandTimeout)
        let greetingsBefore = repeatedGreetings
        do {
            return try await roundTrip(command, arguments: arguments, until: deadline)
        } catch let error as QMPError
            where error.errorClass == "CommandNotFound" && repeatedGreetings > greetingsBefore && command != Self.negotiation
        {
            // A late repeated greeting reset the monitor before it read this command, which it
            // refused unrun: negotiate again and send it once more.
            try await negotiate(until: deadline)
            return try await roundTrip(command, arguments: arguments, until: deadline)
        }
    }

    /// The command that leaves capabilities negotiation mode.
    static let negotiation = "qmp_capabilities"

    /// Leaves capabilities negotiation mode, again as long as repeated greetings put the monitor
    /// back into it. After a repeated greeting QEMU may already have taken the first
    /// `qmp_capabilities`, and then refuses the next one as `CommandNotFound`: that is success too.
    private func negotiate(until deadline: ContinuousClock.Instant) async throws {
        var greetingsBefore = repeatedGreetings
        var renegotiating = false
        while true {
            do {
                _ = try await roundTrip(Self.negotiation, arguments: nil, until: deadline)
            } catch let error as QMPError where renegotiating && error.errorClass == "CommandNotFound" {
                // "Capabilities negotiation is already complete": this one was not needed.
            }
            guard repeatedGreetings > greetingsBefore else { return }
            greetingsBefore = repeatedGreetings
            renegotiating = true
        }
    }

    /// Sends one command and waits for its reply until `deadline`.
    private func roundTrip(
        _ command: String, arguments: [String: JSONValue]?, until deadline: ContinuousClock.Instant
    ) async throws -> JSONValue {
        let subject = "\(peer): QMP command '\(command)'"
        let wait = ContinuousClock.now.duration(to: deadline)
        let id = nextID
        nextID += 1
        var request: [String: JSONValue] = ["execute": .string(command), "id": .int(id)]
        if let arguments { request["arguments"] = .object(arguments) }
        awaiting.insert(id)
        defer {
            awaiting.remove(id)
            replies[id] = nil
        }
        try await send(JSONValue.object(request).jsonBytes + [UInt8(ascii: "\n")], subject: subject, deadline: deadline)
        guard let reply = try await reply(to: id, subject: subject, deadline: deadline) else {
            throw QMPError(
                .timeout, subject: subject, reason: "no reply within \(wait)",
                hint: "QEMU may be hung or the host overloaded; raise the command timeout")
        }
        switch reply {
        case .success(_, let value):
            return value
        case .failure(_, let errorClass, let description):
            throw QMPError(
                .commandFailed, subject: subject, reason: "\(errorClass): \(description)",
                hint: Self.hint(forErrorClass: errorClass), errorClass: errorClass)
        case .greeting, .event:
            throw QMPError(
                .protocolError, subject: subject, reason: "a reply that is neither 'return' nor 'error'",
                hint: "check that the socket belongs to a QEMU monitor in control mode")
        }
    }

    /// The events received so far, oldest first, and forgets them.
    public func takeEvents() -> [QMPEvent] {
        defer { events.removeAll() }
        return events
    }

    /// Closes the connection; later commands fail with ``QMPError/Code/connectionFailed``.
    public func close() {
        reader?.socket.close()
        reader = nil
        broken =
            broken
            ?? QMPError(
                .connectionFailed, subject: peer, reason: "the QMP client was closed",
                hint: "connect again to send more commands")
    }

    // MARK: - I/O

    private func send(_ bytes: [UInt8], subject: String, deadline: ContinuousClock.Instant) async throws {
        var offset = 0
        var backoff = PollingBackoff()
        while offset < bytes.count {
            guard let socket = reader?.socket else { throw brokenError(subject) }
            let written: Int
            do throws(Errno) {
                written = try socket.write(bytes, from: offset)
            } catch {
                throw breakConnection(subject, reason: "sending the command failed: \(error)")
            }
            if written > 0 {
                offset += written
                backoff.reset()
            } else if try await !backoff.wait(until: deadline) {
                throw QMPError(
                    .timeout, subject: subject, reason: "QEMU did not take the command in time",
                    hint: "QEMU may be hung or the host overloaded; raise the command timeout")
            }
        }
    }

    /// Reads and dispatches messages until the reply for `id` is there; `nil` at the deadline.
    private func reply(
        to id: Int64, subject: String, deadline: ContinuousClock.Instant
    ) async throws -> QMPMessage? {
        var backoff = PollingBackoff()
        while true {
            // Another call may have read our reply while this one slept.
            if let reply = replies.removeValue(forKey: id) { return reply }
            if broken != nil { throw brokenError(subject) }
            let next: LineReader.Step?
            do throws(Errno) {
                next = try reader?.step()
            } catch {
                throw breakConnection(subject, reason: "reading the reply failed: \(error)")
            }
            guard let step = next else { throw brokenError(subject) }
            switch step {
            case .line(let line):
                try dispatch(line, subject: subject)
                backoff.reset()
            case .progress:
                do throws(QMPError) {
                    try reader?.checkLength(peer: subject)
                } catch {
                    broken = error
                    throw error
                }
                backoff.reset()
            case .wouldBlock:
                guard try await backoff.wait(until: deadline) else { return nil }
            case .endOfStream:
                throw breakConnection(subject, reason: "QEMU closed the QMP connection")
            }
        }
    }

    /// Files one message: a reply under its command's id, an event in ``events``.
    private func dispatch(_ line: [UInt8], subject: String) throws(QMPError) {
        guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { return }
        let message: QMPMessage
        do {
            message = try QMPMessage(line: line)
        } catch {
            let excerpt = String(decoding: line.prefix(200), as: UTF8.self)
            let failure = QMPError(
                .protocolError, subject: subject, reason: "\(error.reason) in '\(excerpt)'", hint: error.hint)
            broken = failure
            throw failure
        }
        switch message {
        case .event(let event):
            if events.count == Self.eventLimit { events.removeFirst() }
            events.append(event)
        case .success(let id, _), .failure(let id, _, _):
            // QEMU omits the id only when it could not read the request; replies come in order.
            guard let target = Self.commandID(id) ?? awaiting.min(), awaiting.contains(target) else {
                return  // the reply to a command that already timed out
            }
            replies[target] = message
        case .greeting:
            // The same connection opened twice inside QEMU (see ``repeatedGreetings``); the
            // commands that follow negotiate again.
            repeatedGreetings += 1
        }
    }

    private static func commandID(_ id: JSONValue?) -> Int64? {
        guard case .int(let value)? = id else { return nil }
        return value
    }

    private func breakConnection(_ subject: String, reason: String) -> QMPError {
        let error = QMPError(
            .connectionFailed, subject: subject, reason: reason,
            hint: "QEMU probably exited; its standard error says why")
        broken = broken ?? error
        return error
    }

    private func brokenError(_ subject: String) -> QMPError {
        var error =
            broken
            ?? QMPError(
                .connectionFailed, subject: subject, reason: "the QMP client was closed",
                hint: "connect again to send more commands")
        error.subject = subject
        return error
    }

    static func hint(forErrorClass errorClass: String) -> String {
        switch errorClass {
        case "CommandNotFound":
            "this QEMU does not have the command; 'query-commands' lists the ones it has"
        case "DeviceNotFound":
            "no device or object has that name; check the id or QOM path"
        default:
            "check the command's arguments against the QMP reference of this QEMU version"
        }
    }
}
