import ProcoreAPI

/// One row of a pane: a company, a project, a tool, or a record with its raw JSON.
public struct PaneRow: Sendable {
    /// The row's id, when it has a numeric one.
    public var id: Int64?
    /// The row's title (the single column of the Companies, Projects and Tools panes).
    public var title: String
    /// The raw record, kept whole for the inspector.
    public var json: JSONValue
    /// For the Tools pane: the tool this row opens.
    public var tool: ToolDefinition?
    /// For Documents: whether the row is a folder (opens the same level) rather than a file.
    public var isFolder: Bool

    /// Creates a row.
    public init(id: Int64?, title: String, json: JSONValue = .null, tool: ToolDefinition? = nil, isFolder: Bool = false) {
        self.id = id
        self.title = title
        self.json = json
        self.tool = tool
        self.isFolder = isFolder
    }
}
