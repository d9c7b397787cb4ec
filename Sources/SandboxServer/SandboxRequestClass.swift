/// The kinds of request a fault rule can target.
public enum SandboxRequestClass: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Every request on every origin (except the `/_sandbox/` control endpoints).
    case any
    /// Login origin: `/oauth/...`.
    case oauth
    /// API origin JSON calls: `/rest/...`.
    case api
    /// API origin file links: `/fas/...` (the 302 to storage).
    case fileLink = "file_link"
    /// Storage origin: the blob downloads.
    case storage
}
