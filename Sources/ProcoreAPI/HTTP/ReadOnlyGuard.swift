import Foundation

/// The one place that makes Sitewalk read-only: it decides which requests may leave the process.
///
/// GET and HEAD may go anywhere; POST only to the OAuth endpoints that issue and revoke tokens
/// (`/oauth/token`, `/oauth/revoke`). Every other method, and POST to any other path, is refused.
public enum ReadOnlyGuard {
    /// Paths to which a POST is allowed.
    public static let oauthPostPaths: Set<String> = ["/oauth/token", "/oauth/revoke"]

    /// Throws `ProcoreError.refusedWrite` unless the request is allowed.
    public static func check(method: String, url: URL) throws {
        let verb = method.uppercased()
        if verb == "GET" || verb == "HEAD" { return }
        let path = url.path.isEmpty ? "/" : url.path
        if verb == "POST", oauthPostPaths.contains(path) { return }
        throw ProcoreError(.refusedWrite, method: verb, path: path)
    }
}
