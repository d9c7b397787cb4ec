import Foundation

/// Decides, hop by hop, whether a download may follow a redirect and whether the token goes with it.
///
/// At most `maxRedirects` hops, for 301/302/303/307/308 only; relative `Location`s resolve against
/// the current URL; loops, non-http(s) schemes and (for built-in environments) https → http
/// downgrades end the download. The token rides only to hosts the environment trusts.
public struct RedirectPolicy: Sendable {
    /// The environment whose trust rules apply.
    public let environment: ProcoreEnvironment
    /// The most redirects followed.
    public let maxRedirects: Int

    /// Creates a policy.
    public init(environment: ProcoreEnvironment, maxRedirects: Int = 5) {
        self.environment = environment
        self.maxRedirects = maxRedirects
    }

    /// The statuses that redirect.
    public static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// Whether the bearer token (and cookies) may go to `url`.
    public func sendsToken(to url: URL) -> Bool { environment.tokenTrust.allowsToken(for: url) }

    /// The next URL for a redirect from `current`, or an error saying why it is not followed.
    public func next(from current: URL, location: String?, hop: Int, visited: Set<String>) throws -> URL {
        guard let location, !location.isEmpty else { throw DownloadError("redirect without a Location header") }
        guard hop < maxRedirects else { throw DownloadError("too many redirects (more than \(maxRedirects))") }
        guard let next = URL(string: location, relativeTo: current)?.absoluteURL else {
            throw DownloadError("redirect to an unreadable Location")
        }
        guard let scheme = next.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw DownloadError("redirect to a \(next.scheme ?? "schemeless") URL refused (only http and https are followed)")
        }
        if environment.isBuiltIn, current.scheme?.lowercased() == "https", scheme == "http" {
            throw DownloadError("redirect from https to plain http refused (\(next.host ?? "?"))")
        }
        if visited.contains(next.absoluteString) { throw DownloadError("redirect loop at \(next.host ?? "?")\(next.path)") }
        return next
    }
}
