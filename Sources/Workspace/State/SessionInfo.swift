import Foundation
import ProcoreAPI

/// What the status bar shows about the session: environment, user, token, rate limit, activity.
public struct SessionInfo: Sendable, Equatable {
    /// The environment's name.
    public var environmentName: String
    /// The environment's kind (colours the badge).
    public var environmentKind: ProcoreEnvironment.Kind
    /// The signed-in user's display name, once `/me` answered.
    public var userName: String?
    /// The token's status.
    public var token: TokenStatus
    /// The rate limit, when a response reported it.
    public var rateLimit: RateLimitState?
    /// Loads in flight.
    public var loadsInFlight: Int
}
