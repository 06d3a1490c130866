/// One element of a migration stream as a `VMStateField` describes it: what is written, how
/// many times, and under which version guard or predicate.
public struct StateField: Hashable, Sendable, Codable {
    /// The field's name (`.name`), which is not on the wire.
    public var name: String
    /// The `VMStateInfo` that reads and writes it (`uint32` for `vmstate_info_uint32`), if any.
    public var info: String?
    /// The C identifier of the nested description of a `VMS_STRUCT` field.
    public var nested: String?
    /// The `VMS_*` flags, sorted.
    public var flags: [String]
    /// The element size as written (`sizeof(uint32_t)`, `4`), canonical spacing.
    public var size: String?
    /// The fixed element count (`.num`), or the field whose value counts a variable array.
    public var count: String?
    /// The stream version from which the field is present (`.version_id`, 0 when absent).
    public var versionGuard: Int
    /// The predicate (`.field_exists`) deciding at run time whether the field is present.
    public var test: String?
    /// Where the field is written.
    public var location: SourceLocation

    /// Creates a field.
    public init(
        name: String, info: String?, nested: String?, flags: [String], size: String?, count: String?, versionGuard: Int,
        test: String?, location: SourceLocation
    ) {
        self.name = name
        self.info = info
        self.nested = nested
        self.flags = flags
        self.size = size
        self.count = count
        self.versionGuard = versionGuard
        self.test = test
        self.location = location
    }

    /// What the field puts on the wire, without its name: two fields with equal wire shapes
    /// write the same bytes, whatever they are called.
    public var wireShape: String {
        var parts: [String] = []
        if let info { parts.append(info) }
        if let nested { parts.append("struct " + nested) }
        let kinds = flags.filter { $0 != "VMS_SINGLE" && $0 != "VMS_END" && $0 != "VMS_MUST_EXIST" && $0 != "VMS_ALLOC" }
        if !kinds.isEmpty { parts.append(kinds.joined(separator: "|")) }
        if let size, info == nil || isBuffer { parts.append("size " + size) }
        if let count { parts.append("×" + count) }
        return parts.joined(separator: " ")
    }

    /// Whether the element's byte count is its `size` (a buffer) rather than its info's.
    public var isBuffer: Bool { flags.contains("VMS_BUFFER") || flags.contains("VMS_VBUFFER") }

    /// Whether a destination or source on stream version `version` handles the field: the
    /// version guard only (the predicate is run time).
    public func present(at version: Int) -> Bool { versionGuard <= version }
}

/// A `VMStateDescription`: a named, versioned section (or subsection, or nested struct).
public struct StateSection: Hashable, Sendable, Codable {
    /// The C identifier of the description (`vmstate_arm_cpu`).
    public var identifier: String
    /// The name on the wire (`.name`): the section or subsection name.
    public var name: String
    /// Where the description sits: `target/<arch>` for CPU code, otherwise the top folder of
    /// its file (`hw`, `migration`, …), so that equal names of different targets stay apart.
    public var scope: String
    /// `.version_id` (nil when absent or not a number).
    public var versionID: Int?
    /// `.minimum_version_id` (nil when absent or not a number).
    public var minimumVersionID: Int?
    /// The fields in wire order.
    public var fields: [StateField]
    /// C identifiers of the subsections, in order.
    public var subsections: [String]
    /// The `.needed` function of a subsection, if any.
    public var needed: NeededPredicate?
    /// `.unmigratable = 1`.
    public var unmigratable: Bool
    /// Whether anything in the tree takes its address (`&identifier`) besides its definition:
    /// a description nobody references is never migrated.
    public var referenced: Bool
    /// The functions that take its address outside registrations (`virtio_gpu_save` in
    /// `hw/display/virtio-gpu.c`, as `function@file`): code that saves or loads it itself.
    public var users: [String] = []
    /// Where the description is defined.
    public var location: SourceLocation

    /// Creates a section.
    public init(
        identifier: String, name: String, scope: String, versionID: Int?, minimumVersionID: Int?, fields: [StateField],
        subsections: [String], needed: NeededPredicate?, unmigratable: Bool, referenced: Bool = true, location: SourceLocation
    ) {
        self.referenced = referenced
        self.identifier = identifier
        self.name = name
        self.scope = scope
        self.versionID = versionID
        self.minimumVersionID = minimumVersionID
        self.fields = fields
        self.subsections = subsections
        self.needed = needed
        self.unmigratable = unmigratable
        self.location = location
    }

    /// The version a source writes (`version_id`, 0 when unknown).
    public var sentVersion: Int { versionID ?? 0 }

    /// Whether a destination with this description accepts stream version `version`:
    /// `minimum_version_id ≤ version ≤ version_id` (QEMU's load rule).
    public func accepts(version: Int) -> Bool {
        (minimumVersionID ?? 0) <= version && version <= (versionID ?? 0)
    }

    /// The wire shapes of the fields present at `version`.
    public func wire(at version: Int) -> [StateField] { fields.filter { $0.present(at: version) } }
}

/// A subsection's `.needed` function: when a source sends the subsection.
public struct NeededPredicate: Hashable, Sendable, Codable {
    /// The function's name.
    public var function: String
    /// The body as canonical C text (empty when the function was not found).
    public var body: String
    /// Members and calls the body reads (`cpu->env.x`, `migrate_foo()`): what gates it.
    public var reads: [String]
    /// Where the function is defined (nil when it is defined elsewhere).
    public var location: SourceLocation?

    /// Creates a predicate.
    public init(function: String, body: String, reads: [String], location: SourceLocation?) {
        self.function = function
        self.body = body
        self.reads = reads
        self.location = location
    }

    /// True when the body is `return true;`: the subsection is always sent.
    public var isAlwaysTrue: Bool { body == "return true;" || body == "return 1;" }
}
