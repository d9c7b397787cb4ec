import ProcoreAPI

/// The state of one list pane: rows, cursor, scroll, filter, sort, and how loading stands.
public struct ListPane: Sendable {
    /// Which pane this is.
    public var key: PaneKey
    /// The title shown in the pane's border.
    public var title: String
    /// All rows loaded so far, in server order.
    public private(set) var rows: [PaneRow] = []
    /// Indices into `rows` that pass the filter, in display (sorted) order.
    public private(set) var visible: [Int] = []
    /// The cursor, an index into `visible`.
    public var cursor: Int = 0
    /// The first visible row drawn (the UI keeps the cursor on screen).
    public var scroll: Int = 0
    /// How loading stands.
    public var status: LoadStatus
    /// `Total` from the server, when known.
    public var total: Int?
    /// The next page to fetch, nil when there is none.
    public var nextPage: Int?
    /// The generation of the question this pane answers; older answers are dropped.
    public var generation: Int = 0
    /// The request that fills this pane (without paging), for `y` and reloads.
    public var request: APIRequest?
    /// For Records panes: the tool and level shown.
    public var tool: ToolDefinition?
    /// For Records panes: the index of the level within the tool.
    public var levelIndex: Int = 0
    /// For Records panes: the level's definition (columns, files...).
    public var level: ToolLevel?
    /// The filter text (`/`): substring over the visible columns, or `field:value`.
    public private(set) var filter: String = ""
    /// The column sorted on, if any, and its direction.
    public private(set) var sort: (column: Int, ascending: Bool)?

    /// Creates an empty pane.
    public init(key: PaneKey, title: String, status: LoadStatus) {
        self.key = key
        self.title = title
        self.status = status
    }

    /// The row under the cursor.
    public var selectedRow: PaneRow? {
        guard cursor >= 0, cursor < visible.count else { return nil }
        return rows[visible[cursor]]
    }

    /// The row at a display position.
    public func row(atVisible index: Int) -> PaneRow? {
        guard index >= 0, index < visible.count else { return nil }
        return rows[visible[index]]
    }

    /// Replaces all rows (a fresh load), keeping the cursor on the same id when possible.
    public mutating func setRows(_ newRows: [PaneRow]) {
        let selectedID = selectedRow?.id
        rows = newRows
        recompute()
        if let selectedID, let index = visible.firstIndex(where: { rows[$0].id == selectedID }) { cursor = index }
        clampCursor()
    }

    /// Appends a page of rows.
    public mutating func appendRows(_ more: [PaneRow]) {
        let selectedID = selectedRow?.id
        rows.append(contentsOf: more)
        recompute()
        if let selectedID, let index = visible.firstIndex(where: { rows[$0].id == selectedID }) { cursor = index }
        clampCursor()
    }

    /// Clears the rows and resets cursor, filter and sort (a pane re-used for another parent).
    public mutating func reset(title: String, status: LoadStatus) {
        self.title = title
        self.status = status
        rows = []
        visible = []
        cursor = 0
        scroll = 0
        total = nil
        nextPage = nil
        request = nil
        filter = ""
        sort = nil
        generation &+= 1
    }

    /// Sets the filter and recomputes the visible rows.
    public mutating func setFilter(_ text: String) {
        filter = text
        recompute()
        clampCursor()
    }

    /// Cycles the sort: next column ascending, then descending, then the next column...
    public mutating func cycleSort(columnCount: Int) {
        guard columnCount > 0 else { return }
        if let current = sort {
            if current.ascending { sort = (current.column, false) } else if current.column + 1 < columnCount {
                sort = (current.column + 1, true)
            } else { sort = nil }
        } else {
            sort = (0, true)
        }
        recompute()
        clampCursor()
    }

    /// Moves the cursor by `delta` rows, clamped.
    public mutating func move(by delta: Int) {
        cursor = max(0, min(visible.count - 1, cursor + delta))
        clampCursor()
    }

    /// Moves the cursor to a display position, clamped.
    public mutating func moveTo(_ index: Int) {
        cursor = index
        clampCursor()
    }

    mutating func clampCursor() {
        if visible.isEmpty { cursor = 0 } else { cursor = max(0, min(visible.count - 1, cursor)) }
    }

    mutating func recompute() {
        visible = ListQuery.visibleIndices(rows: rows, columns: level?.columns, filter: filter, sort: sort)
    }
}

extension ListPane {
    /// Adjusts `scroll` so the cursor is within a window of `height` rows.
    public mutating func keepCursorVisible(height: Int) {
        guard height > 0 else { return }
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        scroll = max(0, min(scroll, max(0, visible.count - height)))
    }
}
