import Foundation

/// The state all three origins share: configuration, clock, tokens, limits, faults, log and the world.
final class ServerCore: Sendable {
    let config: SandboxConfiguration
    let clock = SimulatedClock()
    let log: SandboxRequestLog
    let faults: SandboxFaults
    let tokens: TokenStore
    let rateLimiter: RateLimiter
    let signer: URLSigner
    private let worldBox = Locked<SandboxWorld?>(nil)
    private let basesBox = Locked<(login: String, api: String, storage: String)>(("", "", ""))

    init(config: SandboxConfiguration) {
        self.config = config
        let clock = self.clock
        faults = SandboxFaults(now: { clock.now() })
        log = SandboxRequestLog(logFile: config.logFile, tokenLedger: TokenLedger(file: config.tokenLedger))
        tokens = TokenStore(clock: clock, lifetime: config.tokenLifetime, log: log)
        rateLimiter = RateLimiter(config: config.rateLimit, clock: clock)
        signer = URLSigner(clock: clock, lifetime: config.signedURLLifetime)
    }

    /// The served world (nil until the origins are bound).
    var world: SandboxWorld? { worldBox.withLock { $0 } }

    /// Base URLs of the three origins, without trailing slash.
    var bases: (login: String, api: String, storage: String) { basesBox.withLock { $0 } }

    /// Called once all origins are bound: records the bases and builds the world.
    func install(login: String, api: String, storage: String) -> SandboxWorld {
        basesBox.withLock { $0 = (login, api, storage) }
        let world: SandboxWorld
        switch config.dataset {
        case .seed: world = SeedWorld.build(apiBase: api, now: clock.now())
        case let .large(seed): world = LargeWorld.build(apiBase: api, seed: seed)
        case let .largeWithRFIs(seed, count): world = LargeWorld.build(apiBase: api, seed: seed, rfiCount: count)
        case .hostile: world = HostileWorld.build(apiBase: api)
        }
        worldBox.withLock { $0 = world }
        return world
    }
}
