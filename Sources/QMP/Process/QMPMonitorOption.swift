import Foundation

/// The QMP monitor every QEMU that guestabi starts gets: `-qmp unix:PATH,server=on,wait=on`.
///
/// `wait=on` makes QEMU accept the client while it is still initialising, before its main loop
/// and its monitor I/O thread run. With `wait=off` the main loop's accept races the I/O
/// thread's handler set-up, and a client that connects early (as every probe does) can lose:
/// QEMU then sends its greeting twice, or sends it and never reads the socket again, so
/// `qmp_capabilities` gets no reply at all. Measured on the lab's Debian binaries with an
/// immediate connect and eight QEMUs at a time: `wait=off` hung 6 of 1000 starts of 7.2 x86_64
/// and 3 of 3200 of 10.0.2 (x86_64, aarch64), and greeted twice 6 times; `wait=on` neither hung
/// nor greeted twice in 5200 starts. A hung monitor does not recover by reconnecting: QEMU
/// still holds the first connection, and a new one is closed at once.
///
/// The cost: QEMU waits for the client, so whoever starts it must connect (``QMPClient``
/// does at once, and the process is killed when it cannot), and QEMU says on standard error
/// that it waits (``withoutWaitNotice(_:)`` drops that line).
enum QMPMonitorOption {
    /// The arguments that give QEMU a QMP monitor listening on `socketPath` (commas doubled,
    /// as QEMU's option syntax wants). `waitForClient: false` is the form for a person to paste,
    /// who would otherwise see QEMU sit waiting.
    static func arguments(socketPath: String, waitForClient: Bool = true) -> [String] {
        let escaped = socketPath.replacingOccurrences(of: ",", with: ",,")
        return ["-qmp", "unix:\(escaped),server=on,wait=\(waitForClient ? "on" : "off")"]
    }

    /// What QEMU prints while a `wait=on` monitor waits, after its program name and option:
    /// `qemu-system-x86_64: -qmp unix:…,server=on,wait=on: info: QEMU waiting for connection on: …`.
    static let waitNotice = "info: QEMU waiting for connection on: "

    /// `text` (QEMU's standard error) without the line that says the monitor waits for us.
    static func withoutWaitNotice(_ text: String) -> String {
        guard text.contains(waitNotice) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains(waitNotice) }
            .joined(separator: "\n")
    }
}
