/// The machine version a compat array or options function belongs to, read from its name:
/// `hw_compat_9_2` → 9.2, `pc_q35_machine_4_0_1_options` → 4.0.1,
/// `spapr_machine_10_0_class_options` → 10.0. Names without a version (`pc_q35_compat_defaults`,
/// `pc_q35_machine_options`) apply to every machine of the family and give `nil`.
///
/// The version says when the entry was frozen: `hw_compat_X_Y` holds what changed after X.Y, is
/// created in the X.(Y+1) development cycle, and must never change once X.(Y+1) has shipped.
public enum CompatOriginVersion {
    /// The version in `origin`, if any: the last run of two or three `_`-separated numbers.
    public static func version(of origin: String) -> MachineVersion? {
        let parts = origin.split(separator: "_", omittingEmptySubsequences: false)
        var best: MachineVersion?
        var index = 0
        while index < parts.count {
            var numbers: [Int] = []
            var end = index
            while end < parts.count, numbers.count < 3, let number = DecimalField.parse(parts[end]) {
                numbers.append(number)
                end += 1
            }
            if numbers.count >= 2 {
                best = MachineVersion(numbers[0], numbers[1], micro: numbers.count == 3 ? numbers[2] : nil)
                index = end
            } else {
                index += 1
            }
        }
        return best
    }

    /// The release that froze `origin`: the feature release after its version
    /// (`hw_compat_9_2` → 10.0.0, `pc_q35_machine_4_0_1_options` → 4.1.0).
    public static func frozenSince(_ origin: String) -> QEMUVersion? {
        version(of: origin).map { $0.base.release.nextFeatureRelease }
    }

    /// `hw_compat_9_2 (frozen since 10.0.0)`, or the bare name for a family-wide origin.
    public static func describe(_ origin: String) -> String {
        frozenSince(origin).map { "\(origin) (frozen since \($0))" } ?? origin
    }
}
