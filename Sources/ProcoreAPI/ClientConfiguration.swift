import Foundation

/// How a `ProcoreClient` pages, retries and waits.
public struct ClientConfiguration: Sendable {
    /// Records per page (`per_page`), always sent explicitly.
    public var perPage: Int = 100
    /// Pages fetched at once by `allRecords` once `Total` is known.
    public var pageConcurrency: Int = 4
    /// Retries of a GET after a 5xx or a transport error (exponential backoff with jitter).
    public var maxRetries: Int = 3
    /// Base delay of the exponential backoff.
    public var backoffBase: Duration = .milliseconds(250)
    /// Longest wait for a rate limit (429/503) before giving up with `.rateLimited`.
    public var maxRateLimitWait: Duration = .seconds(60)
    /// How many 429/503 answers are waited out for one request.
    public var maxRateLimitRetries: Int = 3
    /// Renew the token this many seconds before it expires.
    public var refreshMargin: TimeInterval = 60

    /// The defaults.
    public init() {}
}
