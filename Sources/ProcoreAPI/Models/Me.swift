/// The signed-in account (`GET /rest/v1.0/me`).
public struct Me: Sendable, Equatable {
    /// The user id.
    public var id: Int64
    /// The login (an e-mail address).
    public var login: String
    /// The person's name, when the API gives it.
    public var name: String?

    /// Creates a user.
    public init(id: Int64, login: String, name: String?) {
        self.id = id
        self.login = login
        self.name = name
    }

    /// Reads `/me`; nil when the body lacks an id.
    public init?(json: JSONValue) {
        guard let id = json["id"]?.int64Value else { return nil }
        self.init(id: id, login: json["login"]?.stringValue ?? "", name: json["name"]?.stringValue)
    }

    /// What the status bar shows: the name, else the login.
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        return login.isEmpty ? "user \(id)" : login
    }
}
