import GuestABI
import Testing

/// Conditions as the state reader keeps them, evaluated for a model with WIDGET and not GADGET,
/// and nothing known about anything else.
@Suite struct GateExpressionTests {
    static let features: [String: GateTruth] = ["ARM_FEATURE_WIDGET": .yes]

    @Test(arguments: [
        ("arm_feature(env, ARM_FEATURE_WIDGET)", GateTruth.yes),
        ("arm_feature(& cpu->env, ARM_FEATURE_GADGET)", .no),
        ("!arm_feature(env, ARM_FEATURE_GADGET)", .yes),
        ("!(arm_feature(env, ARM_FEATURE_WIDGET))", .no),
        ("arm_feature(env, ARM_FEATURE_WIDGET) && !arm_feature(env, ARM_FEATURE_GADGET)", .yes),
        ("arm_feature(env, ARM_FEATURE_GADGET) || (arm_feature(env, ARM_FEATURE_WIDGET) && arm_feature(env, ARM_FEATURE_GADGET))", .no),
        ("cpu_isar_feature(aa64_widget, cpu)", .unknown),
        ("cpu_isar_feature(aa64_widget, cpu) && arm_feature(env, ARM_FEATURE_GADGET)", .no),
        ("cpu_isar_feature(aa64_widget, cpu) || arm_feature(env, ARM_FEATURE_WIDGET)", .yes),
        ("!cpu->has_el3", .unknown),
        ("kvm_enabled() && arm_feature(env, ARM_FEATURE_WIDGET)", .unknown),
        ("(cpu->gadgets) == 2", .unknown),
        ("0", .no),
        ("1", .yes),
        ("arm_feature(env, ARM_FEATURE_WIDGET", .unknown),
    ])
    func evaluates(text: String, expected: GateTruth) {
        let value = GateExpression(parsing: text).evaluate { Self.features[$0] ?? .no }
        #expect(value == expected, "\(text): \(GateExpression(parsing: text))")
    }

    @Test(arguments: [GateTruth.yes, .no, .unknown])
    func kleeneLogic(value: GateTruth) {
        #expect((value && .no) == .no)
        #expect((value || .yes) == .yes)
        #expect((value && .yes) == value)
        #expect((value || .no) == value)
        #expect(!(!value) == value)
    }
}
