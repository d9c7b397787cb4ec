import ProcoreAPI

/// One row of a pane: a company, a project, a tool, or a record.
///
/// A record fetched as part of a list keeps the bytes it came in (a range of its page's shared
/// buffer) and the decoded cells of its level's columns; its full JSON tree is parsed only when
/// asked for (`json`: the inspector, copy as JSON, file links). Rows made from a tree keep the tree.
public struct PaneRow: Sendable {
    /// The row's id, when it has a numeric one.
    public var id: Int64?
    /// The row's title (the single column of the Companies, Projects and Tools panes).
    public var title: String
    /// For Documents: whether the row is a folder (opens the same level) rather than a file.
    public var isFolder: Bool
    /// Where the record's JSON is.
    var source: RecordSource
    /// The record's columns, decoded once when the row was made (nil for rows made from a tree).
    var cells: RecordCells?
    private var toolBox: ToolBox?

    /// Creates a row from a JSON tree.
    public init(id: Int64?, title: String, json: JSONValue = .null, tool: ToolDefinition? = nil, isFolder: Bool = false) {
        self.id = id
        self.title = title
        self.source = .tree(json)
        self.toolBox = tool.map(ToolBox.init)
        self.isFolder = isFolder
    }

    /// Creates a row for the record in `range` of a page's bytes, with its decoded cells.
    init(id: Int64?, title: String, document: JSONDocument, range: Range<Int>, cells: RecordCells?) {
        self.id = id
        self.title = title
        self.source = .slice(document, range)
        self.cells = cells
        self.isFolder = false
    }

    /// The whole record. For a record kept as bytes this parses them on every read, so hot paths
    /// (drawing, filtering, sorting) use `text(ofColumn:in:)` and `value(atPath:)` instead.
    /// Setting it replaces the record (and forgets the decoded cells).
    public var json: JSONValue {
        get { source.value }
        set {
            source = .tree(newValue)
            cells = nil
        }
    }

    /// For the Tools pane: the tool this row opens.
    public var tool: ToolDefinition? {
        get { toolBox?.tool }
        set { toolBox = newValue.map(ToolBox.init) }
    }

    /// The value at a dot-separated JSON path of the record (as `JSONValue.value(atPath:)`), read
    /// without parsing the rest of a record kept as bytes.
    public func value(atPath path: String) -> JSONValue? {
        switch source {
        case .tree(let json): return json.value(atPath: path)
        case .slice(let document, let range): return document.value(atPath: path, in: range)
        }
    }

    /// The raw value of a column (as `CellFormatter.value(of:in:)`), without parsing the whole record.
    public func value(of column: ToolColumn) -> JSONValue? {
        switch source {
        case .tree(let json):
            return CellFormatter.value(of: column, in: json)
        case .slice(let document, let range):
            return column.path.utf8.contains(UInt8(ascii: ".")) ? document.value(atPath: column.path, in: range)
                : document.member(column.path, in: range)
        }
    }

    /// The text of column `index` of `columns` as a table cell shows it (`CellFormatter.text`), from
    /// the decoded cells when they were decoded for these columns.
    public func text(ofColumn index: Int, in columns: [ToolColumn]) -> String {
        if let cells, cells.columns == columns { return cells.text(index) }
        return CellFormatter.text(for: columns[index], value: value(of: columns[index]))
    }

    /// What the record's content is, compared cheaply: the same page buffer and range, or an equal tree.
    /// Front ends key caches of what they derive from `json` (the inspector's layout) on it.
    public var content: Content {
        switch source {
        case .tree(let json): return .tree(json)
        case .slice(let document, let range): return .slice(document, range)
        }
    }

    /// The identity of a record's content (see `content`).
    public enum Content: Sendable, Equatable {
        /// A range of a page's bytes; equal only for the same buffer (held, so it cannot be reused).
        case slice(JSONDocument, Range<Int>)
        /// A parsed record.
        case tree(JSONValue)

        /// Same buffer and range, or equal trees.
        public static func == (lhs: Content, rhs: Content) -> Bool {
            switch (lhs, rhs) {
            case let (.slice(a, r), .slice(b, s)): return a === b && r == s
            case let (.tree(a), .tree(b)): return a == b
            default: return false
            }
        }
    }

    /// The sort key of column `index` of `columns`, from the decoded cells when they match.
    func sortKey(ofColumn index: Int, in columns: [ToolColumn]) -> SortKey {
        if let cells, cells.columns == columns, let key = cells.sortKey(index) { return key }
        return SortKey(value(of: columns[index]), kind: columns[index].kind)
    }
}

/// A tool definition behind a reference, so rows that are not tools do not carry its storage.
private final class ToolBox: Sendable {
    let tool: ToolDefinition
    init(_ tool: ToolDefinition) { self.tool = tool }
}
