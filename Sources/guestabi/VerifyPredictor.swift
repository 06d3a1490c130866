import GuestABI
import QMP

/// A tier's predictions for the cells of a verification: `check`'s verdict between the
/// registries the two binaries map to — the sources' (the static tier), or with the binaries'
/// probe files above the sources (the probed tier).
struct VerifyPredictor: Sendable {
    /// The check, or why there is none.
    private let check: Result<MigrationCheck, PredictionUnavailable>
    /// How the binaries were mapped to registries.
    let basis: String
    private let target: Target?
    /// `static` or `probed`.
    private var tier = "static"
    /// True when the VMs have QEMU's default devices (`--defaults`): the device list is then
    /// not the whole VM, and the verdict is for any VM.
    private var defaultDevices = false

    struct PredictionUnavailable: Error {
        var reason: String
    }

    /// Maps each binary to a registry: `--from-registry`/`--to-registry` when given, else the
    /// release of the binary's exact version, else the newest held release of its stable series.
    static func make(
        from: VerifyBinary, to: VerifyBinary, fromRegistry: String?, toRegistry: String?, defaultDevices: Bool,
        catalog: ReleaseCatalog, tier: String = "static"
    ) async throws(CommandFailure) -> VerifyPredictor {
        let source = try await registry(for: from, given: fromRegistry, catalog: catalog)
        let destination = try await registry(for: to, given: toRegistry, catalog: catalog)
        let basis = "\(tier) tier (check): \(source.note); \(destination.note)"
        guard let sourceRegistry = source.registry, let destinationRegistry = destination.registry else {
            var predictor = VerifyPredictor(
                check: .failure(PredictionUnavailable(reason: "no registry: \(source.note); \(destination.note)")), basis: basis,
                target: from.target)
            predictor.tier = tier
            return predictor
        }
        // The same producers as `check`: the migration state of the two releases (read from a
        // tree given as the registry, else the model embedded beside the registry), so a
        // CPU-state break is predicted rather than missed.
        let state = try await StateVerdicts.producers(
            from: (fromRegistry ?? sourceRegistry.qemuVersion.description, sourceRegistry),
            to: (toRegistry ?? destinationRegistry.qemuVersion.description, destinationRegistry))
        var predictor = VerifyPredictor(
            check: .success(MigrationCheck(from: sourceRegistry, to: destinationRegistry, extra: state)), basis: basis,
            target: from.target)
        predictor.defaultDevices = defaultDevices
        predictor.tier = tier
        return predictor
    }

    /// A tier that cannot predict any cell, saying why.
    static func unavailable(tier: String, reason: String, target: Target?) -> VerifyPredictor {
        var predictor = VerifyPredictor(
            check: .failure(PredictionUnavailable(reason: reason)), basis: "\(tier) tier: \(reason)", target: target)
        predictor.tier = tier
        return predictor
    }

    private static func registry(
        for binary: VerifyBinary, given: String?, catalog: ReleaseCatalog
    ) async throws(CommandFailure) -> (registry: ReleaseRegistry?, note: String) {
        if let given {
            let registry = try await catalog.loading(given)
            return (registry, "\(binary.version) → registry \(registry.qemuVersion) (given)")
        }
        let version = binary.version
        if let exact = try catalog.registry(version) {
            let probed = exact.isProbed ? " (\(exact.origin ?? ReleaseRegistry.probedOrigin) above the sources)" : ""
            return (exact, "\(version) → registry \(exact.qemuVersion)\(probed)")
        }
        if let series = catalog.versions.last(where: { $0.major == version.major && $0.minor == version.minor && $0.isRelease }),
            let registry = try catalog.registry(series)
        {
            return (registry, "\(version) → registry \(series) (same stable series; no registry of \(version) held)")
        }
        return (nil, "\(version) has no registry of its stable series (give --from-registry/--to-registry)")
    }

    /// The prediction for `cell`.
    func predict(_ cell: VerifyCell) -> Prediction {
        switch check {
        case .failure(let unavailable):
            return unpredicted(unavailable.reason)
        case .success(let check):
            if let toMachine = cell.toMachine {
                return unpredicted("check does not model a destination started with another machine type (\(cell.machine) → \(toMachine))")
            }
            let drivers = cell.devices.map { String($0.split(separator: ",", maxSplits: 1).first ?? "") }
            do {
                // Without --defaults the VM has exactly its built-in devices and these: judge that VM.
                let verdict = try check.verdict(machine: cell.machine, target: target, devices: defaultDevices ? nil : drivers)
                return Prediction(verdict, basis: basis, tier: tier)
            } catch {
                return unpredicted(error.description)
            }
        }
    }

    private func unpredicted(_ reason: String) -> Prediction {
        Prediction(tier: tier, verdict: "none", predictsCompletion: nil, basis: basis, reasons: [reason])
    }
}
