import Foundation

/// `guestabi-bench`: figures for the migration engine, each printed beside its bound.
///
///     guestabi-bench matrix [RUNS]            # the five embedded releases (default 21 runs)
///     guestabi-bench scaling [RUNS] [SIZES…]  # synthetic histories (default 3 runs; 50 100 200)
///     guestabi-bench scaling-child SIZE RUNS  # one size, as JSON (what `scaling` spawns)
///     guestabi-bench load [RUNS]              # decoding each embedded release (default 21 runs)
///
/// Exit status: 0 every bound met, 1 a bound missed, 2 bad usage or a failure.
let arguments = Array(CommandLine.arguments.dropFirst())
let numbers = arguments.dropFirst().compactMap { Int($0) }
do {
    let passed: Bool
    switch arguments.first {
    case "matrix":
        passed = try RealMatrixBenchmark.run(runs: numbers.first ?? 21)
    case "scaling":
        let sizes = Array(numbers.dropFirst())
        passed = try ScalingBenchmark.run(sizes: sizes.isEmpty ? [50, 100, 200] : sizes, runs: numbers.first ?? 3)
    case "load":
        passed = try LoadBenchmark.run(runs: numbers.first ?? 21)
    case "scaling-child" where numbers.count == 2:
        try ScalingBenchmark.child(releases: numbers[0], runs: numbers[1])
        passed = true
    default:
        FileHandle.standardError.write(Data("usage: guestabi-bench matrix [RUNS] | scaling [RUNS] [SIZES…] | scaling-child SIZE RUNS | load [RUNS]\n".utf8))
        exit(2)
    }
    exit(passed ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("guestabi-bench: \(error)\n".utf8))
    exit(2)
}
