/// The tools of a project (`/rest/v1.0/projects/{id}/tools`), with the engine names routes are tagged with.
enum ProjectToolCatalog {
    /// (engine name, title, tab group) in Procore's menu order.
    static let tools: [(String, String, String)] = [
        ("home", "Home", "core"),
        ("directory", "Directory", "core"),
        ("documents", "Documents", "core"),
        ("calendar", "Schedule", "project_management"),
        ("tasks", "Tasks", "core"),
        ("drawing_log", "Drawings", "project_management"),
        ("images", "Photos", "project_management"),
        ("rfi", "RFIs", "project_management"),
        ("submittal_log", "Submittals", "project_management"),
        ("meetings", "Meetings", "project_management"),
        ("daily_log", "Daily Log", "project_management"),
        ("punch_list", "Punch List", "project_management"),
        ("observations", "Observations", "quality_and_safety"),
        ("checklists", "Inspections", "quality_and_safety"),
        ("change_events", "Change Events", "financials"),
        ("contracts", "Commitments", "financials"),
    ]

    /// The tools list of a project, marking `disabled` engine names inactive.
    static func list(projectID: Int64, disabled: [String: String]) -> [JSONValue] {
        tools.enumerated().map { i, tool in
            [
                "id": .int(projectID * 100 + Int64(i)), "engine_name": .string(tool.0), "title": .string(tool.1),
                "is_active": .bool(disabled[tool.0] == nil), "position": .integer(i + 1),
                "required": .bool(tool.0 == "home" || tool.0 == "directory"),
            ]
        }
    }

    /// The `settings/permissions` body (fixture `settings_permissions_project_tools.json`).
    static func permissions(projectID: Int64, disabled: [String: String]) -> JSONValue {
        .object([("tools", .array(tools.enumerated().map { i, tool in
            [
                "available_for_user": .bool(disabled[tool.0] == nil), "domain_id": .integer(i + 1), "friendly_name": .string(tool.1),
                "id": .int(projectID * 100 + Int64(i)), "name": .string(tool.0), "permitted_actions": [],
                "create_url": nil, "can_create": nil, "tab_group": .string(tool.2),
                "url": .string("/\(projectID)/project/\(tool.0)"),
                "user_access_level": ["id": 4, "name": "Admin"], "trial": false,
            ]
        }))])
    }
}
