import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing of a piece of work, and the median of several runs.
enum Stopwatch {
    /// The result of `body` and the seconds it took.
    static func time<Result>(_ body: () throws -> Result) rethrows -> (result: Result, seconds: Double) {
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = start.duration(to: .now)
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The median of `values` (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// The process's memory, as the kernel counts it.
enum ProcessMemory {
    /// The peak resident set size so far, in MiB (`getrusage(RUSAGE_SELF).ru_maxrss`).
    static var peakMiB: Double {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
        #else
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Double(usage.ru_maxrss) / 1024  // KiB on Linux
        #endif
    }
}

/// Keeps results alive so that the optimiser cannot drop the work that made them.
enum Sink {
    /// Adds `value` to a total nobody reads but the optimiser cannot see through.
    @inline(never)
    static func consume(_ value: Int) {
        total = total &+ value
        if total == Int.min { print("") }
    }

    nonisolated(unsafe) private static var total = 0
}
