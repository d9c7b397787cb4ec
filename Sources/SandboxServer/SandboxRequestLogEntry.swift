/// One request as the simulator saw it: never a header value, never a secret.
public struct SandboxRequestLogEntry: Sendable {
    /// Which origin answered.
    public let origin: SandboxOrigin
    /// The HTTP method, e.g. `GET`.
    public let method: String
    /// The path without the query, e.g. `/rest/v1.0/projects/1/rfis`.
    public let path: String
    /// The raw query string without `?` (values of `access_token`, `refresh_token`, `code`,
    /// `client_secret` and `token` are replaced by `REDACTED`).
    public let query: String
    /// The status sent (0 when the connection was dropped before a response).
    public let status: Int
    /// Names of the request headers present, lowercased; never their values.
    public let headerNames: Set<String>

    /// One log line: origin, method, path and query, status, header names.
    public var line: String {
        let q = query.isEmpty ? "" : "?" + query
        return "\(origin.rawValue) \(method) \(path)\(q) \(status) [\(headerNames.sorted().joined(separator: ","))]"
    }
}
