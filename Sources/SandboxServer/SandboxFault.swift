/// One kind of misbehaviour the simulator can inject.
public enum SandboxFault: Sendable, Equatable {
    /// Wait this long before answering.
    case latency(milliseconds: Int)
    /// Wait a random time in `minimum...maximum` milliseconds before answering, drawn from a generator
    /// seeded with `seed` (the same seed and request order give the same waits).
    case randomLatency(minimum: Int, maximum: Int, seed: UInt64)
    /// Answer with this status (500, 502, 503, ...) and a JSON error body; `Retry-After` when given.
    case serverError(status: Int, retryAfter: Int?)
    /// Close the connection without answering.
    case dropConnection
    /// Announce the full `Content-Length`, send only this share (0..<1) of the body, then close.
    case truncatedBody(fraction: Double)
    /// Answer with an HTML error page (as a proxy or load balancer would) instead of JSON.
    case htmlErrorPage(status: Int)
    /// Send the body in chunks of `bytesPerChunk`, pausing `intervalMilliseconds` between them.
    case slowDrip(bytesPerChunk: Int, intervalMilliseconds: Int)
    /// Expire the presented access token just before this request is checked (so it gets 401).
    case expireToken

    /// Whether this fault replaces or mangles the response (at most one such fault applies per request).
    var shapesResponse: Bool {
        switch self {
        case .latency, .randomLatency, .expireToken: return false
        default: return true
        }
    }
}
