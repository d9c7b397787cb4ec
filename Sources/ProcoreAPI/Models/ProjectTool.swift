/// A tool switched on or off for a project (`GET /rest/v1.0/projects/{id}/tools`).
public struct ProjectTool: Sendable, Equatable {
    /// The tool id.
    public var id: Int64
    /// Procore's engine name, e.g. `rfi`, `submittal_log`, `documents`.
    public var engineName: String
    /// The tool's title.
    public var title: String
    /// Whether the tool is active on the project.
    public var isActive: Bool

    /// Creates a tool.
    public init(id: Int64, engineName: String, title: String, isActive: Bool) {
        self.id = id
        self.engineName = engineName
        self.title = title
        self.isActive = isActive
    }

    /// Reads a tool list item; nil when it lacks an engine name.
    public init?(json: JSONValue) {
        guard let engine = json["engine_name"]?.stringValue ?? json["name"]?.stringValue else { return nil }
        self.init(id: json["id"]?.int64Value ?? 0, engineName: engine,
                  title: json["title"]?.stringValue ?? json["friendly_name"]?.stringValue ?? engine,
                  isActive: json["is_active"]?.boolValue ?? true)
    }
}
