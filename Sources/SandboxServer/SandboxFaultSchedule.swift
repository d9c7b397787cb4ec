/// When a fault rule is awake: windows of `every` seconds, the first opening `offset` seconds after the
/// rule was installed. In each window the rule fires up to its `limit` (1 when none is given), then sleeps
/// until the next window — a token expiry every 60 s, or a burst of 429s every 2 minutes.
public struct SandboxFaultSchedule: Sendable, Equatable {
    /// Seconds between the starts of two windows (more than 0).
    public var every: Double
    /// Seconds from installation to the first window (0 or more).
    public var offset: Double

    /// A schedule; `every` is raised to at least a millisecond and `offset` to at least 0.
    public init(every: Double, offset: Double = 0) {
        self.every = max(every, 0.001)
        self.offset = max(offset, 0)
    }

    /// The window `elapsed` seconds after installation falls in (0 is the first), or nil before the first.
    func window(elapsed: Double) -> Int? {
        guard elapsed >= offset else { return nil }
        return Int(((elapsed - offset) / every).rounded(.down))
    }
}
