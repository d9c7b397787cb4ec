/// A company the signed-in account can see (`GET /rest/v1.0/companies`).
public struct Company: Sendable, Equatable, Hashable {
    /// The company id (Int64: Procore ids exceed 32 bits).
    public var id: Int64
    /// The company name.
    public var name: String
    /// Whether the company is active.
    public var isActive: Bool

    /// Creates a company.
    public init(id: Int64, name: String, isActive: Bool = true) {
        self.id = id
        self.name = name
        self.isActive = isActive
    }

    /// Reads a company from a list item; nil when it has no numeric id.
    public init?(json: JSONValue) {
        guard let id = json["id"]?.int64Value else { return nil }
        self.init(id: id, name: json["name"]?.stringValue ?? "(unnamed company \(id))",
                  isActive: json["is_active"]?.boolValue ?? true)
    }
}
