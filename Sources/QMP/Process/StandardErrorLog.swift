import Subprocess
import Synchronization

/// What a child process wrote to standard error, kept up to a limit, and whether the stream
/// has ended (the process exited, or at least closed it).
final class StandardErrorLog: Sendable {
    /// The most bytes kept; QEMU's startup errors are a line or two.
    static let limit = 64 << 10

    private struct State {
        var bytes: [UInt8] = []
        var truncated = false
        var ended = false
    }

    private let state = Mutex(State())

    /// Reads `stream` to its end. A read error ends the log like end of file does: what
    /// arrived so far is kept.
    func drain(_ stream: SubprocessOutputSequence) async {
        do {
            for try await chunk in stream {
                chunk.withUnsafeBytes { raw in append(raw) }
            }
        } catch {
            // The stream is gone either way; keep what was read.
        }
        state.withLock { $0.ended = true }
    }

    private func append(_ raw: UnsafeRawBufferPointer) {
        state.withLock { state in
            let room = Self.limit - state.bytes.count
            state.bytes.append(contentsOf: raw.prefix(max(room, 0)))
            if raw.count > room { state.truncated = true }
        }
    }

    /// True once the stream has ended.
    var hasEnded: Bool { state.withLock(\.ended) }

    /// The text so far, trimmed and without the QMP monitor's wait notice, with a note when it
    /// was cut at ``limit``.
    var text: String {
        state.withLock { state in
            let text = QMPMonitorOption.withoutWaitNotice(String(decoding: state.bytes, as: UTF8.self))
                .trimmingASCIIWhitespaceAndNewlines()
            return state.truncated ? text + " […]" : text
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespaceAndNewlines() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
