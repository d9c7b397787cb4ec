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
    /// The generation of the question this pane answers; older answers are dropped. 0 for a new pane;
    /// `reset` (and the workspace, for panes it opens) draws a process-unique one, so a pane asked a
    /// new question never shares a generation with an old question's answer.
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
    /// True while a background run of the filter or sort is computing `visible` (large lists).
    public internal(set) var isQuerying = false
    /// True while every remaining page is being fetched (the user filtered or sorted a partial list).
    public internal(set) var isLoadingAll = false
    /// Whether the remaining pages come in one bulk load (single pages arriving meanwhile are dropped).
    var loadsAllInBulk = false
    /// Counts filter and sort changes, so a background result for an older one is dropped.
    var queryGeneration = 0
    /// The search index and sort keys kept between runs.
    var queryCache = QueryCache()

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
    public mutating func setRows(_ newRows: [PaneRow]) { setRows(newRows, deferQuery: false) }

    /// Appends a page of rows.
    public mutating func appendRows(_ more: [PaneRow]) { appendRows(more, deferQuery: false) }

    mutating func setRows(_ newRows: [PaneRow], deferQuery: Bool) {
        let selectedID = selectedRow?.id
        rows = newRows
        queryCache = QueryCache()
        recompute(deferQuery: deferQuery)
        reselect(selectedID)
    }

    mutating func appendRows(_ more: [PaneRow], deferQuery: Bool) {
        let selectedID = selectedRow?.id
        rows.append(contentsOf: more)
        recompute(deferQuery: deferQuery)
        reselect(selectedID)
    }

    /// Whether `visible` depends on a filter or a sort (else it is simply every row in order).
    public var hasQuery: Bool { !filter.trimmingCharacters(in: .whitespaces).isEmpty || sort != nil }

    /// Takes a background run's result, keeping the cursor on the same row when it is still shown.
    mutating func applyQueryResult(_ indices: [Int], cache: QueryCache) {
        let selectedID = selectedRow?.id
        visible = indices.filter { $0 < rows.count }
        if cache.index.count <= rows.count { queryCache = cache }
        isQuerying = false
        reselect(selectedID)
    }

    private mutating func reselect(_ id: Int64?) {
        if let id, let index = visible.firstIndex(where: { rows[$0].id == id }) { cursor = index }
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
        isQuerying = false
        isLoadingAll = false
        loadsAllInBulk = false
        queryCache = QueryCache()
        queryGeneration += 1
        generation = GenerationCounter.next()
    }

    /// Sets the filter and recomputes the visible rows.
    public mutating func setFilter(_ text: String) { setFilter(text, deferQuery: false) }

    mutating func setFilter(_ text: String, deferQuery: Bool) {
        filter = text
        recompute(deferQuery: deferQuery)
        clampCursor()
    }

    /// Cycles the sort: next column ascending, then descending, then the next column...
    public mutating func cycleSort(columnCount: Int) { cycleSort(columnCount: columnCount, deferQuery: false) }

    mutating func cycleSort(columnCount: Int, deferQuery: Bool) {
        guard columnCount > 0 else { return }
        if let current = sort {
            if current.ascending { sort = (current.column, false) } else if current.column + 1 < columnCount {
                sort = (current.column + 1, true)
            } else { sort = nil }
        } else {
            sort = (0, true)
        }
        recompute(deferQuery: deferQuery)
        clampCursor()
    }

    /// Sorts by a column (nil: server order); a column outside the level's columns is ignored.
    public mutating func setSort(_ newSort: (column: Int, ascending: Bool)?) { setSort(newSort, deferQuery: false) }

    mutating func setSort(_ newSort: (column: Int, ascending: Bool)?, deferQuery: Bool) {
        if let newSort, newSort.column < 0 || newSort.column >= (level?.columns.count ?? 0) { return }
        sort = newSort
        recompute(deferQuery: deferQuery)
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

    /// Recomputes `visible`. Deferred (for a background run, marked by `isQuerying`) when asked and
    /// a filter or sort is set; without either, every row in order is cheap at any size.
    mutating func recompute(deferQuery: Bool = false) {
        queryGeneration += 1
        guard hasQuery else {
            visible = Array(rows.indices)
            isQuerying = false
            return
        }
        if deferQuery {
            isQuerying = true
            visible = visible.filter { $0 < rows.count }
            return
        }
        var cache = queryCache
        visible = ListQuery.run(rows: rows, columns: level?.columns, filter: filter, sort: sort, cache: &cache) ?? []
        queryCache = cache
        isQuerying = false
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
