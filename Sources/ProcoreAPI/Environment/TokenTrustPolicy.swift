import Foundation

/// Decides, for one URL, whether an environment's bearer token (and cookies) may be sent to it.
///
/// Built-in environments trust `procore.com` and its subdomains, over https only. Custom and demo
/// environments trust exactly the origins of their API and login URLs plus any `token_hosts`.
public struct TokenTrustPolicy: Sendable {
    /// The environment whose token is being guarded.
    public let environment: ProcoreEnvironment

    /// Creates the policy for an environment.
    public init(environment: ProcoreEnvironment) { self.environment = environment }

    /// The `host:port` origin key of a URL, with the scheme's default port filled in.
    public static func originKey(of url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host?.lowercased(), !host.isEmpty else { return nil }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(host):\(port)"
    }

    /// Whether the bearer token may be attached to a request for `url`.
    public func allowsToken(for url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased() else { return false }
        if environment.isBuiltIn {
            guard scheme == "https" else { return false }
            return host == "procore.com" || host.hasSuffix(".procore.com")
        }
        guard let key = Self.originKey(of: url) else { return false }
        var trusted: Set<String> = []
        if let api = Self.originKey(of: environment.apiURL) { trusted.insert(api) }
        if let login = Self.originKey(of: environment.loginURL) { trusted.insert(login) }
        for extra in environment.tokenHosts {
            let candidate = extra.contains("://") ? extra : "\(environment.apiURL.scheme ?? "https")://\(extra)"
            if let url = URL(string: candidate), let k = Self.originKey(of: url) { trusted.insert(k) }
        }
        return trusted.contains(key)
    }
}
