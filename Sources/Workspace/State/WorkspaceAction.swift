/// What a person asks the workspace to do; the front end maps keys to these.
public enum WorkspaceAction: Sendable, Equatable {
    /// Move the cursor by rows (negative is up).
    case move(Int)
    /// Move by a page of `rows` (negative is up).
    case page(Int)
    /// Jump to the first row.
    case top
    /// Jump to the last row.
    case bottom
    /// Jump to a display row (mouse click).
    case select(Int)
    /// Open the selected row (move focus right).
    case open
    /// Go back (move focus left, or close a nested level).
    case back
    /// Focus the next pane.
    case nextPane
    /// Focus the previous pane.
    case previousPane
    /// Focus a pane directly (mouse click).
    case focus(Focus)
    /// Reload the focused list, bypassing the cache.
    case reload
    /// Set the focused list's filter.
    case setFilter(String)
    /// Cycle the focused list's sort column.
    case cycleSort
    /// Sort the focused list by a column (an index into the level's columns), or unsort it with nil.
    case sort(column: Int?, ascending: Bool)
    /// Toggle the inspector between fields and raw JSON.
    case toggleInspectorMode
    /// Move in the inspector: the key/value view's cursor by nodes, the raw JSON view by lines.
    case scrollInspector(Int)
    /// Fold (true) or unfold (false) every container of the key/value view.
    case foldAll(Bool)
    /// Search inside the inspected record (an empty text ends the search); jumps to the first match.
    case searchInspector(String)
    /// Jump to the next (1) or previous (-1) match of the inspector's search.
    case nextInspectorMatch(Int)
}
