/// One of the simulator's three HTTP origins.
public enum SandboxOrigin: String, Sendable, Equatable, Hashable, CaseIterable {
    /// OAuth: `/oauth/token`, `/oauth/authorize`, `/oauth/token/info`, `/oauth/revoke`.
    case login
    /// The REST API, file links (`/fas/api/v5/...`) and the `/_sandbox/` control endpoints.
    case api
    /// Signed, expiring blob URLs (S3's role).
    case storage
}
