import Foundation

/// Talks to an environment's login origin: token grants, token info and revocation.
///
/// The only component allowed to POST, and only to `/oauth/token` and `/oauth/revoke`.
public struct OAuthClient: Sendable {
    /// The redirect URI of the installed-app (out-of-band) code flow.
    public static let outOfBandRedirect = "urn:ietf:wg:oauth:2.0:oob"

    /// The environment whose login origin is used.
    public let environment: ProcoreEnvironment
    let transport: HTTPTransport

    /// Creates an OAuth client for an environment over a transport.
    public init(environment: ProcoreEnvironment, transport: HTTPTransport) {
        self.environment = environment
        self.transport = transport
    }

    /// The URL a person opens to approve the app and see the code to paste.
    public func authorizeURL(clientID: String, state: String? = nil) -> URL {
        var components = URLComponents(url: environment.loginURL.appendingPathComponent("oauth/authorize"), resolvingAgainstBaseURL: false)!
        var items = [URLQueryItem(name: "response_type", value: "code"),
                     URLQueryItem(name: "client_id", value: clientID),
                     URLQueryItem(name: "redirect_uri", value: Self.outOfBandRedirect)]
        if let state { items.append(URLQueryItem(name: "state", value: state)) }
        components.queryItems = items
        return components.url!
    }

    /// The client-credentials grant (service accounts): a token with no refresh token.
    public func clientCredentials(_ credentials: ClientCredentials) async throws -> TokenSet {
        var tokens = try await tokenRequest([
            ("grant_type", "client_credentials"),
            ("client_id", credentials.clientID),
            ("client_secret", credentials.clientSecret),
        ])
        tokens.grant = "client_credentials"
        return tokens
    }

    /// Exchanges a pasted authorization code (out-of-band flow) for a token pair.
    public func exchange(code: String, credentials: ClientCredentials) async throws -> TokenSet {
        var tokens = try await tokenRequest([
            ("grant_type", "authorization_code"),
            ("code", code.trimmingCharacters(in: .whitespacesAndNewlines)),
            ("client_id", credentials.clientID),
            ("client_secret", credentials.clientSecret),
            ("redirect_uri", Self.outOfBandRedirect),
        ])
        tokens.grant = "authorization_code"
        return tokens
    }

    /// Spends a single-use refresh token for a new pair.
    public func refresh(_ refreshToken: String, credentials: ClientCredentials) async throws -> TokenSet {
        var tokens = try await tokenRequest([
            ("grant_type", "refresh_token"),
            ("refresh_token", refreshToken),
            ("client_id", credentials.clientID),
            ("client_secret", credentials.clientSecret),
            ("redirect_uri", Self.outOfBandRedirect),
        ])
        tokens.grant = "authorization_code"
        return tokens
    }

    /// `GET /oauth/token/info` for an access token.
    public func tokenInfo(accessToken: String) async throws -> JSONValue {
        let url = environment.loginURL.appendingPathComponent("oauth/token/info")
        let response = try await transport.send(method: "GET", url: url, headers: [
            ("Authorization", "Bearer \(accessToken)"), ("Accept", "application/json"),
        ])
        try Self.check(response, method: "GET", path: "/oauth/token/info")
        return try ResponseDecoding.json(response, method: "GET", path: "/oauth/token/info")
    }

    /// `POST /oauth/revoke`: revokes a token (Procore answers 200 even for an unknown token).
    public func revoke(token: String, credentials: ClientCredentials?) async throws {
        var fields = [("token", token)]
        if let credentials {
            fields.append(("client_id", credentials.clientID))
            fields.append(("client_secret", credentials.clientSecret))
        }
        let url = environment.loginURL.appendingPathComponent("oauth/revoke")
        let response = try await transport.send(method: "POST", url: url, headers: [
            ("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json"),
        ], body: Array(Self.formEncode(fields).utf8))
        try Self.check(response, method: "POST", path: "/oauth/revoke")
    }

    func tokenRequest(_ fields: [(String, String)]) async throws -> TokenSet {
        let url = environment.loginURL.appendingPathComponent("oauth/token")
        let response = try await transport.send(method: "POST", url: url, headers: [
            ("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json"),
        ], body: Array(Self.formEncode(fields).utf8))
        try Self.check(response, method: "POST", path: "/oauth/token")
        do {
            return try JSONDecoder().decode(TokenSet.self, from: Data(response.body))
        } catch {
            throw ProcoreError(.undecodable(prefix: ResponseDecoding.prefix(of: response.body)),
                               method: "POST", path: "/oauth/token", status: response.status)
        }
    }

    /// Throws the OAuth error of a non-2xx response (`invalid_grant` and friends become `.signedOut`).
    static func check(_ response: RawResponse, method: String, path: String) throws {
        guard !(200..<300).contains(response.status) else { return }
        let message = ResponseDecoding.message(in: response.body)
        let body = (try? JSONParser.parse(response.body)) ?? .null
        let code = body["error"]?.stringValue
        if code == "invalid_grant" || code == "invalid_client" || code == "unauthorized_client" || response.status == 401 {
            throw ProcoreError(.signedOut, method: method, path: path, status: response.status, message: message ?? code)
        }
        throw ResponseDecoding.error(for: response, method: method, path: path)
    }

    /// `application/x-www-form-urlencoded` encoding of fields.
    static func formEncode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "=" +
                (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }
}
