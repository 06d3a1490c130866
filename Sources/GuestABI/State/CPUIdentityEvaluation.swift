/// Evaluates a ``CPUIdentityCheck`` for CPU models: the value a source model sends in the
/// checked field (its class's reset field) and whether a destination model's check refuses it,
/// by running the check's C functions over integers. QOM's `*_GET_CLASS(obj)` gives the CPU's
/// class; `class->field` reads the model's class field, a hook's value is the function it
/// names. Whatever the code reads that is not known (a CPU's run-time field, a function that is
/// opaque or not read) is unknown, and so is every result that depends on it.
public struct CPUIdentityEvaluation: Sendable {
    /// A value while evaluating.
    enum Value: Hashable {
        case integer(Int)
        /// The CPU object of a model, and its class.
        case cpu(String)
        case cpuClass(String)
        case function(String)
        case unknown
    }

    public let check: CPUIdentityCheck
    private let fieldExpression: CExpression
    private static let maximumDepth = 16

    /// An evaluator of `check` (one tree's).
    public init(_ check: CPUIdentityCheck) {
        self.check = check
        fieldExpression = CExpression(parsing: check.field)
    }

    /// What `model` sends in the checked field: its class's reset field; nil when unknown.
    public func sentValue(model: String) -> Int? {
        guard let field = check.resetField, let text = check.classes[model]?.fields[field],
            case .integer(let value) = evaluate(CExpression(parsing: text), locals: [:], sent: nil, depth: 0)
        else { return nil }
        return value
    }

    /// Whether a destination CPU of `model` refuses `value` in the checked field: `yes` when
    /// the check holds (the `post_load` returns an error, given its run-time conditions).
    public func refuses(model: String, value: Int) -> GateTruth {
        guard check.classes[model] != nil else { return .unknown }
        var locals: [String: Value] = [:]
        for object in check.cpuObjects { locals[object] = .cpu(model) }
        return truth(evaluate(CExpression(parsing: check.check), locals: locals, sent: (model, value), depth: 0))
    }

    func truth(_ value: Value) -> GateTruth {
        if case .integer(let number) = value { return number != 0 ? .yes : .no }
        return .unknown
    }

    private func value(of truth: GateTruth) -> Value {
        switch truth {
        case .yes: .integer(1)
        case .no: .integer(0)
        case .unknown: .unknown
        }
    }

    func evaluate(_ expression: CExpression, locals: [String: Value], sent: (model: String, value: Int)?, depth: Int) -> Value {
        if let sent, expression == fieldExpression { return .integer(sent.value) }
        switch expression {
        case .number(let value): return .integer(value)
        case .name(let name):
            if let local = locals[name] { return local }
            if let constant = check.constants[name] { return .integer(constant) }
            if check.functions[name] != nil { return .function(name) }
            if name == "true" { return .integer(1) }
            if name == "false" { return .integer(0) }
            return .unknown
        case .member(let base, let field):
            guard case .cpuClass(let model) = evaluate(base, locals: locals, sent: sent, depth: depth),
                let text = check.classes[model]?.fields[field]
            else { return .unknown }
            return evaluate(CExpression(parsing: text), locals: [:], sent: nil, depth: depth + 1)
        case .call(let callee, let arguments):
            let values = arguments.map { evaluate($0, locals: locals, sent: sent, depth: depth) }
            if case .name(let name) = callee, name.hasSuffix("_GET_CLASS"), values.count == 1, case .cpu(let model) = values[0] {
                return .cpuClass(model)
            }
            guard case .function(let name) = evaluate(callee, locals: locals, sent: sent, depth: depth) else { return .unknown }
            return call(name, values, sent: sent, depth: depth + 1)
        case .unary(let op, let operand):
            let value = evaluate(operand, locals: locals, sent: sent, depth: depth)
            if op == "!" { return self.value(of: !truth(value)) }
            guard case .integer(let number) = value else { return op == "&" ? value : .unknown }
            switch op {
            case "-": return .integer(0 &- number)
            case "~": return .integer(~number)
            case "+": return .integer(number)
            default: return .unknown
            }
        case .binary("&&", let left, let right):
            let lhs = truth(evaluate(left, locals: locals, sent: sent, depth: depth))
            if lhs == .no { return .integer(0) }
            return value(of: lhs && truth(evaluate(right, locals: locals, sent: sent, depth: depth)))
        case .binary("||", let left, let right):
            let lhs = truth(evaluate(left, locals: locals, sent: sent, depth: depth))
            if lhs == .yes { return .integer(1) }
            return value(of: lhs || truth(evaluate(right, locals: locals, sent: sent, depth: depth)))
        case .binary(let op, let left, let right):
            guard case .integer(let lhs) = evaluate(left, locals: locals, sent: sent, depth: depth),
                case .integer(let rhs) = evaluate(right, locals: locals, sent: sent, depth: depth)
            else { return .unknown }
            return Self.arithmetic(op, lhs, rhs).map(Value.integer) ?? .unknown
        case .conditional(let condition, let then, let otherwise):
            switch truth(evaluate(condition, locals: locals, sent: sent, depth: depth)) {
            case .yes: return evaluate(then, locals: locals, sent: sent, depth: depth)
            case .no: return evaluate(otherwise, locals: locals, sent: sent, depth: depth)
            case .unknown: return .unknown
            }
        case .index, .unparsed: return .unknown
        }
    }

    static func arithmetic(_ op: String, _ lhs: Int, _ rhs: Int) -> Int? {
        switch op {
        case "|": lhs | rhs
        case "^": lhs ^ rhs
        case "&": lhs & rhs
        case "==": lhs == rhs ? 1 : 0
        case "!=": lhs != rhs ? 1 : 0
        case "<": lhs < rhs ? 1 : 0
        case "<=": lhs <= rhs ? 1 : 0
        case ">": lhs > rhs ? 1 : 0
        case ">=": lhs >= rhs ? 1 : 0
        case "<<": rhs >= 0 && rhs < 63 ? lhs << rhs : nil
        case ">>": rhs >= 0 && rhs < 63 ? lhs >> rhs : nil
        case "+": lhs &+ rhs
        case "-": lhs &- rhs
        case "*": lhs &* rhs
        case "/": rhs != 0 ? lhs / rhs : nil
        case "%": rhs != 0 ? lhs % rhs : nil
        default: nil
        }
    }

    /// Runs `name` with `arguments`: each step in order, a declaration binding its name, the
    /// first `return` whose conditions hold giving the value. A condition that is unknown makes
    /// the result unknown, as does falling off the end.
    private func call(_ name: String, _ arguments: [Value], sent: (model: String, value: Int)?, depth: Int) -> Value {
        guard depth < Self.maximumDepth, let function = check.functions[name], function.opaque == nil,
            function.parameters.count == arguments.count
        else { return .unknown }
        var locals: [String: Value] = [:]
        for (parameter, argument) in zip(function.parameters, arguments) { locals[parameter] = argument }
        for step in function.steps {
            var holds = GateTruth.yes
            for condition in step.conditions where holds != .no {
                holds = holds && truth(evaluate(CExpression(parsing: condition), locals: locals, sent: nil, depth: depth))
            }
            if holds == .no { continue }
            if holds == .unknown { return .unknown }
            let value = evaluate(CExpression(parsing: step.value), locals: locals, sent: nil, depth: depth)
            guard let declared = step.declares else { return value }
            locals[declared] = value
        }
        return .unknown
    }
}
