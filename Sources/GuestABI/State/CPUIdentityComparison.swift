/// Whether the destination's CPU accepts the source's CPU model, by each tree's
/// ``CPUIdentityCheck``: the source's model sends its reset value of the checked field, the
/// destination's `post_load` check is evaluated for its own model in its own tree's code.
///
/// - The check holds → the destination refuses: `breaks`. Its other conditions are listed; one
///   that only needs a field of the CPU object to be zero (`!(cpu->compat_pvr)`) holds for a CPU
///   as QOM creates it (objects are zero-filled), so the refusal reaches a VM until code sets that
///   field; any other makes the outcome `conditional`.
/// - It does not hold → `fine`; nothing is reported when both directions are.
/// - The sources do not decide (a value not read, a function not evaluable) → `unknown`.
public struct CPUIdentityComparison: Sendable {
    public let findings: [StateFinding]

    /// Compares the source's `modelA` (tree A's `a`) with the destination's `modelB` (tree B's `b`).
    public init(_ a: CPUIdentityCheck?, model modelA: String, _ b: CPUIdentityCheck?, model modelB: String, scope: String) {
        guard a != nil || b != nil else {
            findings = []
            return
        }
        let forward = Self.direction(sender: a, modelA, receiver: b, modelB)
        let backward = Self.direction(sender: b, modelB, receiver: a, modelA)
        guard forward.outcome != .fine || backward.outcome != .fine else {
            findings = []
            return
        }
        let check = b ?? a
        findings = [
            StateFinding(
                kind: .cpuIdentity, subject: "\(modelA) → \(modelB)", identifier: check?.section ?? "",
                details: forward.details.map { "forward: \($0)" } + backward.details.map { "backward: \($0)" },
                forward: forward.outcome, backward: backward.outcome,
                why: "the CPU's post_load compares the migrated \(check?.field ?? "field") with the destination's own CPU class and fails the load when the check holds"
                    + " (evaluated in the destination tree's code for its model)",
                reach: [.cpu(scope: scope)], from: a?.location, to: b?.location)
        ]
    }

    private static func direction(
        sender: CPUIdentityCheck?, _ senderModel: String, receiver: CPUIdentityCheck?, _ receiverModel: String
    ) -> (outcome: StateOutcome, details: [String]) {
        guard let receiver else { return (.fine, []) }
        guard let sender, let value = CPUIdentityEvaluation(sender).sentValue(model: senderModel) else {
            return (.unknown, ["what \(senderModel) sends in \(receiver.field) is not read from the sending tree"])
        }
        let hex = "0x" + String(value, radix: 16)
        let sent = "\(senderModel) sends \(receiver.field) = \(hex) (its class's \(sender.resetField ?? "field")"
            + (sender.classes[senderModel].map { ", \($0.location)" } ?? "") + ")"
        switch CPUIdentityEvaluation(receiver).refuses(model: receiverModel, value: value) {
        case .no:
            return (.fine, [])
        case .unknown:
            return (.unknown, [sent + "; whether \(receiverModel) accepts it, `\(receiver.check)`, is not decided by the sources"])
        case .yes:
            let zeroed = receiver.runTimeConditions.filter { Self.holdsOnCreatedCPU($0, objects: receiver.cpuObjects) }
            let others = receiver.runTimeConditions.filter { !zeroed.contains($0) }
            var text = sent + "; \(receiverModel) refuses it: `\(receiver.check)` holds, so \(receiver.function) fails the load (\(receiver.location))"
            if !zeroed.isEmpty {
                text += "; also needed: \(zeroed.joined(separator: ", ")), which holds for a CPU as created (zero-filled) until code sets it"
            }
            if !others.isEmpty { text += "; only when \(others.joined(separator: " && ")) (a run-time condition)" }
            return (others.isEmpty ? .breaks : .conditional, [text])
        }
    }

    /// Whether `condition` is `!(obj->field)` / `!obj->field` for a CPU object `obj`.
    static func holdsOnCreatedCPU(_ condition: String, objects: [String]) -> Bool {
        guard case .unary("!", .member(.name(let object), _)) = CExpression(parsing: condition) else { return false }
        return objects.contains(object)
    }
}
