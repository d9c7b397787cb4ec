/// The two rate-limit windows Procore applies: an hourly one and a short "spike" one.
///
/// Every API response carries `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining` and `X-Rate-Limit-Reset`
/// describing the window closest to exhaustion; a request past either limit gets 429 with `Retry-After`.
/// Windows are fixed (they start with the first request and reset whole), measured on the simulator's
/// clock (see ``SandboxServer/advanceClock(by:)``), and shared by every caller of one server.
public struct SandboxRateLimit: Sendable, Equatable {
    /// Requests allowed per hourly window.
    public var hourlyLimit: Int
    /// Length of the hourly window in seconds (3600; shrink it for tests).
    public var hourlyWindow: Double
    /// Requests allowed per spike window.
    public var spikeLimit: Int
    /// Length of the spike window in seconds (10; shrink it for tests).
    public var spikeWindow: Double
    /// When false, no limit applies and no rate-limit headers are sent.
    public var isEnabled: Bool

    /// A rate limit with the given windows.
    public init(hourlyLimit: Int = 3600, hourlyWindow: Double = 3600, spikeLimit: Int = 100, spikeWindow: Double = 10, isEnabled: Bool = true) {
        self.hourlyLimit = hourlyLimit
        self.hourlyWindow = hourlyWindow
        self.spikeLimit = spikeLimit
        self.spikeWindow = spikeWindow
        self.isEnabled = isEnabled
    }

    /// Procore's documented shape: 3,600 an hour, and 100 per 10 seconds (the limit seen in a Developer Sandbox).
    public static let standard = SandboxRateLimit()

    /// No limits and no rate-limit headers (benchmarks).
    public static let disabled = SandboxRateLimit(isEnabled: false)
}
