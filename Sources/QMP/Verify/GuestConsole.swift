import Foundation

/// Reads a booted guest's heartbeat from its serial console log: lines `<marker><counter>`.
enum GuestConsole {
    /// The last counter in the log at `path`, nil when none yet.
    static func lastHeartbeat(path: String, marker: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        let needle = Array(marker.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var last: Int?
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) {
                var cursor = index + needle.count
                var value = 0
                var digits = 0
                while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9"),
                    digits < 18
                {
                    value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                    digits += 1
                    cursor += 1
                }
                // A counter is complete once a line break follows it.
                if digits > 0, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\n") || bytes[cursor] == UInt8(ascii: "\r") {
                    last = value
                }
                index = cursor
            } else {
                index += 1
            }
        }
        return last
    }

    /// Waits until the log shows a counter (above `above` when given) and returns it; nil when
    /// `timeout` passes or `keepWaiting` turns false first.
    static func waitForHeartbeat(
        path: String, marker: String, above: Int?, timeout: Duration, while keepWaiting: () -> Bool
    ) async throws -> Int? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let value = lastHeartbeat(path: path, marker: marker), value > (above ?? Int.min) { return value }
            guard keepWaiting() else { return nil }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }
}
