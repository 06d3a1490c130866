import Foundation
import GuestABI
import Testing

@Suite struct BugfixFixTests {
    func decode(_ json: String) throws -> BugfixFix {
        try JSONDecoder().decode(BugfixFix.self, from: Data(json.utf8))
    }

    @Test func readsTheDocumentedForm() throws {
        let fix = try decode(
            #"{"title": "t", "compat": [{"driver": "virtio-net-pci", "property": "x-foo", "old": "off", "new": "on"}], "classFacts": [{"field": "default_kernel_irqchip_split", "old": "true", "new": "false"}]}"#
        ).validated()
        #expect(fix.compat == [.init(driver: "virtio-net-pci", property: "x-foo", old: "off", new: "on")])
        #expect(fix.classFacts == [.init(field: "default_kernel_irqchip_split", old: "true", new: "false")])
    }

    @Test(arguments: [
        (#"{"title": "t", "compat": [], "tag": "sxxm"}"#, "tag"),
        (#"{"title": "t", "compat": [{"driver": "d", "property": "p", "old": "a", "new": "b", "value": "c"}]}"#, "value"),
        (#"{"title": "t", "classFacts": [{"field": "f", "old": "a", "new": "b", "why": "x"}]}"#, "why"),
    ])
    func unknownKeysAreNamed(json: String, key: String) {
        #expect {
            try decode(json)
        } throws: { error in
            (error as? GuestABIError)?.input == key && (error as? GuestABIError)?.hint.contains("accepted keys") == true
        }
    }

    @Test(arguments: [
        (#"{"title": "t"}"#, "changes nothing"),
        (#"{"title": " ", "compat": [{"driver": "d", "property": "p", "old": "a", "new": "b"}]}"#, "needs a title"),
        (#"{"title": "t", "compat": [{"driver": "d", "property": "p", "old": "on", "new": "on"}]}"#, "old and new are both 'on'"),
        (#"{"title": "t", "classFacts": [{"field": "f", "old": "1", "new": "1"}]}"#, "old and new are both '1'"),
        (#"{"title": "t", "compat": [{"driver": "d", "property": "p", "old": "a", "new": "b"}, {"driver": "d", "property": "p", "old": "a", "new": "c"}]}"#, "listed twice"),
        (#"{"title": "t", "compat": [{"driver": "", "property": "p", "old": "a", "new": "b"}]}"#, "must not be empty"),
    ])
    func invalidFixesAreRejected(json: String, reason: String) throws {
        let fix = try decode(json)
        #expect {
            try fix.validated()
        } throws: { error in
            (error as? GuestABIError)?.reason.contains(reason) == true
        }
    }
}
