import Foundation

/// What the status bar says about an environment's token: never the token itself.
public struct TokenStatus: Sendable, Equatable {
    /// The phase of the token's life.
    public enum Phase: Sendable, Equatable {
        /// Nothing asked yet.
        case unknown
        /// Signing in (first token being requested).
        case signingIn
        /// A token is in hand, valid until `expiresAt`.
        case valid
        /// A refresh (or client-credentials renewal) is in flight.
        case refreshing
        /// No usable token; the reason says why and what to do.
        case signedOut(reason: String)
    }

    /// The phase.
    public var phase: Phase
    /// When the current access token expires.
    public var expiresAt: Date?
    /// Whether a refresh token is held (authorization-code sessions).
    public var canRefresh: Bool
    /// How the token was obtained.
    public var grant: String?

    /// Creates a status.
    public init(phase: Phase = .unknown, expiresAt: Date? = nil, canRefresh: Bool = false, grant: String? = nil) {
        self.phase = phase
        self.expiresAt = expiresAt
        self.canRefresh = canRefresh
        self.grant = grant
    }
}
