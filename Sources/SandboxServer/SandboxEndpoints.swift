import Foundation

/// The base URLs of a running simulator, without trailing slashes.
public struct SandboxEndpoints: Sendable {
    /// The login origin, e.g. `http://127.0.0.1:50001` (`/oauth/token`, `/oauth/authorize`, ...).
    public let loginURL: URL
    /// The API origin, e.g. `http://127.0.0.1:50002` (`/rest/v1.0/...`).
    public let apiURL: URL
    /// The storage origin that file links redirect to.
    public let storageURL: URL
}
