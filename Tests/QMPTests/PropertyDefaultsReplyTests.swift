@testable import QMP
import Testing

/// A `device-list-properties` reply as the probe reads it: a property without a default stays
/// in the table (the driver has it, its value is unknown), apart from one the driver lacks.
@Suite struct PropertyDefaultsReplyTests {
    @Test func keepsPropertiesWithoutADefault() throws {
        let reply = try JSONValue(
            parsing: """
                [{"name": "vectors", "type": "uint32", "default-value": 4294967295},
                 {"name": "ioeventfd", "type": "bool", "default-value": true},
                 {"name": "drive", "type": "str"}]
                """)
        let values = PropertyDefaults.values(of: reply)
        #expect(values.count == 3)
        #expect(values["vectors"] == .some("4294967295"))
        #expect(values["ioeventfd"] == .some("true"))
        #expect(values.keys.contains("drive"))
        #expect(values["drive"] == .some(nil))
    }
}
