/// The inspector's view of the selected record: mode, scroll, the key/value view's cursor and folds,
/// and a search inside the record.
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
    /// The first line shown (the front end keeps it so that the cursor or a revealed match is visible).
    public var scroll: Int = 0
    /// The key/value view's cursor: an index into the visible nodes (`InspectorOutline.nodes`).
    public var cursor: Int = 0
    /// Which containers are folded.
    public var folds = InspectorFolds()
    /// The search inside the record, while there is one.
    public var search: InspectorSearch?
    /// Set when a jump in the raw JSON view should scroll the current match into view on the next frame.
    public var revealMatch = false
    /// The raw JSON view: the line of the record's JSON at the top of the view (the front end sets it, as
    /// long lines wrap over several rows); a new search looks for its first match from there.
    public var jsonTopLine: Int = 0

    /// The default: fields, at the top, nothing folded, no search.
    public init() {}
}
