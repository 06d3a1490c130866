extension MachineDefinition {
    /// The CPU model a VM of this machine gets without `-cpu`: the string its class sets as
    /// `default_cpu_type` (`ARM_CPU_TYPE_NAME("cortex-a15")` gives `cortex-a15`), from its own
    /// chain or, failing that, its parents' class inits; nil when neither names one.
    public var defaultCPUModel: String? {
        let value = effectiveClassFacts["default_cpu_type"]
            ?? inheritedFacts?.last(where: { $0.field == "default_cpu_type" })?.value
        guard let value, let open = value.firstIndex(of: "\"") else { return nil }
        let rest = value[value.index(after: open)...]
        guard let close = rest.firstIndex(of: "\""), close > rest.startIndex else { return nil }
        return String(rest[..<close])
    }
}
