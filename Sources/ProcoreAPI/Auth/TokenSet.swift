import Foundation

/// An OAuth token pair as Procore issues it, with its expiry computed from `created_at + expires_in`.
public struct TokenSet: Codable, Sendable, Equatable {
    /// The bearer token. Never printed, logged or shown.
    public var accessToken: String
    /// `bearer`.
    public var tokenType: String
    /// Lifetime in seconds from `createdAt`, as the server said (never a constant).
    public var expiresIn: Int
    /// The single-use refresh token (absent for client credentials). Never printed, logged or shown.
    public var refreshToken: String?
    /// Issue time, Unix seconds.
    public var createdAt: Int64
    /// How the token was obtained: `client_credentials` or `authorization_code`.
    public var grant: String?
    /// The app's client id, kept beside the tokens so a later session can refresh them.
    public var clientID: String?
    /// The app's client secret (the file is 0600, like the tokens themselves). Never printed.
    public var clientSecret: String?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token", tokenType = "token_type", expiresIn = "expires_in"
        case refreshToken = "refresh_token", createdAt = "created_at", grant
        case clientID = "client_id", clientSecret = "client_secret"
    }

    /// Creates a token set.
    public init(accessToken: String, tokenType: String = "bearer", expiresIn: Int, refreshToken: String?,
                createdAt: Int64, grant: String?) {
        self.accessToken = accessToken
        self.tokenType = tokenType
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
        self.createdAt = createdAt
        self.grant = grant
    }

    /// Decodes a token response; a missing `created_at` means "now" (the response just arrived).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        accessToken = try c.decode(String.self, forKey: .accessToken)
        tokenType = try c.decodeIfPresent(String.self, forKey: .tokenType) ?? "bearer"
        expiresIn = try c.decode(Int.self, forKey: .expiresIn)
        refreshToken = try c.decodeIfPresent(String.self, forKey: .refreshToken)
        createdAt = try c.decodeIfPresent(Int64.self, forKey: .createdAt) ?? Int64(Date().timeIntervalSince1970)
        grant = try c.decodeIfPresent(String.self, forKey: .grant)
        clientID = try c.decodeIfPresent(String.self, forKey: .clientID)
        clientSecret = try c.decodeIfPresent(String.self, forKey: .clientSecret)
    }

    /// The stored app credentials, when both halves are present.
    public var storedCredentials: ClientCredentials? {
        guard let clientID, let clientSecret else { return nil }
        return ClientCredentials(clientID: clientID, clientSecret: clientSecret)
    }

    /// A copy that remembers the app credentials (for refreshing later).
    public func remembering(_ credentials: ClientCredentials?) -> TokenSet {
        guard let credentials else { return self }
        var copy = self
        copy.clientID = credentials.clientID
        copy.clientSecret = credentials.clientSecret
        return copy
    }

    /// When the access token stops working.
    public var expiresAt: Date { Date(timeIntervalSince1970: TimeInterval(createdAt) + TimeInterval(expiresIn)) }

    /// Whether the token expires within `margin` seconds of `now`.
    public func expires(within margin: TimeInterval, of now: Date = Date()) -> Bool {
        expiresAt.timeIntervalSince(now) <= margin
    }
}
