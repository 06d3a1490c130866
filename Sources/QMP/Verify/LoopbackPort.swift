import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Chooses TCP ports on 127.0.0.1 for incoming migrations.
///
/// A port the kernel just gave out can be taken again before the destination binds it (other
/// runs pick ports at the same time); the destination's `migrate-incoming` then fails and the
/// harness asks for another port (``LiveMigrationOptions/portAttempts``).
public struct LoopbackPortChooser: Sendable {
    /// Ports to try first, in order (tests use this to force a port that is taken).
    public var preferred: [UInt16]

    /// Creates a chooser that tries `preferred` first, then ports the kernel picks.
    public init(preferred: [UInt16] = []) {
        self.preferred = preferred
    }

    /// The port for attempt number `attempt` (0-based).
    func port(attempt: Int) throws(QMPError) -> UInt16 {
        if attempt < preferred.count { return preferred[attempt] }
        return try Self.ephemeralPort()
    }

    /// A port that was free a moment ago: bind 127.0.0.1:0, read the port, close.
    static func ephemeralPort() throws(QMPError) -> UInt16 {
        #if canImport(Glibc) || canImport(Musl)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw failure("socket") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 && getsockname(descriptor, raw, &length) == 0
            }
        }
        guard bound else { throw failure("bind") }
        return UInt16(bigEndian: address.sin_port)
    }

    private static func failure(_ call: String) -> QMPError {
        QMPError(
            .launchFailed, subject: "127.0.0.1", reason: "cannot pick a free TCP port (\(call): \(String(cString: strerror(errno))))",
            hint: "live migration needs loopback TCP; check that the loopback interface is up")
    }
}
