import SystemPackage

/// Splits what a ``UnixSocket`` delivers into lines: QMP sends one JSON message per line.
struct LineReader {
    /// The longest line accepted; a longer one means the peer is not speaking QMP.
    static let maximumLineLength = 256 << 20

    let socket: UnixSocket
    private var buffer: [UInt8] = []
    /// How many bytes at the start of `buffer` are known to hold no newline.
    private var scanned = 0

    init(socket: UnixSocket) {
        self.socket = socket
    }

    /// What one call to ``step()`` found.
    enum Step {
        /// A complete line, without its `\n`.
        case line([UInt8])
        /// New bytes arrived, but no complete line yet.
        case progress
        /// Nothing to read now.
        case wouldBlock
        /// The peer closed the connection.
        case endOfStream
    }

    /// Returns a complete line if the buffer holds one, else reads once without blocking.
    mutating func step() throws(Errno) -> Step {
        if let line = takeLine() { return .line(line) }
        switch try socket.read(appendingTo: &buffer) {
        case .data: return takeLine().map(Step.line) ?? .progress
        case .wouldBlock: return .wouldBlock
        case .endOfStream: return .endOfStream
        }
    }

    /// The number of buffered bytes that do not form a complete line yet.
    var pendingByteCount: Int { buffer.count }

    private mutating func takeLine() -> [UInt8]? {
        guard let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) else {
            scanned = buffer.count
            return nil
        }
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        scanned = 0
        return line
    }

    /// Waits for the next complete line until `deadline`; `nil` when the deadline passes.
    /// Throws `Errno` from the socket, ``QMPError`` (connection closed, line too long) and
    /// `CancellationError`.
    mutating func readLine(until deadline: ContinuousClock.Instant, peer: String) async throws -> [UInt8]? {
        var backoff = PollingBackoff()
        while true {
            switch try step() {
            case .line(let line):
                return line
            case .progress:
                try checkLength(peer: peer)
                backoff.reset()
            case .wouldBlock:
                guard try await backoff.wait(until: deadline) else { return nil }
            case .endOfStream:
                throw QMPError(
                    .connectionFailed, subject: peer, reason: "QEMU closed the QMP connection",
                    hint: "QEMU probably exited; its standard error says why")
            }
        }
    }

    /// Throws when the incomplete line has grown past ``maximumLineLength``.
    func checkLength(peer: String) throws(QMPError) {
        guard buffer.count <= Self.maximumLineLength else {
            throw QMPError(
                .protocolError, subject: peer,
                reason: "a QMP message longer than \(Self.maximumLineLength) bytes without a newline",
                hint: "check that the socket belongs to a QEMU monitor in control mode")
        }
    }
}
