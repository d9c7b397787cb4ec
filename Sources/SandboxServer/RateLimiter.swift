/// Procore's two fixed windows (hourly and spike), counted per server.
final class RateLimiter: Sendable {
    /// What a request is told about the limit.
    struct Verdict: Sendable {
        let allowed: Bool
        let headers: [(String, String)]
    }

    private struct Window {
        var start: Double = 0
        var used = 0
    }

    private struct State {
        var hourly = Window()
        var spike = Window()
    }

    private let config: SandboxRateLimit
    private let clock: SimulatedClock
    private let state = Locked(State())

    init(config: SandboxRateLimit, clock: SimulatedClock) {
        self.config = config
        self.clock = clock
    }

    /// Counts one request (unless it is refused) and reports the window closest to exhaustion.
    func admit() -> Verdict {
        guard config.isEnabled else { return Verdict(allowed: true, headers: []) }
        let now = clock.now()
        return state.withLock { s in
            func roll(_ w: inout Window, length: Double) {
                if w.used == 0 || now >= w.start + length { w = Window(start: now, used: 0) }
            }
            roll(&s.hourly, length: config.hourlyWindow)
            roll(&s.spike, length: config.spikeWindow)
            let hourlyLeft = config.hourlyLimit - s.hourly.used
            let spikeLeft = config.spikeLimit - s.spike.used
            let allowed = hourlyLeft > 0 && spikeLeft > 0
            if allowed {
                s.hourly.used += 1
                s.spike.used += 1
            }
            // Report the window with the smaller share left; a refused request reports the exhausted one.
            let hourlyShare = Double(config.hourlyLimit - s.hourly.used) / Double(max(1, config.hourlyLimit))
            let spikeShare = Double(config.spikeLimit - s.spike.used) / Double(max(1, config.spikeLimit))
            let useSpike = allowed ? spikeShare <= hourlyShare : hourlyLeft > 0
            let limit = useSpike ? config.spikeLimit : config.hourlyLimit
            let used = useSpike ? s.spike.used : s.hourly.used
            let resetAt = useSpike ? s.spike.start + config.spikeWindow : s.hourly.start + config.hourlyWindow
            let reset = Int(resetAt.rounded(.up))
            var headers = [
                ("X-Rate-Limit-Limit", String(limit)),
                ("X-Rate-Limit-Remaining", String(max(0, limit - used))),
                ("X-Rate-Limit-Reset", String(reset)),
            ]
            if !allowed { headers.append(("Retry-After", String(max(1, Int((resetAt - now).rounded(.up)))))) }
            return Verdict(allowed: allowed, headers: headers)
        }
    }
}
