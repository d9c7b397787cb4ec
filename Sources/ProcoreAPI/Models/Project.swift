/// A project of a company (`GET /rest/v1.1/projects?company_id=`).
public struct Project: Sendable, Equatable, Hashable {
    /// The project id.
    public var id: Int64
    /// The project name, e.g. "1234 - Sandbox Test Project" (Procore's display name when present).
    public var name: String
    /// The company the project belongs to.
    public var companyID: Int64

    /// Creates a project.
    public init(id: Int64, name: String, companyID: Int64) {
        self.id = id
        self.name = name
        self.companyID = companyID
    }

    /// Reads a project from a list item; nil when it has no numeric id.
    public init?(json: JSONValue, companyID: Int64) {
        guard let id = json["id"]?.int64Value else { return nil }
        let name = json["display_name"]?.stringValue ?? json["name"]?.stringValue ?? "(unnamed project \(id))"
        self.init(id: id, name: name, companyID: json["company"]?["id"]?.int64Value ?? companyID)
    }
}
