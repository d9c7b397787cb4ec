/// The inspector's view of the selected record.
public struct InspectorState: Sendable, Equatable {
    /// Fields (key/value) or raw JSON.
    public enum Mode: Sendable, Equatable {
        /// A key/value view of the record's fields.
        case fields
        /// The raw JSON, syntax-coloured.
        case json
    }

    /// The current mode.
    public var mode: Mode = .fields
    /// The first line shown.
    public var scroll: Int = 0

    /// The default: fields, at the top.
    public init() {}
}
