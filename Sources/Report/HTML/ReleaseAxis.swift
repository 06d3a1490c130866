import GuestABI

/// A linear scale of QEMU feature releases for the timeline's bars: one step per feature
/// release, so that "three years" (the lifecycle rule's age) is nine steps from 4.0 on.
///
/// QEMU's feature releases: 0.10 – 0.15, 1.0 – 1.7, 2.0 – 2.12, 3.0 – 3.1, then `X.0`, `X.1`,
/// `X.2` every year from 4.0.
struct ReleaseAxis {
    /// The first and last step shown.
    let lower: Double
    let upper: Double

    /// The step of feature release `major.minor`.
    static func step(major: Int, minor: Int) -> Double {
        let since4 = 6 + 8 + 13 + 2
        switch major {
        case ..<1: return Double(min(max(minor, 10), 15) - 10)
        case 1: return Double(6 + min(max(minor, 0), 7))
        case 2: return Double(6 + 8 + min(max(minor, 0), 12))
        case 3: return Double(6 + 8 + 13 + min(max(minor, 0), 1))
        default: return Double(since4 + (major - 4) * (QEMUVersion.lastMinorOfYear + 1) + minor)
        }
    }

    static func step(_ version: QEMUVersion) -> Double { step(major: version.major, minor: version.minor) }

    /// An axis covering every step of `versions`, plus one step after the last.
    init(covering versions: [QEMUVersion]) {
        let steps = versions.map(Self.step)
        lower = steps.min() ?? 0
        upper = max((steps.max() ?? 0) + 1, lower + 1)
    }

    /// Where `version` sits, in percent of the axis.
    func percent(_ version: QEMUVersion) -> Double { percent(step: Self.step(version)) }

    func percent(step: Double) -> Double { ((step - lower) / (upper - lower) * 1000).rounded() / 10 }

    /// The labelled ticks: each major release's `X.0`, every second one when the axis is long.
    var ticks: [(label: String, percent: Double)] {
        let majors = (1...99).filter { (lower..<upper).contains(Self.step(major: $0, minor: 0)) }
        let stride = upper - lower > 36 ? 2 : 1
        return majors.filter { $0 % stride == 0 }.map { (String($0), percent(step: Self.step(major: $0, minor: 0))) }
    }
}
