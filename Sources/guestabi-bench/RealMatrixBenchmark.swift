import Foundation
import GuestABI
import RegistryStore
import Report

/// Target 1: the full matrix of the embedded releases, every family, against its bound; and,
/// for information, loading the registries and building the ``MatrixView`` every format renders.
enum RealMatrixBenchmark {
    /// The bound on computing the matrix, in seconds.
    static let bound = 0.050

    /// Runs the benchmark `runs` times and prints its table; returns false when the bound is missed.
    static func run(runs: Int) throws -> Bool {
        let versions = EmbeddedRegistry.versions()
        var loadTimes: [Double] = []
        var registries: [ReleaseRegistry] = []
        for _ in 0..<runs {
            let (loaded, seconds) = try Stopwatch.time {
                try versions.compactMap { version throws(RegistryFile.Failure) in try EmbeddedRegistry.registry(version) }
            }
            loadTimes.append(seconds)
            registries = loaded
        }
        var matrixTimes: [Double] = []
        var matrix: CompatibilityMatrix?
        for _ in 0..<runs {
            let (computed, seconds) = Stopwatch.time { CompatibilityMatrix(registries: registries) }
            matrixTimes.append(seconds)
            Sink.consume(computed.cells.count)
            matrix = computed
        }
        guard let matrix else { return false }
        var viewTimes: [Double] = []
        for _ in 0..<runs {
            let (view, seconds) = Stopwatch.time { MatrixView(matrix, registries: registries) }
            viewTimes.append(seconds)
            Sink.consume(view.cells.count)
        }
        let counts = matrix.verdictCounts
        let machines = registries.map { $0.machines.filter(\.registered).count }
        print("releases: \(versions.map(\.description).joined(separator: ", ")); machines registered per release \(machines.map(String.init).joined(separator: "/")), \(matrix.machines.count) distinct")
        print("cells: \(matrix.cells.count) (\(counts[.compatible] ?? 0) compatible, \(counts[.incompatible] ?? 0) incompatible, \(counts[.unknown] ?? 0) unknown); median of \(runs) runs, in-process")
        let matrixMedian = Stopwatch.median(matrixTimes)
        let passed = matrixMedian <= bound
        var table = TextTable(header: ["WHAT", "MEDIAN ms", "MIN ms", "BOUND ms", "RESULT"], alignments: [.left, .right, .right, .right, .left])
        table.append(["CompatibilityMatrix(registries:)", milliseconds(matrixMedian), milliseconds(matrixTimes.min() ?? 0), milliseconds(bound), passed ? "PASS" : "FAIL"])
        table.append(["MatrixView(matrix, registries:)", milliseconds(Stopwatch.median(viewTimes)), milliseconds(viewTimes.min() ?? 0), "-", "info"])
        table.append(["load 5 embedded registries", milliseconds(Stopwatch.median(loadTimes)), milliseconds(loadTimes.min() ?? 0), "-", "info"])
        print(table.render(), terminator: "")
        return passed
    }

    static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.2f", seconds * 1000)
    }
}
