import Foundation
import GuestABI
import Report

/// Target 2: the matrix of synthetic histories of growing size, each computed in a fresh child
/// process (this executable, re-invoked) so that every peak RSS is its own.
enum ScalingBenchmark {
    /// The size the bounds apply to, and the bounds.
    static let boundedReleases = 200
    static let boundSeconds = 2.0
    static let boundMiB = 1024.0

    /// What one child measures.
    struct Row: Codable {
        var releases: Int
        var stableUpdates: Int
        /// Distinct machine types registered by some release.
        var machineTypes: Int
        /// Machines registered per release: fewest, mean, most.
        var registeredMin: Int
        var registeredMean: Double
        var registeredMax: Int
        var cells: Int
        var compatible: Int
        var incompatible: Int
        /// Cells with each reason kind, by kind name.
        var kinds: [String: Int]
        /// Median seconds of `CompatibilityMatrix(registries:)`.
        var seconds: Double
        var generateSeconds: Double
        /// Peak RSS after generating the registries, and at the end.
        var generatedMiB: Double
        var peakMiB: Double
    }

    /// In the child: generates `releases` releases, times the matrix `runs` times, prints a Row
    /// as JSON.
    static func child(releases: Int, runs: Int) throws {
        let shape = SyntheticShape(releases: releases)
        let (registries, generateSeconds) = Stopwatch.time { SyntheticRegistries(shape).registries() }
        let generatedMiB = ProcessMemory.peakMiB
        var times: [Double] = []
        var last: CompatibilityMatrix?
        for _ in 0..<runs {
            last = nil
            let (matrix, seconds) = Stopwatch.time { CompatibilityMatrix(registries: registries) }
            times.append(seconds)
            last = matrix
        }
        guard let matrix = last else { return }
        let registered = registries.map { $0.machines.filter(\.registered).count }
        var kinds: [String: Int] = [:]
        for cell in matrix.cells {
            for kind in cell.reasonKinds { kinds[kind.rawValue, default: 0] += 1 }
        }
        let counts = matrix.verdictCounts
        let row = Row(
            releases: releases, stableUpdates: shape.history.filter(\.isStable).count, machineTypes: matrix.machines.count,
            registeredMin: registered.min() ?? 0, registeredMean: Double(registered.reduce(0, +)) / Double(max(1, registered.count)),
            registeredMax: registered.max() ?? 0, cells: matrix.cells.count, compatible: counts[.compatible] ?? 0,
            incompatible: counts[.incompatible] ?? 0, kinds: kinds, seconds: Stopwatch.median(times), generateSeconds: generateSeconds,
            generatedMiB: generatedMiB, peakMiB: ProcessMemory.peakMiB)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(row), as: UTF8.self))
    }

    /// In the parent: runs one child per size and prints the scaling table; returns false when
    /// a bound is missed.
    static func run(sizes: [Int], runs: Int) throws -> Bool {
        print("generator (not timed):")
        for line in SyntheticShape(releases: sizes.max() ?? boundedReleases).summary { print("  " + line) }
        var rows: [Row] = []
        for size in sizes { rows.append(try spawn(releases: size, runs: runs)) }
        print("\"machine types\" = distinct types registered by at least one release; each release registers only those its")
        print("lifecycle keeps. cells = ordered (source, destination) release pairs × machines the source registers.")
        print("seconds = median of \(runs) runs of CompatibilityMatrix(registries:) in a fresh process; peak RSS of that whole")
        print("process (generator included; RSS after generating in brackets).")
        var table = TextTable(
            header: ["RELEASES", "MACHINE TYPES", "REG/RELEASE", "CELLS", "INCOMPAT", "SECONDS", "ns/CELL", "PEAK RSS MiB", "GEN s"],
            alignments: Array(repeating: .right, count: 9))
        for row in rows {
            table.append([
                "\(row.releases)", "\(row.machineTypes)", "\(row.registeredMin)–\(row.registeredMax)", "\(row.cells)", "\(row.incompatible)",
                String(format: "%.3f", row.seconds), String(format: "%.0f", row.seconds / Double(max(1, row.cells)) * 1e9),
                String(format: "%.0f (%.0f)", row.peakMiB, row.generatedMiB), String(format: "%.2f", row.generateSeconds),
            ])
        }
        print(table.render(), terminator: "")
        if let largest = rows.last {
            print("reason kinds at \(largest.releases) releases (cells having each): " + largest.kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        guard let bounded = rows.first(where: { $0.releases == boundedReleases }) else { return true }
        let timeOK = bounded.seconds <= boundSeconds
        let memoryOK = bounded.peakMiB <= boundMiB
        var bounds = TextTable(header: ["TARGET (\(boundedReleases) releases × \(bounded.machineTypes) machine types)", "FIGURE", "BOUND", "RESULT"], alignments: [.left, .right, .right, .left])
        bounds.append(["matrix time", String(format: "%.3f s", bounded.seconds), String(format: "%.1f s", boundSeconds), timeOK ? "PASS" : "FAIL"])
        bounds.append(["peak RSS", String(format: "%.0f MiB", bounded.peakMiB), String(format: "%.0f MiB", boundMiB), memoryOK ? "PASS" : "FAIL"])
        if let smallest = rows.first, smallest.releases != bounded.releases {
            let growth = (bounded.seconds / Double(bounded.cells)) / (smallest.seconds / Double(smallest.cells))
            bounds.append(["ns/cell at \(bounded.releases) ÷ at \(smallest.releases) releases", String(format: "%.2f", growth), "~1 (linear)", "info"])
        }
        print(bounds.render(), terminator: "")
        return timeOK && memoryOK
    }

    private static func spawn(releases: Int, runs: Int) throws -> Row {
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["scaling-child", "\(releases)", "\(runs)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchFailure("the child for \(releases) releases exited with status \(process.terminationStatus)")
        }
        return try JSONDecoder().decode(Row.self, from: data)
    }
}

/// A benchmark that could not run.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
