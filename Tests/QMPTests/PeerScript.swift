import Foundation

/// Runs one of QEMU's own Python scripts from the 10.2.2 corpus tree (with that tree's `python/`
/// on `PYTHONPATH`), the peers our commands must agree with.
enum PeerScript {
    static let tree = (ProcessInfo.processInfo.environment["QEMU_CORPUS"] ?? "/var/cache/qemu-corpus") + "/10.2.2"

    /// True when the script exists and `python3` imports `module` (scripts/setup-python.sh).
    static func isAvailable(_ script: String, needs module: String? = nil) -> Bool {
        guard FileManager.default.fileExists(atPath: "\(tree)/scripts/\(script)") else { return false }
        guard let module else { return true }
        return (try? run(["python3", "-c", "import \(module)"]).status) == 0
    }

    /// Runs `python3 scripts/<script> arguments…`; standard output and status.
    static func script(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try run(["python3", "\(tree)/scripts/\(script)"] + arguments)
    }

    static func run(_ argv: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = argv
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = "\(tree)/python"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes to their ends before waiting, so a full pipe cannot stall the child.
        let errorData = Mutex2()
        let reader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData.get(), as: UTF8.self))
    }

    /// A cell of data handed between two threads.
    final class Mutex2: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        var isSet: Bool { lock.withLock { data != nil } }
        func get() -> Data { lock.withLock { data ?? Data() } }
    }
}

/// RFC 4180 CSV as pandas writes it: quoted fields may hold commas, quotes (doubled) and newlines.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if byte == UInt8(ascii: "\n") {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
                if row != [""] { rows.append(row) }
                row = []
            } else if byte != UInt8(ascii: "\r") {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(decoding: field, as: UTF8.self))
            rows.append(row)
        }
        return rows
    }
}
