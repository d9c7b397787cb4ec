import Foundation

/// The rate limit as the last response described it (`X-Rate-Limit-Limit/Remaining/Reset`).
public struct RateLimitState: Sendable, Equatable {
    /// Requests allowed in the reported window.
    public var limit: Int
    /// Requests left in the window.
    public var remaining: Int
    /// When the window resets.
    public var reset: Date

    /// Creates a state.
    public init(limit: Int, remaining: Int, reset: Date) {
        self.limit = limit
        self.remaining = remaining
        self.reset = reset
    }

    /// Reads the headers of a response; nil when they are absent or malformed.
    public init?(headers response: RawResponse) {
        guard let limit = response.header("X-Rate-Limit-Limit").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
              let remaining = response.header("X-Rate-Limit-Remaining").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
        else { return nil }
        let reset = response.header("X-Rate-Limit-Reset").flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        self.init(limit: limit, remaining: remaining, reset: reset.map { Date(timeIntervalSince1970: $0) } ?? Date())
    }
}
