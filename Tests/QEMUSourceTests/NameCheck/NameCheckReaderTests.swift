import Foundation
import GuestABI
import Testing

@testable import QEMUSource

/// `configuration_post_load` as our own small C snippets in QEMU's style: which names the
/// destination accepts, read with the tokenizer.
@Suite struct NameCheckReaderTests {
    /// A savevm.c of our own: the state struct, its vmstate fields, and the check with `condition`.
    static func savevm(condition: String, sizeField: String = "len", body extra: String = "") -> String {
        """
        /* A migration configuration section, written for guestabi's tests. */
        typedef struct ConfState {
            uint32_t len;
            uint32_t other;
            const char *name;
        } ConfState;

        static int conf_post_load_helper(void *opaque)
        {
            return strcmp("a", "b");
        }

        static int configuration_post_load(void *opaque, int version_id)
        {
            ConfState *state = opaque;
            const char *current_name = MACHINE_GET_CLASS(current_machine)->name;
        \(extra)
            if (\(condition)) {
                error_report("Machine type received is '%.*s' and local is '%s'",
                             (int) state->len, state->name, current_name);
                return -EINVAL;
            }
            return 0;
        }

        static const VMStateDescription vmstate_conf = {
            .name = "configuration",
            .post_load = configuration_post_load,
            .fields = (const VMStateField[]) {
                VMSTATE_UINT32(len, ConfState),
                VMSTATE_VBUFFER_ALLOC_UINT32(name, ConfState, 0, NULL, \(sizeField)),
                VMSTATE_END_OF_LIST()
            },
        };
        """
    }

    static func read(_ text: String) -> MachineNameCheck {
        NameCheckReader.read(Array(text.utf8))
    }

    @Test(arguments: [
        ("strncmp(state->name, current_name, state->len) != 0", MachineNameCheck.Rule.prefix),
        ("strncmp(current_name, state->name, state->len)", .prefix),
        ("state->len != strlen(current_name) ||\n        strncmp(state->name, current_name, state->len) != 0", .wholeName),
        ("strlen(current_name) != state->len || strncmp(state->name, current_name, state->len)", .wholeName),
        ("strcmp(state->name, current_name) != 0", .wholeName),
        ("!g_str_equal(state->name, MACHINE_GET_CLASS(current_machine)->name)", .wholeName),
        ("strncmp(state->name, current_name, strlen(current_name)) != 0", .unknown),
        ("strncmp(state->name, current_name, 8) != 0", .unknown),
        ("state->len == 0", .unknown),
    ])
    func readsTheRule(condition: String, rule: MachineNameCheck.Rule) {
        let check = Self.read(Self.savevm(condition: condition))
        #expect(check.rule == rule, "\(check)")
        #expect(check.function == "configuration_post_load")
        if rule != .unknown || check.comparison != nil {
            #expect(check.location?.file == "migration/savevm.c")
        }
        #expect((check.reason != nil) == (rule == .unknown))
    }

    @Test func citesTheLineOfTheComparisonAndTheConditionAsWritten() {
        let check = Self.read(Self.savevm(condition: "strncmp(state->name,\n               current_name, state->len) != 0"))
        #expect(check.rule == .prefix)
        // Line 18 of the snippet: `if (strncmp(state->name,`.
        #expect(check.location == SourceLocation(file: "migration/savevm.c", line: 18))
        #expect(check.comparison == "strncmp(state->name, current_name, state->len) != 0")
    }

    @Test func aLengthFieldThatDoesNotSizeTheNameIsUnknown() {
        let check = Self.read(Self.savevm(condition: "strncmp(state->name, current_name, state->other) != 0"))
        #expect(check.rule == .unknown)
        #expect(check.reason?.contains("'other'") == true)
        // The vmstate sizes the buffer by another field: what `len` holds is not known either.
        let resized = Self.read(Self.savevm(condition: "strncmp(state->name, current_name, state->len) != 0", sizeField: "other"))
        #expect(resized.rule == .unknown)
    }

    @Test func twoComparisonsOrNoneAreUnknown() {
        let twice = Self.read(
            Self.savevm(condition: "strncmp(state->name, current_name, state->len) != 0 && strcmp(state->name, current_name)"))
        #expect(twice.rule == .unknown)
        #expect(twice.reason?.contains("2 times") == true)
        let none = Self.read("static int configuration_post_load(void *opaque, int version_id)\n{\n    return 0;\n}\n")
        #expect(none.rule == .unknown)
        #expect(none.location?.line == 1)
        let missing = Self.read("static int other(void)\n{\n    return 0;\n}\n")
        #expect(missing.rule == .unknown)
        #expect(missing.location == nil)
    }

    // MARK: - The patch

    @Test func thePatchMakesAPrefixCheckCompareTheWholeName() throws {
        let original = Self.savevm(condition: "strncmp(state->name, current_name, state->len) != 0")
        let extensions = [MachineNameCheck.Extension(target: .x86_64, base: "pc-q35-1.0", extended: "pc-q35-1.0.1")]
        let patch = try #require(try NameCheckPatchGenerator(extensions: extensions).patch(savevm: Array(original.utf8), tree: "t"))
        #expect(patch.hasPrefix("Subject: [PATCH] migration: compare the whole machine type name"))
        #expect(patch.contains("a VM on pc-q35-1.0\nis accepted by a destination started with pc-q35-1.0.1"))
        #expect(patch.contains("""
            -    if (strncmp(state->name, current_name, state->len) != 0) {
            +    if (state->len != strlen(current_name) ||
            +        strncmp(state->name, current_name, state->len) != 0) {
            """))
        // Applied, the tree reads as whole-name, and a second patch has nothing to do.
        let patched = original.replacingOccurrences(
            of: "    if (strncmp(state->name, current_name, state->len) != 0) {",
            with: "    if (state->len != strlen(current_name) ||\n        strncmp(state->name, current_name, state->len) != 0) {")
        #expect(Self.read(patched).rule == .wholeName)
        #expect(try NameCheckPatchGenerator(extensions: extensions).patch(savevm: Array(patched.utf8), tree: "t") == nil)
    }

    @Test func anUnknownCheckCannotBePatched() {
        let text = Self.savevm(condition: "strncmp(state->name, current_name, 8) != 0")
        #expect(throws: QEMUSourceError.self) {
            try NameCheckPatchGenerator(extensions: []).patch(savevm: Array(text.utf8), tree: "t")
        }
    }
}
