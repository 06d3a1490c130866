extension VerifyReport: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, options, cellCount, cellDigest, shard, results, totals, probedTotals
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let cellCount = try container.decode(Int.self, forKey: .cellCount)
        identity = VerifyRunIdentity(
            from: try container.decode(VerifyRunIdentity.Binary.self, forKey: .from),
            to: try container.decode(VerifyRunIdentity.Binary.self, forKey: .to),
            options: try container.decode([String].self, forKey: .options), cells: [])
        identity.cellCount = cellCount
        identity.cellDigest = try container.decode(String.self, forKey: .cellDigest)
        if let text = try container.decodeIfPresent(String.self, forKey: .shard) {
            do {
                shard = try VerifyShard(parsing: text)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .shard, in: container, debugDescription: error.description)
            }
        } else {
            shard = nil
        }
        results = try container.decode([LiveMigrationResult].self, forKey: .results)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(identity.from, forKey: .from)
        try container.encode(identity.to, forKey: .to)
        try container.encode(identity.options, forKey: .options)
        try container.encode(identity.cellCount, forKey: .cellCount)
        try container.encode(identity.cellDigest, forKey: .cellDigest)
        try container.encode(shard?.description, forKey: .shard)
        try container.encode(results, forKey: .results)
        try container.encode(totals, forKey: .totals)
        try container.encodeIfPresent(probedTotals, forKey: .probedTotals)
    }
}

extension LiveMigrationResult {
    private enum CodingKeys: String, CodingKey {
        case machine, toMachine, devices, sourceOnlyDevices, status, seconds, startupSeconds, qemuMilliseconds, error
        case destinationStatus, destinationRunState, sourceStatus, notes, predicted, outcome, missReason
        case probed, probedOutcome, probedMissReason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cell: VerifyCell(
                machine: try container.decode(String.self, forKey: .machine),
                toMachine: try container.decodeIfPresent(String.self, forKey: .toMachine),
                devices: try container.decodeIfPresent([String].self, forKey: .devices) ?? [],
                sourceOnlyDevices: try container.decodeIfPresent([String].self, forKey: .sourceOnlyDevices) ?? []),
            status: try container.decode(Status.self, forKey: .status),
            seconds: try container.decode(Double.self, forKey: .seconds),
            startupSeconds: try container.decodeIfPresent(Double.self, forKey: .startupSeconds),
            qemuMilliseconds: try container.decodeIfPresent(Int.self, forKey: .qemuMilliseconds),
            error: try container.decodeIfPresent(String.self, forKey: .error),
            destinationStatus: try container.decodeIfPresent(String.self, forKey: .destinationStatus),
            destinationRunState: try container.decodeIfPresent(String.self, forKey: .destinationRunState),
            sourceStatus: try container.decodeIfPresent(String.self, forKey: .sourceStatus),
            notes: try container.decodeIfPresent([String].self, forKey: .notes) ?? [],
            predicted: try container.decodeIfPresent(Prediction.self, forKey: .predicted),
            probed: try container.decodeIfPresent(Prediction.self, forKey: .probed))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(machine, forKey: .machine)
        try container.encodeIfPresent(toMachine, forKey: .toMachine)
        try container.encode(devices, forKey: .devices)
        if !sourceOnlyDevices.isEmpty { try container.encode(sourceOnlyDevices, forKey: .sourceOnlyDevices) }
        try container.encode(status, forKey: .status)
        try container.encode(seconds, forKey: .seconds)
        try container.encodeIfPresent(startupSeconds, forKey: .startupSeconds)
        try container.encodeIfPresent(qemuMilliseconds, forKey: .qemuMilliseconds)
        try container.encode(error, forKey: .error)
        try container.encodeIfPresent(destinationStatus, forKey: .destinationStatus)
        try container.encodeIfPresent(destinationRunState, forKey: .destinationRunState)
        try container.encodeIfPresent(sourceStatus, forKey: .sourceStatus)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
        try container.encode(predicted, forKey: .predicted)
        try container.encode(outcome.name, forKey: .outcome)
        if case .miss(let inScope, let reason) = outcome {
            try container.encode(inScope ? reason : "outside the tier's scope: \(reason)", forKey: .missReason)
        }
        if let probed {
            try container.encode(probed, forKey: .probed)
            try container.encode(probedOutcome.name, forKey: .probedOutcome)
            if case .miss(let inScope, let reason) = probedOutcome {
                try container.encode(inScope ? reason : "outside the tier's scope: \(reason)", forKey: .probedMissReason)
            }
        }
    }
}
