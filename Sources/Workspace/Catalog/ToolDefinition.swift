import Foundation

/// One tool of the catalog: RFIs, Submittals, Documents...
public struct ToolDefinition: Sendable, Decodable, Equatable {
    /// Where a tool lives.
    public enum Scope: String, Sendable, Decodable {
        /// Under a company (Me, company directory, company projects).
        case company
        /// Under a project (RFIs, Submittals...).
        case project
    }

    /// The stable id (`rfis`, `documents`...), used in deep links.
    public var id: String
    /// The title shown in the Tools pane.
    public var title: String
    /// Company or project.
    public var scope: Scope
    /// Procore engine names in `/projects/{id}/tools` that switch this tool on.
    public var engines: [String]
    /// The levels: the first is the tool's list; the others are opened from a row (hierarchical tools).
    public var levels: [ToolLevel]
}

/// One list of a tool: its endpoint, its shape, its columns, and where its file links are.
public struct ToolLevel: Sendable, Decodable, Equatable {
    /// How a list endpoint's body holds its items.
    public enum Shape: String, Sendable, Decodable {
        /// A JSON array of records.
        case array
        /// One object (itself the single record, or holding the items at `items_path`).
        case object
        /// A grouped list: `[{group_title, <group_items>: [...]}]`, flattened with a `_group` field.
        case grouped
        /// A Documents folder: an object with `folders[]` and `files[]`.
        case folder
    }

    /// An id for levels that other levels name (`opens_files`).
    public var id: String?
    /// The level's title (pane title).
    public var title: String
    /// The endpoint path template (`{company_id}`, `{project_id}`, `{parent_id}`, `{id}`).
    public var path: String
    /// Query parameter templates.
    public var query: [String: String]?
    /// For recursive levels (folders): the path used for a child folder.
    public var childPath: String?
    /// The body's shape.
    public var shape: Shape
    /// For `object`: where the items are.
    public var itemsPath: String?
    /// For `grouped`: the member holding each group's items.
    public var groupItems: String?
    /// For `grouped`: the member holding each group's title.
    public var groupTitle: String?
    /// Whether the endpoint pages (`page`/`per_page`).
    public var paged: Bool
    /// Whether `Procore-Company-Id` is sent.
    public var companyHeader: Bool
    /// Whether a row of this level opens the same level again (folders inside folders).
    public var recursive: Bool
    /// For folders: the level that a file row opens.
    public var opensFiles: String?
    /// The columns.
    public var columns: [ToolColumn]
    /// The endpoint of one record, when the list's items are abbreviated.
    public var detail: String?
    /// JSON paths (with `*` for every array element) of the record's file links.
    public var files: [String]
    /// JSON path of a file name to use when the server sends none.
    public var fileName: String?
    /// JSON path of the record's web link.
    public var webLink: String?

    enum CodingKeys: String, CodingKey {
        case id, title, path, query, shape, paged, recursive, columns, detail, files
        case childPath = "child_path", itemsPath = "items_path", groupItems = "group_items", groupTitle = "group_title"
        case companyHeader = "company_header", opensFiles = "opens_files", fileName = "file_name", webLink = "web_link"
    }

    /// Decodes a level, with defaults for the optional members.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        path = try c.decode(String.self, forKey: .path)
        query = try c.decodeIfPresent([String: String].self, forKey: .query)
        childPath = try c.decodeIfPresent(String.self, forKey: .childPath)
        shape = try c.decodeIfPresent(Shape.self, forKey: .shape) ?? .array
        itemsPath = try c.decodeIfPresent(String.self, forKey: .itemsPath)
        groupItems = try c.decodeIfPresent(String.self, forKey: .groupItems)
        groupTitle = try c.decodeIfPresent(String.self, forKey: .groupTitle)
        paged = try c.decodeIfPresent(Bool.self, forKey: .paged) ?? (shape == .array || shape == .grouped)
        companyHeader = try c.decodeIfPresent(Bool.self, forKey: .companyHeader) ?? true
        recursive = try c.decodeIfPresent(Bool.self, forKey: .recursive) ?? false
        opensFiles = try c.decodeIfPresent(String.self, forKey: .opensFiles)
        columns = try c.decode([ToolColumn].self, forKey: .columns)
        detail = try c.decodeIfPresent(String.self, forKey: .detail)
        files = try c.decodeIfPresent([String].self, forKey: .files) ?? []
        fileName = try c.decodeIfPresent(String.self, forKey: .fileName)
        webLink = try c.decodeIfPresent(String.self, forKey: .webLink)
    }
}

/// One column of a records table.
public struct ToolColumn: Sendable, Decodable, Equatable {
    /// How a column's values are shown and sorted.
    public enum Kind: String, Sendable, Decodable {
        /// Free text.
        case text
        /// A number (right-aligned, numeric sort).
        case number
        /// An ISO 8601 date or date-time (local time zone, date sort).
        case date
        /// A status (coloured).
        case status
        /// A person (by name).
        case person
        /// true/false as ✓ / blank.
        case boolean
    }

    /// The header.
    public var header: String
    /// JSON path of the value (dot-separated, numeric segments index arrays).
    public var path: String
    /// Preferred width in cells.
    public var width: Int
    /// The kind.
    public var kind: Kind
}
