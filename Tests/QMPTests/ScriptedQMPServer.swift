import Foundation
import QMP
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A QMP server on a Unix socket that behaves like QEMU's monitor — capabilities negotiation
/// mode after each greeting, `qmp_capabilities` refused once negotiated, every other command
/// refused before — and can send extra greetings where QEMU's chardev race sends them.
///
/// It serves one client on a thread of its own (blocking I/O is fine in a test helper) and
/// answers other commands with `{"command": NAME}`.
final class ScriptedQMPServer: Sendable {
    /// When extra greetings go out.
    struct Script: Sendable {
        /// Greetings sent on connection (QEMU's race: 2).
        var greetingsOnConnect = 1
        /// Before handling the command with this index (0 = the first), send a greeting and
        /// go back to negotiation mode, as QEMU does on a late second `CHR_EVENT_OPENED`.
        var greetingBeforeCommand: Int?
    }

    let path: String
    private let directory: String
    private let listener: Int32
    private let received = Mutex<[String]>([])
    private let done = Mutex(false)

    /// The command names received so far, in order.
    var commands: [String] { received.withLock { $0 } }

    init(script: Script) throws {
        var template = Array("/tmp/guestabi-fake-qmp-XXXXXX".utf8CString)
        directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        path = directory + "/qmp.sock"
        #if canImport(Darwin)
            let listener = socket(AF_UNIX, SOCK_STREAM, 0)
        #else
            let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        self.listener = listener
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, listen(listener, 1) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        let thread = Thread { [self] in serve(listener: listener, script: script) }
        thread.start()
    }

    /// Closes the listener and removes the socket's directory.
    func stop() {
        done.withLock { $0 = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func serve(listener: Int32, script: Script) {
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return }
        defer { close(client) }
        func write(_ text: String) {
            let bytes = Array((text + "\r\n").utf8)
            _ = bytes.withUnsafeBytes { send(client, $0.baseAddress!, $0.count, 0) }
        }
        let greeting =
            #"{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": "fake"}, "capabilities": ["oob"]}}"#
        var negotiated = false
        for _ in 0..<script.greetingsOnConnect { write(greeting) }
        var buffer: [UInt8] = []
        var index = 0
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !done.withLock({ $0 }) {
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress!, $0.count, 0) }
            guard count > 0 else { return }
            buffer += chunk[..<count]
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                guard let request = try? JSONValue(parsing: line), let name = request["execute"]?.stringValue else {
                    continue
                }
                let id = request["id"].map { String(decoding: $0.jsonBytes, as: UTF8.self) } ?? "null"
                received.withLock { $0.append(name) }
                if index == script.greetingBeforeCommand {
                    write(greeting)
                    negotiated = false
                }
                index += 1
                switch (name, negotiated) {
                case ("qmp_capabilities", false):
                    negotiated = true
                    write(#"{"return": {}, "id": \#(id)}"#)
                case ("qmp_capabilities", true):
                    write(
                        #"{"error": {"class": "CommandNotFound", "desc": "Capabilities negotiation is already complete, command ignored"}, "id": \#(id)}"#
                    )
                case (_, false):
                    write(
                        #"{"error": {"class": "CommandNotFound", "desc": "Expecting capabilities negotiation with 'qmp_capabilities'"}, "id": \#(id)}"#
                    )
                case (_, true):
                    write(#"{"return": {"command": "\#(name)"}, "id": \#(id)}"#)
                }
            }
        }
    }
}
